import type { IsoDate } from '../format/date';
import type { Sen } from '../format/money';
import { ceilDiv, dayNumber, mulDivRound } from './intMath';
import type { Instalment } from './schedule';
import type { LoanTerms } from './terms';

/** When a loan was disbursed and how often it pays: what SIDBM's month (or week) term needs. */
export interface LoanTiming {
  disbursedOn: IsoDate;
  frequency: LoanTerms['frequency'];
}

/** One repayment (realisasi angsuran) as stored: amounts already split into pokok, jasa and denda. */
export interface Payment {
  date: IsoDate;
  pokok: Sen;
  jasa: Sen;
  denda: Sen;
}

export interface LoanStatus {
  saldoPokok: Sen;
  targetPokok: Sen;
  targetJasa: Sen;
  paidPokok: Sen;
  paidJasa: Sen;
  paidDenda: Sen;
  tunggakanPokok: Sen;
  tunggakanJasa: Sen;
  /**
   * ceil(tunggakan pokok ÷ the regular pokok instalment) — a partly paid instalment counts as a whole one;
   * the regular instalment is the first non-zero pokok of the plan (the last may carry a rounding
   * remainder, grace instalments carry none). 0 when only jasa is behind.
   */
  instalmentsInArrears: number;
  /** Days from the due date of the oldest instalment not fully paid (pokok or jasa) to the date; 0 if none is due. */
  daysPastDue: number;
  /** Due date of that oldest unpaid instalment, or null. */
  oldestUnpaidDue: string | null;
  paidOff: boolean;
  /** The regular pokok per instalment (wajib pokok): the plan's first non-zero pokok. */
  regularPokok: Sen;
  /** `angsuran_ke`: how many instalments are due by the date (0 before the first). */
  dueInstalments: number;
  /**
   * Whole months (weekly loans: whole weeks) from disbursement to the date, as SIDBM counts them; equal to
   * `dueInstalments` when no timing was given (the month term is then 0).
   */
  elapsedPeriods: number;
  /** SIDBM: round(tunggakan pokok ÷ wajib pokok + (elapsed − angsuran_ke)), halves away from zero. */
  sidbmCount: number;
  /** SIDBM Next: round(tunggakan pokok ÷ wajib pokok), halves away from zero (no month term). */
  sidbmNextCount: number;
}

/**
 * Whole calendar months from `from` to `to` (years × 12 + months of the calendar difference, one less when
 * the day of month is not reached yet: 31 Jan → 29 Feb is 0), or whole weeks (floor(days ÷ 7)) for weekly
 * loans — SIDBM's `bulan`.
 */
export function elapsedPeriods(from: IsoDate, to: IsoDate, frequency: LoanTerms['frequency']): number {
  if (frequency === 'mingguan') return Math.floor((dayNumber(to) - dayNumber(from)) / 7);
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    Number(to.slice(5, 7)) -
    Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months;
}

/** round(tunggakan ÷ wajib + extra) with halves away from zero, exact (PHP's `round`); 0 ÷ 0 counts as 0. */
export function roundedArrears(tunggakan: Sen, wajib: Sen, extra: number): number {
  if (wajib <= 0) return extra;
  return mulDivRound(tunggakan + extra * wajib, 1, wajib);
}

/**
 * Arrears of one loan at the end of `date` (DOMAIN §6.2); payments dated after `date` are ignored and the
 * payments need not be sorted.
 *
 * Payment allocation: the pokok paid so far covers the instalments' pokok in due order, and the jasa paid
 * covers their jasa in due order, each cumulatively — a late payment clears the oldest instalment first,
 * a prepayment runs ahead and is never "lost". An instalment is fully paid when both its cumulative pokok
 * and cumulative jasa are covered; days past due = `date` − due date of the oldest instalment due by
 * `date` that is not fully paid (0 if there is none).
 *
 * `amount` (the allocation) defaults to Σ pokok of the schedule. One pass over the payments and one over
 * the schedule, no allocation besides the result; ISO dates compare as text.
 */
export function loanStatusAt(
  schedule: readonly Instalment[],
  payments: readonly Payment[],
  date: IsoDate,
  amount?: Sen,
  timing?: LoanTiming,
): LoanStatus {
  let paidPokok = 0;
  let paidJasa = 0;
  let paidDenda = 0;
  for (const p of payments) {
    if (p.date > date) continue;
    paidPokok += p.pokok;
    paidJasa += p.jasa;
    paidDenda += p.denda;
  }
  let targetPokok = 0;
  let targetJasa = 0;
  let cumPokok = 0;
  let cumJasa = 0;
  let totalJasa = 0;
  let regular = 0;
  let oldestUnpaidDue: string | null = null;
  let dueInstalments = 0;
  for (const i of schedule) {
    if (regular === 0) regular = i.pokok;
    cumPokok += i.pokok;
    cumJasa += i.jasa;
    totalJasa += i.jasa;
    if (i.dueDate <= date) {
      dueInstalments += 1;
      targetPokok += i.pokok;
      targetJasa += i.jasa;
      if (oldestUnpaidDue === null && (cumPokok > paidPokok || cumJasa > paidJasa))
        oldestUnpaidDue = i.dueDate;
    }
  }
  const allocation = amount ?? cumPokok;
  const tunggakanPokok = Math.max(0, targetPokok - paidPokok);
  const elapsed =
    timing === undefined ? dueInstalments : elapsedPeriods(timing.disbursedOn, date, timing.frequency);
  return {
    saldoPokok: allocation - paidPokok,
    targetPokok,
    targetJasa,
    paidPokok,
    paidJasa,
    paidDenda,
    tunggakanPokok,
    tunggakanJasa: Math.max(0, targetJasa - paidJasa),
    instalmentsInArrears: regular > 0 ? ceilDiv(tunggakanPokok, regular) : 0,
    daysPastDue: oldestUnpaidDue === null ? 0 : Math.max(0, dayNumber(date) - dayNumber(oldestUnpaidDue)),
    oldestUnpaidDue,
    paidOff: paidPokok >= allocation && paidJasa >= totalJasa,
    regularPokok: regular,
    dueInstalments,
    elapsedPeriods: elapsed,
    sidbmCount: roundedArrears(tunggakanPokok, regular, elapsed - dueInstalments),
    sidbmNextCount: roundedArrears(tunggakanPokok, regular, 0),
  };
}

/** What is still owed in total (pokok and the whole plan's jasa) after the payments up to `date`. */
export function outstanding(schedule: readonly Instalment[], status: LoanStatus): { pokok: Sen; jasa: Sen } {
  const totalJasa = schedule.reduce((s, i) => s + i.jasa, 0);
  return { pokok: Math.max(0, status.saldoPokok), jasa: Math.max(0, totalJasa - status.paidJasa) };
}
