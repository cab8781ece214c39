import type { IsoDate } from '../format/date';
import type { Sen } from '../format/money';
import { ceilDiv, dayNumber } from './intMath';
import type { Instalment } from './schedule';

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
  for (const i of schedule) {
    if (regular === 0) regular = i.pokok;
    cumPokok += i.pokok;
    cumJasa += i.jasa;
    totalJasa += i.jasa;
    if (i.dueDate <= date) {
      targetPokok += i.pokok;
      targetJasa += i.jasa;
      if (oldestUnpaidDue === null && (cumPokok > paidPokok || cumJasa > paidJasa))
        oldestUnpaidDue = i.dueDate;
    }
  }
  const allocation = amount ?? cumPokok;
  const tunggakanPokok = Math.max(0, targetPokok - paidPokok);
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
  };
}

/** What is still owed in total (pokok and the whole plan's jasa) after the payments up to `date`. */
export function outstanding(schedule: readonly Instalment[], status: LoanStatus): { pokok: Sen; jasa: Sen } {
  const totalJasa = schedule.reduce((s, i) => s + i.jasa, 0);
  return { pokok: Math.max(0, status.saldoPokok), jasa: Math.max(0, totalJasa - status.paidJasa) };
}
