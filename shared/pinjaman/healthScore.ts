import type { Sen } from '../format/money';
import { compareFractions, mulDivRound } from './intMath';

/**
 * Penilaian kesehatan (DOMAIN §6.5, as SIDBM computes it): six ratios with weights summing to 100, each
 * scored by bands, and an overall verdict. Everything is data so an office can edit the preset and a
 * report can print it; every band is SIDBM's, kept as SIDBM has it — `healthPresetAnomalies` names its
 * oddities instead of hiding them.
 */
/** The amounts the six ratios need, all in sen, at the report date. */
export interface HealthInputs {
  tunggakanPokok: Sen;
  saldoPiutang: Sen;
  /** Cadangan kerugian piutang (CKP) as booked. */
  cadanganKerugian: Sen;
  /** Risiko kolektibilitas = required provision of the class table (summarizeByClass total). */
  risikoKolektibilitas: Sen;
  labaBerjalan: Sen;
  asetProduktif: Sen;
  beban: Sen;
  pendapatan: Sen;
  asetEkonomi: Sen;
  modalAwal: Sen;
}
export type HealthInputKey = keyof HealthInputs;

/** Σ plus − Σ minus of the named inputs. */
export interface HealthTerm {
  plus: HealthInputKey[];
  minus: HealthInputKey[];
}

/** Score `score` when the ratio `op` `boundBp` (basis points, 10 000 = 100%); the first matching band wins. */
export interface HealthBand {
  op: '<' | '<=' | '>' | '>=';
  boundBp: number;
  score: number;
  source: 'SIDBM' | 'DEFAULT';
}

export interface HealthRatioDef {
  no: number;
  name: string;
  formula: string;
  weight: number;
  numerator: HealthTerm;
  denominator: HealthTerm;
  bands: HealthBand[];
  /** Score when the denominator is ≤ 0: `full` = the weight (nothing to measure against), `zero` = 0. */
  whenUndefined: 'full' | 'zero';
  /** True when the source divides without checking for a zero denominator. */
  unguardedInSource?: boolean;
  /** What the source does oddly here (a probable typo, a legend that disagrees with the code). */
  sourceNotes?: string[];
}

export type HealthVerdict = 'sehat' | 'cukup_sehat' | 'kurang_sehat' | 'tidak_sehat';

export interface HealthPreset {
  name: string;
  source: { source: string; version: string; date: string };
  ratios: HealthRatioDef[];
  /** Verdict when the total score is strictly above `above`, checked in order; else the last verdict. */
  verdicts: { verdict: HealthVerdict; label: string; above: number | null }[];
}

const t = (plus: HealthInputKey[], minus: HealthInputKey[] = []): HealthTerm => ({ plus, minus });
const b = (op: HealthBand['op'], boundPercent: number, score: number): HealthBand => ({
  op,
  boundBp: Math.round(boundPercent * 100),
  score,
  source: 'SIDBM',
});

export const HEALTH_PRESET_SIDBM: HealthPreset = {
  name: 'Penilaian kesehatan 6 rasio (SIDBM)',
  source: { source: 'Aplikasi SIDBM, laporan Penilaian Kesehatan', version: 'SIDBM', date: '2026-12-04' },
  ratios: [
    {
      no: 1,
      name: 'Saldo piutang berisiko',
      formula: 'Tunggakan pokok ÷ saldo piutang × 100%',
      weight: 40,
      numerator: t(['tunggakanPokok']),
      denominator: t(['saldoPiutang']),
      bands: [
        b('<', 5, 40),
        b('<', 10, 35),
        b('<', 12.5, 30),
        b('<', 15, 25),
        b('<', 17.5, 20),
        b('<', 20, 15),
        b('<', 25, 10),
      ],
      whenUndefined: 'full',
      unguardedInSource: true,
    },
    {
      no: 2,
      name: 'Kecukupan cadangan kerugian piutang',
      formula: 'Cadangan kerugian piutang ÷ risiko kolektibilitas × 100%',
      weight: 20,
      numerator: t(['cadanganKerugian']),
      denominator: t(['risikoKolektibilitas']),
      bands: [
        b('>=', 100, 20),
        b('>', 90, 15),
        b('>', 80, 12.5),
        b('>', 70, 10),
        b('>', 60, 7.5),
        b('>', 50, 5),
      ],
      whenUndefined: 'full',
    },
    {
      no: 3,
      name: 'Laba terhadap aset produktif',
      formula:
        '(Laba berjalan − (risiko kolektibilitas − cadangan kerugian piutang)) ÷ aset produktif × 100%',
      weight: 10,
      numerator: t(['labaBerjalan', 'cadanganKerugian'], ['risikoKolektibilitas']),
      denominator: t(['asetProduktif']),
      bands: [
        b('>=', 1, 10),
        b('>', 0.75, 8.75),
        b('>', 0.6, 7.5),
        b('>', 0.45, 6.25),
        b('>', 0.3, 5),
        b('>', 0.15, 3.75),
        b('>', 0, 2.5),
      ],
      whenUndefined: 'zero',
    },
    {
      no: 4,
      name: 'Beban terhadap pendapatan (BOPO)',
      formula: 'Beban ÷ pendapatan × 100%',
      weight: 10,
      numerator: t(['beban']),
      denominator: t(['pendapatan']),
      bands: [
        b('<', 60, 10),
        b('<', 65, 8.75),
        b('<', 70, 6.25),
        b('<', 75, 5.25),
        b('<', 80, 5),
        b('<', 85, 3.75),
        b('<', 95, 2.5),
      ],
      whenUndefined: 'zero',
      sourceNotes: ['langkah 6,25 → 5,25 → 5 tampaknya salah ketik untuk 5,5; dipakai seperti di SIDBM'],
    },
    {
      no: 5,
      name: 'Saldo piutang terhadap aset ekonomi',
      formula: 'Saldo piutang ÷ aset ekonomi × 100%',
      weight: 10,
      numerator: t(['saldoPiutang']),
      denominator: t(['asetEkonomi']),
      bands: [
        b('>=', 85, 10),
        b('>', 80, 7.5),
        b('>', 75, 6.5),
        b('>', 70, 5),
        b('>', 60, 3.75),
        b('>', 60, 2.5),
      ],
      whenUndefined: 'zero',
    },
    {
      no: 6,
      name: 'Aset ekonomi bersih terhadap modal awal',
      formula: '(Aset ekonomi − risiko kolektibilitas) ÷ modal awal × 100%',
      weight: 10,
      numerator: t(['asetEkonomi'], ['risikoKolektibilitas']),
      denominator: t(['modalAwal']),
      bands: [
        b('>=', 110, 10),
        b('>', 107.5, 8.75),
        b('>', 105, 7.5),
        b('>', 102, 6.25),
        b('>', 100, 5),
        b('>', 97.5, 3.75),
        b('>', 95, 2.5),
      ],
      whenUndefined: 'zero',
      sourceNotes: ['legenda cetak SIDBM menulis "> 110%", sedangkan perhitungannya memakai "≥ 110%"'],
    },
  ],
  verdicts: [
    { verdict: 'sehat', label: 'Sehat', above: 87.5 },
    { verdict: 'cukup_sehat', label: 'Cukup Sehat', above: 62.5 },
    { verdict: 'kurang_sehat', label: 'Kurang Sehat', above: 37.5 },
    { verdict: 'tidak_sehat', label: 'Tidak Sehat', above: null },
  ],
};

const upper = (op: HealthBand['op']) => op === '<' || op === '<=';
const inclusive = (op: HealthBand['op']) => op === '<=' || op === '>=';

/** True when every value band `later` matches is already matched by `earlier` (so `later` never applies). */
function covers(earlier: HealthBand, later: HealthBand): boolean {
  if (upper(earlier.op) !== upper(later.op)) return false;
  const widerBound = upper(earlier.op) ? earlier.boundBp > later.boundBp : earlier.boundBp < later.boundBp;
  return widerBound || (earlier.boundBp === later.boundBp && (inclusive(earlier.op) || !inclusive(later.op)));
}

/**
 * What is odd in a preset, in words, for the screen and the printout: bands that can never apply, scores
 * that rise where they should fall, a denominator that can be zero, and the notes recorded from the source.
 */
export function healthPresetAnomalies(preset: HealthPreset): string[] {
  const out: string[] = [];
  for (const r of preset.ratios) {
    const label = `Rasio ${r.no} (${r.name})`;
    r.bands.forEach((band, i) => {
      const hidden = r.bands.slice(0, i).find((e) => covers(e, band));
      if (hidden)
        out.push(
          `${label}: rentang ${bandLabel(band)} → ${scoreText(band.score)} tidak pernah berlaku (sudah tercakup ${bandLabel(hidden)} → ${scoreText(hidden.score)}).`,
        );
      const prev = r.bands[i - 1];
      if (prev && band.score > prev.score)
        out.push(
          `${label}: nilai tidak menurun — ${bandLabel(prev)} → ${scoreText(prev.score)} lalu ${bandLabel(band)} → ${scoreText(band.score)}.`,
        );
    });
    if (r.unguardedInSource)
      out.push(
        `${label}: penyebut bisa nol dan sumbernya tidak menjaganya; di sini penyebut nol diberi nilai ${r.whenUndefined === 'full' ? `penuh (${r.weight})` : '0'}.`,
      );
    for (const note of r.sourceNotes ?? []) out.push(`${label}: ${note}.`);
  }
  return out;
}

/** `8,75`, `40`: a score as printed. */
export function scoreText(score: number): string {
  return score.toLocaleString('id-ID', { maximumFractionDigits: 2 });
}

/** Indonesian messages for a preset that cannot score; empty when usable. */
export function validateHealthPreset(preset: HealthPreset): string[] {
  const errors: string[] = [];
  const sum = preset.ratios.reduce((s, r) => s + r.weight, 0);
  if (sum !== 100) errors.push(`Jumlah bobot rasio harus 100, sekarang ${sum}.`);
  for (const r of preset.ratios) {
    if (r.bands.some((x) => x.score < 0 || x.score > r.weight))
      errors.push(`Rasio ${r.no} (${r.name}): nilai tiap rentang harus antara 0 dan bobotnya (${r.weight}).`);
  }
  if (preset.verdicts.at(-1)?.above !== null)
    errors.push('Predikat terakhir harus berlaku untuk sisa nilai.');
  return errors;
}

function termValue(term: HealthTerm, inputs: HealthInputs): Sen {
  let v = 0;
  for (const k of term.plus) v += inputs[k];
  for (const k of term.minus) v -= inputs[k];
  return v;
}

function matches(num: number, den: number, band: HealthBand): boolean {
  const c = compareFractions(num, den, band.boundBp, 10_000);
  if (band.op === '<') return c < 0;
  if (band.op === '<=') return c <= 0;
  if (band.op === '>') return c > 0;
  return c >= 0;
}

/** `< 5%`, `≥ 110%` … for the printed table. */
export function bandLabel(band: HealthBand): string {
  const op = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' }[band.op];
  return `${op} ${String(band.boundBp / 100).replace('.', ',')}%`;
}

/** The verdict rule of a preset in words, e.g. "> 87,5 Sehat; > 62,5 Cukup Sehat; …; selebihnya Tidak Sehat". */
export function verdictRuleText(preset: HealthPreset = HEALTH_PRESET_SIDBM): string {
  return preset.verdicts
    .map((v) =>
      v.above === null
        ? `selebihnya ${v.label}`
        : `> ${v.above.toLocaleString('id-ID', { maximumFractionDigits: 2 })} ${v.label}`,
    )
    .join('; ');
}

export interface HealthRatioResult {
  no: number;
  name: string;
  formula: string;
  weight: number;
  numerator: Sen;
  denominator: Sen;
  /** Basis points, half up; null when the denominator is ≤ 0. */
  valueBp: number | null;
  score: number;
  /** The band that gave the score, or null (no band matched, or no value). */
  band: HealthBand | null;
}

/** The score with the amounts it was computed from and where each amount comes from. */
export interface HealthSheet extends HealthResult {
  inputs: { key: HealthInputKey; amount: Sen; source: string }[];
  /** `healthPresetAnomalies` of the preset used. */
  anomalies: string[];
  /** Where the preset comes from, in words. */
  presetSource: string;
}

export interface HealthResult {
  preset: string;
  ratios: HealthRatioResult[];
  total: number;
  verdict: HealthVerdict;
  label: string;
}

/** Scores each ratio by its bands (exact fraction compared with the bound, not the rounded %), then the verdict. */
export function scoreHealth(inputs: HealthInputs, preset: HealthPreset = HEALTH_PRESET_SIDBM): HealthResult {
  const ratios = preset.ratios.map((r): HealthRatioResult => {
    const numerator = termValue(r.numerator, inputs);
    const denominator = termValue(r.denominator, inputs);
    const base = { no: r.no, name: r.name, formula: r.formula, weight: r.weight, numerator, denominator };
    if (denominator <= 0) {
      return { ...base, valueBp: null, score: r.whenUndefined === 'full' ? r.weight : 0, band: null };
    }
    const band = r.bands.find((x) => matches(numerator, denominator, x)) ?? null;
    const valueBp = mulDivRound(numerator, 10_000, denominator);
    return { ...base, valueBp, score: band?.score ?? 0, band };
  });
  const total = ratios.reduce((s, r) => s + r.score, 0);
  const last = preset.verdicts.at(-1) as HealthPreset['verdicts'][number];
  const v = preset.verdicts.find((x) => x.above !== null && total > x.above) ?? last;
  return { preset: preset.name, ratios, total, verdict: v.verdict, label: v.label };
}
