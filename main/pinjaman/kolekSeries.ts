import type BetterSqlite3 from 'better-sqlite3';
import { loanStatusAt, type Payment } from '../../shared/pinjaman/arrears';
import { type KolekSeries, type KolekSeriesPoint, seriesMonthEnds } from '../../shared/pinjaman/kolekSeries';
import { classify } from '../../shared/pinjaman/kolektibilitas';
import type { ClassTable } from '../../shared/pinjaman/loans';
import type { LoanTerms } from '../../shared/pinjaman/terms';
import type { ServiceContext } from '../core/context';
import { classTableById, currentClassTable } from './productService';
import { disbursedSchedules, groupRaw } from './scheduleCache';

interface SeriesLoan {
  id: number;
  amount: number;
  disbursed_on: string;
  closed_on: string | null;
  frequency: LoanTerms['frequency'];
}

/**
 * Kolektibilitas at each month end, recomputed from the register (schedules and repayments as they stand
 * now), not from stored snapshots: one read of loans, schedules and repayments, then the engine per loan
 * and month end. A loan counts at a month end when it was disbursed by then and not closed by then, and
 * has saldo or jasa arrears left — as in the portfolio.
 */
export function kolekSeriesAt(
  sqlite: BetterSqlite3.Database,
  date: string,
  months = 24,
  table: ClassTable = currentClassTable(sqlite),
): KolekSeries {
  const ends = seriesMonthEnds(date, months);
  const last = ends.at(-1) ?? date;
  const loans = sqlite
    .prepare(
      `SELECT id, amount, disbursed_on, closed_on, json_extract(terms, '$.frequency') AS frequency FROM loans
       WHERE disbursed_on IS NOT NULL AND disbursed_on <= ? AND (closed_on IS NULL OR closed_on > ?) ORDER BY id`,
    )
    .all(last, ends[0] ?? last) as SeriesLoan[];
  const schedules = disbursedSchedules(sqlite);
  const payments = groupRaw<Payment>(
    sqlite
      .prepare(
        'SELECT loan_id, paid_on, pokok, jasa, denda FROM repayments WHERE voided = 0 AND paid_on <= ? ORDER BY loan_id',
      )
      .raw()
      .bind(last),
    (r) => ({ date: r[1] as string, pokok: r[2] as number, jasa: r[3] as number, denda: r[4] as number }),
  );
  const classIndex = new Map(table.classes.map((c, i) => [c.code, i]));
  const points = ends.map(
    (end): KolekSeriesPoint => ({
      date: end,
      count: 0,
      saldo: 0,
      byClass: table.classes.map((c) => ({ code: c.code, saldo: 0, count: 0 })),
      par30: 0,
      npl: 0,
    }),
  );
  for (const loan of loans) {
    const schedule = schedules.get(loan.id) ?? [];
    const paid = payments.get(loan.id) ?? [];
    const timing = { disbursedOn: loan.disbursed_on, frequency: loan.frequency };
    for (const point of points) {
      if (loan.disbursed_on > point.date || (loan.closed_on !== null && loan.closed_on <= point.date))
        continue;
      const status = loanStatusAt(schedule, paid, point.date, loan.amount, timing);
      if (status.saldoPokok <= 0 && status.tunggakanJasa === 0) continue;
      const kolek = classify(status, table);
      const bucket = point.byClass[classIndex.get(kolek.code) ?? 0];
      if (bucket) {
        bucket.saldo += status.saldoPokok;
        bucket.count += 1;
      }
      point.count += 1;
      point.saldo += status.saldoPokok;
      if (status.daysPastDue >= 30) point.par30 += status.saldoPokok;
      if (kolek.npl) point.npl += status.saldoPokok;
    }
  }
  return { table, points };
}

export function kolekSeries(
  ctx: ServiceContext,
  input: { date: string; classTableId?: number },
): KolekSeries {
  const table = input.classTableId === undefined ? undefined : classTableById(ctx.sqlite, input.classTableId);
  return kolekSeriesAt(ctx.sqlite, input.date, 24, table);
}
