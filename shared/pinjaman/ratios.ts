import { formatPercent } from '../format/money';
import type { HealthSheet } from './healthScore';
import type { PortfolioReport } from './loans';

/**
 * Loan-portfolio ratios of DOMAIN §6.5, computed from a portfolio at a date (pure).
 *
 * Definitions (what the printed ratio sheet says):
 * - **Repayment rate (RR)**, collection-based: Σ realised pokok ÷ Σ target pokok due by the date, over
 *   the loans outstanding at the date. Each loan's realised pokok is capped at its own target, so a
 *   prepayment by one group cannot hide the arrears of another (without the cap RR can exceed 100%).
 *   Loans with nothing due yet add 0 to both sides; no target at all → no value.
 * - **PAR** (portfolio at risk): saldo pokok of the loans with ≥ 3 instalments of pokok in arrears ÷ total
 *   saldo pokok. "Instalments in arrears" = ceil(tunggakan pokok ÷ regular pokok), whatever the frequency.
 * - **LAR** (loan at risk, by group): kelompok with at least one loan ≥ 3 instalments in arrears ÷ kelompok
 *   with an outstanding loan (kelompok aktif).
 * - **NPL**: saldo pokok in the classes of the current class table flagged NPL ÷ total saldo pokok.
 *
 * Values are basis points of the exact fraction, rounded half up (10 000 = 100%); null when the
 * denominator is 0. Verdicts compare the exact fraction (not the rounded value) with the bands.
 */

export type RatioCode = 'rr' | 'par' | 'lar' | 'npl';
export type RatioVerdict = 'memuaskan' | 'cukup' | 'kurang';
export const VERDICT_LABELS: Record<RatioVerdict, string> = {
  memuaskan: 'Memuaskan',
  cukup: 'Cukup',
  kurang: 'Kurang',
};

/** One band of a ratio: value in [minBp, maxBp] with each bound inclusive or not; null = unbounded. */
export interface RatioBand {
  verdict: RatioVerdict;
  /** Printed band, e.g. `< 10%`, `10%–20%`, `≥ 90%`. */
  label: string;
  minBp: number | null;
  minInclusive: boolean;
  maxBp: number | null;
  maxInclusive: boolean;
}

export interface Ratio {
  code: RatioCode;
  /** `Repayment Rate (RR)`. */
  name: string;
  /** The formula in words, as printed. */
  formula: string;
  /** Sen for RR, PAR and NPL; a number of kelompok for LAR. */
  numerator: number;
  denominator: number;
  unit: 'rupiah' | 'kelompok';
  /** Basis points (10 000 = 100%), or null when the denominator is 0. */
  valueBp: number | null;
  /** Empty when no threshold is set for the ratio (then verdict is null). */
  bands: RatioBand[];
  verdict: RatioVerdict | null;
  /** Where the thresholds come from, or why there are none. */
  source: string;
}

/** The ratio sheet of `loan.ratios`: the portfolio ratios and the §6.5 health score. */
export interface RatioSheet extends PortfolioRatios {
  health: HealthSheet;
}

export interface PortfolioRatios {
  date: string;
  /** Instalments in arrears from which a loan counts as at risk (PAR, LAR). */
  riskInstalments: number;
  rr: Ratio;
  par: Ratio;
  lar: Ratio;
  npl: Ratio;
}

/** PAR and LAR (DOMAIN §6.5, PNPM Perkotaan): < 10% memuaskan, 10–20% cukup, > 20% kurang. */
export const RISK_BANDS: readonly RatioBand[] = [
  { verdict: 'memuaskan', label: '< 10%', minBp: null, minInclusive: true, maxBp: 1000, maxInclusive: false },
  { verdict: 'cukup', label: '10%–20%', minBp: 1000, minInclusive: true, maxBp: 2000, maxInclusive: true },
  { verdict: 'kurang', label: '> 20%', minBp: 2000, minInclusive: false, maxBp: null, maxInclusive: true },
];

/** Repayment rate (DOMAIN §6.5): ≥ 90% memuaskan, 80–90% cukup, < 80% kurang. */
export const RR_BANDS: readonly RatioBand[] = [
  { verdict: 'memuaskan', label: '≥ 90%', minBp: 9000, minInclusive: true, maxBp: null, maxInclusive: true },
  { verdict: 'cukup', label: '80%–< 90%', minBp: 8000, minInclusive: true, maxBp: 9000, maxInclusive: false },
  { verdict: 'kurang', label: '< 80%', minBp: null, minInclusive: true, maxBp: 8000, maxInclusive: false },
];

const SOURCE_PERKOTAAN = 'Ambang PNPM Mandiri Perkotaan';

/** Basis points of num ÷ den, half up; null when den is 0. */
export function basisPoints(num: number, den: number): number | null {
  if (den === 0) return null;
  return Math.round((num * 10_000) / den);
}

function inBand(value: number, band: RatioBand): boolean {
  if (band.minBp !== null && (band.minInclusive ? value < band.minBp : value <= band.minBp)) return false;
  if (band.maxBp !== null && (band.maxInclusive ? value > band.maxBp : value >= band.maxBp)) return false;
  return true;
}

/** The verdict of the exact fraction num ÷ den under the bands; null without a value or bands. */
export function verdictOf(num: number, den: number, bands: readonly RatioBand[]): RatioVerdict | null {
  if (den === 0) return null;
  const exact = (num * 10_000) / den;
  return bands.find((b) => inBand(exact, b))?.verdict ?? null;
}

/** `12,34%` from basis points; `–` when there is no value. */
export function ratioText(valueBp: number | null, fractionDigits = 2): string {
  return valueBp === null ? '–' : formatPercent(valueBp / 100, fractionDigits);
}

function ratio(base: Omit<Ratio, 'valueBp' | 'verdict' | 'bands'>, bands: readonly RatioBand[]): Ratio {
  return {
    ...base,
    valueBp: basisPoints(base.numerator, base.denominator),
    bands: bands.map((b) => ({ ...b })),
    verdict: verdictOf(base.numerator, base.denominator, bands),
  };
}

export function portfolioRatios(report: PortfolioReport, riskInstalments = 3): PortfolioRatios {
  const rows = report.rows;
  const totalSaldo = rows.reduce((s, r) => s + r.saldo, 0);
  const target = rows.reduce((s, r) => s + r.targetPokok, 0);
  const realised = rows.reduce((s, r) => s + Math.min(r.paidPokok, r.targetPokok), 0);
  const atRisk = rows.filter((r) => r.instalmentsInArrears >= riskInstalments);
  const parSaldo = atRisk.reduce((s, r) => s + r.saldo, 0);
  const groups = new Set(rows.map((r) => r.kelompokId));
  const groupsAtRisk = new Set(atRisk.map((r) => r.kelompokId));
  const nplCodes = new Set(report.table.classes.filter((c) => c.npl).map((c) => c.code));
  const nplNames = report.table.classes.filter((c) => c.npl).map((c) => c.name);
  const nplSaldo = rows.filter((r) => nplCodes.has(r.classCode)).reduce((s, r) => s + r.saldo, 0);
  return {
    date: report.date,
    riskInstalments,
    rr: ratio(
      {
        code: 'rr',
        name: 'Repayment Rate (RR)',
        formula:
          'Σ realisasi pokok ÷ Σ target pokok s.d. tanggal laporan × 100%; realisasi tiap pinjaman dibatasi setinggi targetnya (pelunasan lebih cepat tidak menutup tunggakan pinjaman lain)',
        numerator: realised,
        denominator: target,
        unit: 'rupiah',
        source: `Target umum ≥ 90%; ${SOURCE_PERKOTAAN}`,
      },
      RR_BANDS,
    ),
    par: ratio(
      {
        code: 'par',
        name: 'Portfolio at Risk (PAR)',
        formula: `Saldo pokok pinjaman dengan tunggakan ≥ ${riskInstalments} angsuran ÷ total saldo pokok × 100%`,
        numerator: parSaldo,
        denominator: totalSaldo,
        unit: 'rupiah',
        source: SOURCE_PERKOTAAN,
      },
      RISK_BANDS,
    ),
    lar: ratio(
      {
        code: 'lar',
        name: 'Loan at Risk (LAR)',
        formula: `Kelompok yang menunggak ≥ ${riskInstalments} angsuran ÷ kelompok aktif (yang masih mempunyai pinjaman) × 100%`,
        numerator: groupsAtRisk.size,
        denominator: groups.size,
        unit: 'kelompok',
        source: SOURCE_PERKOTAAN,
      },
      RISK_BANDS,
    ),
    npl: ratio(
      {
        code: 'npl',
        name: 'Non Performing Loan (NPL)',
        formula: `Saldo pokok kelas ${nplNames.length > 0 ? nplNames.join(', ') : '(tidak ada kelas NPL)'} ÷ total saldo pokok × 100% (tabel "${report.table.name}")`,
        numerator: nplSaldo,
        denominator: totalSaldo,
        unit: 'rupiah',
        source: 'Tanpa ambang baku dalam sumber; bandingkan antarperiode',
      },
      [],
    ),
  };
}
