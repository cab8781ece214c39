import type { ParsedInputOf } from '../../shared/contract';
import { loanStatusAt } from '../../shared/pinjaman/arrears';
import type { Loan } from '../../shared/pinjaman/loans';
import { buildSchedule } from '../../shared/pinjaman/schedule';
import type { LoanTerms } from '../../shared/pinjaman/terms';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { livePayments, loanRow, repaymentsOf, scheduleOf } from './loanRead';
import { getLoan, nextNumber } from './loanService';

/**
 * Penjadwalan ulang (MAD decision): the active loan closes as `dijadwal_ulang` on the date, and a new
 * loan for its remaining pokok starts that day with a new schedule. No money moves, so no journal
 * entry: the receivable stays the same, only the register's loans change. Unpaid jasa of the old
 * loan is not carried over (the MAD decides it separately); repayments stay on the old loan.
 */
export function rescheduleLoan(ctx: ServiceContext, input: ParsedInputOf<'loan.reschedule'>): Loan {
  const { sqlite } = ctx;
  const row = loanRow(sqlite, input.id);
  if (row.status !== 'aktif' || !row.disbursed_on)
    throw conflict('Hanya pinjaman aktif yang dapat dijadwal ulang.');
  const repayments = repaymentsOf(sqlite, row.id);
  const payments = livePayments(repayments);
  const lastPaid = payments.reduce((d, p) => (p.date > d ? p.date : d), row.disbursed_on);
  if (input.date < lastPaid) {
    throw new AppError(
      'VALIDATION',
      `Tanggal penjadwalan ulang tidak boleh sebelum ${lastPaid} (pencairan atau angsuran terakhir).`,
      {
        date: 'Terlalu awal',
      },
    );
  }
  const saldo = loanStatusAt(scheduleOf(sqlite, row.id), payments, input.date, row.amount).saldoPokok;
  if (saldo <= 0) throw conflict('Pinjaman ini tidak bersisa pokok; tidak ada yang dijadwal ulang.');
  const terms: LoanTerms = { ...(JSON.parse(row.terms) as LoanTerms), tenor: input.tenor };
  if (input.rateBp !== undefined) terms.rateBp = input.rateBp;
  const schedule = buildSchedule(terms, saldo, input.date);
  const now = nowIso(ctx);
  const newId = sqlite.transaction(() => {
    const number = nextNumber(sqlite, row.product_code, input.date);
    const id = Number(
      sqlite
        .prepare(
          `INSERT INTO loans (number, kelompok_id, product_id, status, amount, terms, purpose, proposed_on, verified_on,
             approved_on, decision_number, disbursed_on, rescheduled_from, created_by, created_at, updated_at)
           VALUES (?, ?, ?, 'aktif', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          number,
          row.kelompok_id,
          row.product_id,
          saldo,
          JSON.stringify(terms),
          `Penjadwalan ulang ${row.number}`,
          input.date,
          input.date,
          input.date,
          input.decisionNumber,
          input.date,
          row.id,
          ctx.actor,
          now,
          now,
        ).lastInsertRowid,
    );
    const insert = sqlite.prepare(
      'INSERT INTO loan_schedule (loan_id, no, due_date, pokok, jasa) VALUES (?, ?, ?, ?, ?)',
    );
    for (const i of schedule) insert.run(id, i.no, i.dueDate, i.pokok, i.jasa);
    sqlite
      .prepare(
        "UPDATE loans SET status = 'dijadwal_ulang', closed_on = ?, close_note = ?, updated_at = ? WHERE id = ?",
      )
      .run(input.date, `Dijadwal ulang (${input.decisionNumber}) menjadi ${number}`, now, row.id);
    return id;
  })();
  return getLoan(ctx, { id: newId });
}
