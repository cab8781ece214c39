import { describe, expect, it } from 'vitest';
import {
  bandLabel,
  HEALTH_PRESET_SIDBM,
  type HealthInputs,
  scoreHealth,
  validateHealthPreset,
  verdictRuleText,
} from '../../../shared/pinjaman/healthScore';

const JT = 1_000_000_00;

/**
 * Hand-worked (juta): risk 4 ÷ 100 = 4% → 40; CKP 6 ÷ risiko 8 = 75% → 15;
 * (5 − (8 − 6)) ÷ 120 = 2,5% → 10; BOPO 7 ÷ 10 = 70% → 7; 100 ÷ 125 = 80% → 7;
 * (125 − 8) ÷ 100 = 117% → 10. Total 89 > 87,5 → Sehat.
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
      [2, 7500, 15],
      [3, 250, 10],
      [4, 7000, 7],
      [5, 8000, 7],
      [6, 11_700, 10],
    ]);
    expect(r).toMatchObject({ total: 89, verdict: 'sehat', label: 'Sehat' });
  });

  it('a bound is exclusive where the source says "<": exactly 5% scores 35, and the verdict drops', () => {
    const r = scoreHealth({ ...inputs, tunggakanPokok: 5 * JT });
    expect(r.ratios[0]).toMatchObject({ valueBp: 500, score: 35 });
    expect(r).toMatchObject({ total: 84, verdict: 'cukup_sehat', label: 'Cukup Sehat' });
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

describe('the preset as data', () => {
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
