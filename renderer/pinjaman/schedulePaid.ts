import type { Sen } from '../../shared/format/money';
import type { Loan } from '../../shared/pinjaman/loans';
import type { Instalment } from '../../shared/pinjaman/schedule';

export type InstalmentState = 'lunas' | 'sebagian' | 'tertunggak' | 'belum';

export interface InstalmentRow extends Instalment {
  paidPokok: Sen;
  paidJasa: Sen;
  state: InstalmentState;
}

/**
 * The kartu angsuran at a date: repayments up to the date (not voided) cover instalments in due order,
 * pokok and jasa each cumulatively — the same rule as the engine's loanStatusAt.
 */
export function scheduleAt(loan: Pick<Loan, 'schedule' | 'repayments'>, asOf: string): InstalmentRow[] {
  let pokok = 0;
  let jasa = 0;
  for (const r of loan.repayments) {
    if (r.voided || r.date > asOf) continue;
    pokok += r.pokok;
    jasa += r.jasa;
  }
  return loan.schedule.map((i) => {
    const paidPokok = Math.min(i.pokok, Math.max(0, pokok));
    const paidJasa = Math.min(i.jasa, Math.max(0, jasa));
    pokok -= paidPokok;
    jasa -= paidJasa;
    const full = paidPokok >= i.pokok && paidJasa >= i.jasa;
    let state: InstalmentState = 'belum';
    if (full) state = 'lunas';
    else if (i.dueDate <= asOf) state = 'tertunggak';
    else if (paidPokok + paidJasa > 0) state = 'sebagian';
    return { ...i, paidPokok, paidJasa, state };
  });
}

/** The oldest instalment not fully paid (counting every repayment), with what is still due on it. */
export function nextInstalment(
  loan: Pick<Loan, 'schedule' | 'repayments'>,
): { no: number; dueDate: string; pokokDue: Sen; jasaDue: Sen; partial: boolean } | null {
  const rows = scheduleAt(loan, '9999-12-31');
  const row = rows.find((r) => r.state !== 'lunas');
  if (!row) return null;
  return {
    no: row.no,
    dueDate: row.dueDate,
    pokokDue: row.pokok - row.paidPokok,
    jasaDue: row.jasa - row.paidJasa,
    partial: row.paidPokok + row.paidJasa > 0,
  };
}
