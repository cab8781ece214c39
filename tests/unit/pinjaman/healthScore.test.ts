import { describe, expect, it } from 'vitest';
import {
  bandLabel,
  HEALTH_PRESET_SIDBM,
  type HealthInputs,
  healthPresetAnomalies,
  scoreHealth,
  validateHealthPreset,
  verdictRuleText,
} from '../../../shared/pinjaman/healthScore';

const JT = 1_000_000_00;

/**
 * Hand-worked (juta): risk 4 ÷ 100 = 4% → 40; CKP 6 ÷ risiko 8 = 75% (> 70) → 10;
 * (5 − (8 − 6)) ÷ 120 = 2,5% (≥ 1) → 10; BOPO 7 ÷ 10 = 70% (not < 70, < 75) → 5,25;
 * 100 ÷ 125 = 80% (not > 80, > 75) → 6,5; (125 − 8) ÷ 100 = 117% → 10. Total 81,75 → Cukup Sehat.
 */
const inputs: HealthInputs = {
  tunggakanPokok: 4 * JT,
  saldoPiutang: 100 * JT,
  cadanganKerugian: 6 * JT,
  risikoKolektibilitas: 8 * JT,
  labaBerjalan: 5 * JT,
  asetProduktif: 120 * JT,
  beban: 7 * JT,
  pendapatan: 10 * JT,
  asetEkonomi: 125 * JT,
  modalAwal: 100 * JT,
};

describe('scoreHealth', () => {
  it('scores the six ratios of a hand-worked office', () => {
    const r = scoreHealth(inputs);
    expect(r.ratios.map((x) => [x.no, x.valueBp, x.score])).toEqual([
      [1, 400, 40],
      [2, 7500, 10],
      [3, 250, 10],
      [4, 7000, 5.25],
      [5, 8000, 6.5],
      [6, 11_700, 10],
    ]);
    expect(r).toMatchObject({ total: 81.75, verdict: 'cukup_sehat', label: 'Cukup Sehat' });
  });

  it('a bound is exclusive where the source says "<": exactly 5% scores 35, and the verdict drops', () => {
    const r = scoreHealth({ ...inputs, tunggakanPokok: 5 * JT });
    expect(r.ratios[0]).toMatchObject({ valueBp: 500, score: 35 });
    expect(r).toMatchObject({ total: 76.75, verdict: 'cukup_sehat', label: 'Cukup Sehat' });
  });

  it('compares the exact fraction, not the rounded percentage', () => {
    // 4,99996% rounds to 500 bp but is still below 5%.
    const r = scoreHealth({ ...inputs, tunggakanPokok: 4_999_960_00, saldoPiutang: 100_000_000_00 });
    expect(r.ratios[0]).toMatchObject({ valueBp: 500, score: 40 });
  });

  it('without denominators: risk and provision count in full, the rest zero', () => {
    const zero = Object.fromEntries(Object.keys(inputs).map((k) => [k, 0])) as unknown as HealthInputs;
    const r = scoreHealth(zero);
    expect(r.ratios.map((x) => [x.valueBp, x.score])).toEqual([
      [null, 40],
      [null, 20],
      [null, 0],
      [null, 0],
      [null, 0],
      [null, 0],
    ]);
    expect(r).toMatchObject({ total: 60, verdict: 'kurang_sehat' });
  });

  it('below every band scores 0 and the overall verdict is Tidak Sehat', () => {
    const bad = scoreHealth({
      ...inputs,
      tunggakanPokok: 40 * JT,
      cadanganKerugian: 0,
      labaBerjalan: -10 * JT,
      beban: 12 * JT,
      asetEkonomi: 200 * JT,
      modalAwal: 300 * JT,
    });
    expect(bad.ratios.map((x) => x.score)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(bad.verdict).toBe('tidak_sehat');
  });
});

/** One ratio at exactly `pct` percent (numerator pct × 10 000 over 1 000 000), every other input 0. */
function scoreAt(no: number, pct: number): number {
  const n = Math.round(pct * 10_000);
  const d = 1_000_000;
  const zero: HealthInputs = {
    tunggakanPokok: 0,
    saldoPiutang: 0,
    cadanganKerugian: 0,
    risikoKolektibilitas: 0,
    labaBerjalan: 0,
    asetProduktif: 0,
    beban: 0,
    pendapatan: 0,
    asetEkonomi: 0,
    modalAwal: 0,
  };
  const set: Record<number, Partial<HealthInputs>> = {
    1: { tunggakanPokok: n, saldoPiutang: d },
    2: { cadanganKerugian: n, risikoKolektibilitas: d },
    3: { labaBerjalan: n, asetProduktif: d },
    4: { beban: n, pendapatan: d },
    5: { saldoPiutang: n, asetEkonomi: d },
    6: { asetEkonomi: n, modalAwal: d },
  };
  const r = scoreHealth({ ...zero, ...set[no] });
  return r.ratios[no - 1]?.score ?? Number.NaN;
}

describe('every band edge of the SIDBM health table', () => {
  const edges: Record<number, [number, number][]> = {
    1: [
      [4.99, 40],
      [5, 35],
      [9.99, 35],
      [10, 30],
      [12.49, 30],
      [12.5, 25],
      [15, 20],
      [17.5, 15],
      [18, 15],
      [20, 10],
      [24.99, 10],
      [25, 0],
    ],
    2: [
      [100, 20],
      [99.99, 15],
      [90.01, 15],
      [90, 12.5],
      [80.01, 12.5],
      [80, 10],
      [70, 7.5],
      [60, 5],
      [50.01, 5],
      [50, 0],
    ],
    3: [
      [1, 10],
      [0.99, 8.75],
      [0.75, 7.5],
      [0.6, 6.25],
      [0.45, 5],
      [0.3, 3.75],
      [0.15, 2.5],
      [0.01, 2.5],
      [0, 0],
    ],
    4: [
      [59.99, 10],
      [60, 8.75],
      [65, 6.25],
      [70, 5.25],
      [75, 5],
      [80, 3.75],
      [85, 2.5],
      [94.99, 2.5],
      [95, 0],
    ],
    5: [
      [85, 10],
      [84.99, 7.5],
      [80.01, 7.5],
      [80, 6.5],
      [75, 5],
      [70, 3.75],
      [60.01, 3.75],
      [60, 0],
    ],
    6: [
      [110, 10],
      [109.99, 8.75],
      [107.5, 7.5],
      [105, 6.25],
      [102, 5],
      [100, 3.75],
      [97.5, 2.5],
      [95.01, 2.5],
      [95, 0],
    ],
  };
  for (const [no, cases] of Object.entries(edges)) {
    it(`ratio ${no}`, () => {
      expect(cases.map(([pct]) => [pct, scoreAt(Number(no), pct)])).toEqual(cases);
    });
  }
});

describe('the preset as data', () => {
  it("names SIDBM's own anomalies instead of hiding them", () => {
    expect(healthPresetAnomalies(HEALTH_PRESET_SIDBM)).toEqual([
      'Rasio 1 (Saldo piutang berisiko): penyebut bisa nol dan sumbernya tidak menjaganya; di sini penyebut nol diberi nilai penuh (40).',
      'Rasio 4 (Beban terhadap pendapatan (BOPO)): langkah 6,25 → 5,25 → 5 tampaknya salah ketik untuk 5,5; dipakai seperti di SIDBM.',
      'Rasio 5 (Saldo piutang terhadap aset ekonomi): rentang > 60% → 2,5 tidak pernah berlaku (sudah tercakup > 60% → 3,75).',
      'Rasio 6 (Aset ekonomi bersih terhadap modal awal): legenda cetak SIDBM menulis "> 110%", sedangkan perhitungannya memakai "≥ 110%".',
    ]);
  });

  it('names scores that rise where they should fall', () => {
    const [first, ...rest] = HEALTH_PRESET_SIDBM.ratios;
    if (!first) throw new Error('preset');
    const rising = {
      ...HEALTH_PRESET_SIDBM,
      ratios: [
        {
          ...first,
          unguardedInSource: false,
          bands: [
            { op: '<' as const, boundBp: 500, score: 30, source: 'SIDBM' as const },
            { op: '<' as const, boundBp: 1000, score: 35, source: 'SIDBM' as const },
          ],
        },
        ...rest.map((r) => ({ ...r, sourceNotes: [], unguardedInSource: false, bands: [] })),
      ],
    };
    expect(healthPresetAnomalies(rising)).toEqual([
      'Rasio 1 (Saldo piutang berisiko): nilai tidak menurun — < 5% → 30 lalu < 10% → 35.',
    ]);
  });

  it('is valid, and the validator catches bad weights and scores', () => {
    expect(validateHealthPreset(HEALTH_PRESET_SIDBM)).toEqual([]);
    const [first, ...rest] = HEALTH_PRESET_SIDBM.ratios;
    if (!first) throw new Error('preset');
    const heavier = { ...HEALTH_PRESET_SIDBM, ratios: [{ ...first, weight: 45 }, ...rest] };
    expect(validateHealthPreset(heavier)).toEqual(['Jumlah bobot rasio harus 100, sekarang 105.']);
    const tooHigh = {
      ...HEALTH_PRESET_SIDBM,
      ratios: [
        { ...first, bands: [{ op: '<' as const, boundBp: 500, score: 41, source: 'SIDBM' as const }] },
        ...rest,
      ],
    };
    expect(validateHealthPreset(tooHigh)).toEqual([
      'Rasio 1 (Saldo piutang berisiko): nilai tiap rentang harus antara 0 dan bobotnya (40).',
    ]);
  });

  it('prints bands the Indonesian way', () => {
    expect(bandLabel({ op: '<', boundBp: 500, score: 40, source: 'SIDBM' })).toBe('< 5%');
    expect(bandLabel({ op: '>=', boundBp: 1050, score: 1, source: 'DEFAULT' })).toBe('≥ 10,5%');
  });

  it('states the verdict rule from the preset data', () => {
    expect(verdictRuleText()).toBe(
      '> 87,5 Sehat; > 62,5 Cukup Sehat; > 37,5 Kurang Sehat; selebihnya Tidak Sehat',
    );
  });
});
