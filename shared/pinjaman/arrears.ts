import type { Sen } from '../format/money';
import type { Instalment } from './schedule';

export interface Payment {
  date: string;
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
  /** ceil(tunggakan pokok ÷ the regular pokok instalment); 0 when only jasa is behind. */
  instalmentsInArrears: number;
  /** Days from the due date of the oldest instalment not fully paid (pokok or jasa) to the date; 0 if none is due. */
  daysPastDue: number;
  /** Due date of that oldest unpaid instalment, or null. */
  oldestUnpaidDue: string | null;
  paidOff: boolean;
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Arrears of one loan at the end of `date` (DOMAIN §6.2). Payments cover instalments in due order
 * (pokok and jasa each cumulatively), so a late payment clears the oldest instalment first and a
 * prepayment runs ahead. One pass over the schedule and one over the payments; ISO dates compare as text.
 */
export function loanStatusAt(
  schedule: readonly Instalment[],
  payments: readonly Payment[],
  date: string,
  amount: Sen,
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
  let oldestUnpaidDue: string | null = null;
  for (const i of schedule) {
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
  const tunggakanPokok = Math.max(0, targetPokok - paidPokok);
  const regular = schedule[0]?.pokok ?? 0;
  return {
    saldoPokok: amount - paidPokok,
    targetPokok,
    targetJasa,
    paidPokok,
    paidJasa,
    paidDenda,
    tunggakanPokok,
    tunggakanJasa: Math.max(0, targetJasa - paidJasa),
    instalmentsInArrears: regular > 0 ? Math.ceil(tunggakanPokok / regular) : 0,
    daysPastDue: oldestUnpaidDue === null ? 0 : Math.max(0, days(oldestUnpaidDue, date)),
    oldestUnpaidDue,
    paidOff: paidPokok >= amount && paidJasa >= totalJasa,
  };
}

/** What is still owed in total (pokok and the whole plan's jasa) after the payments up to `date`. */
export function outstanding(schedule: readonly Instalment[], status: LoanStatus): { pokok: Sen; jasa: Sen } {
  const totalJasa = schedule.reduce((s, i) => s + i.jasa, 0);
  return { pokok: Math.max(0, status.saldoPokok), jasa: Math.max(0, totalJasa - status.paidJasa) };
}
