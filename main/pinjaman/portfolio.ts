import type BetterSqlite3 from 'better-sqlite3';
import { loanStatusAt } from '../../shared/pinjaman/arrears';
import {
  CLASS_BASIS_UNITS,
  classify,
  classValue,
  requiredProvision,
} from '../../shared/pinjaman/kolektibilitas';
import type { ClassTable, PortfolioReport, PortfolioRow } from '../../shared/pinjaman/loans';
import type { LoanTerms } from '../../shared/pinjaman/terms';
import type { ServiceContext } from '../core/context';
import { classTableById, currentClassTable } from './productService';
import { disbursedSchedules, groupRaw } from './scheduleCache';

interface Row {
  id: number;
  number: string;
  amount: number;
  kelompok_id: number;
  kelompok_name: string;
  desa_id: number;
  desa_name: string;
  disbursed_on: string;
  frequency: LoanTerms['frequency'];
}

/** Σ(debit − credit) of the accounts in the journal up to the end of `date` (voided lines left out). */
export function balanceOf(sqlite: BetterSqlite3.Database, accountIds: number[], date: string): number {
  if (accountIds.length === 0) return 0;
  return sqlite
    .prepare(
      `SELECT COALESCE(SUM(debit - credit), 0) FROM journal_lines
       WHERE voided = 0 AND entry_date <= ? AND account_id IN (${accountIds.map(() => '?').join(',')})`,
    )
    .pluck()
    .get(date, ...accountIds) as number;
}

/**
 * The loan portfolio at the end of `date` (LPP and kolektibilitas): every loan disbursed by then and
 * not closed by then, its saldo, arrears and class under `table` (the office's current table by default),
 * and the books' view of the receivable and the provision. With `desaId` the rows are that desa's, while
 * `office` and the journal figures stay office-wide, so a desa report compares like with like. Three
 * queries, one pass each.
 */
export function portfolioAt(
  sqlite: BetterSqlite3.Database,
  date: string,
  desaId?: number,
  table: ClassTable = currentClassTable(sqlite),
): PortfolioReport {
  const loans = sqlite
    .prepare(
      `SELECT l.id, l.number, l.amount, l.kelompok_id, k.name AS kelompok_name, k.desa_id, d.name AS desa_name,
         l.disbursed_on, json_extract(l.terms, '$.frequency') AS frequency
       FROM loans l JOIN kelompok k ON k.id = l.kelompok_id JOIN desa d ON d.id = k.desa_id
       WHERE l.disbursed_on <= ? AND (l.closed_on IS NULL OR l.closed_on > ?)
       ORDER BY d.name, k.name, l.id`,
    )
    .all(date, date) as Row[];
  const schedules = disbursedSchedules(sqlite);
  // Arrears need only what was paid in total by the date: one summed "payment" per loan.
  const payments = groupRaw(
    sqlite
      .prepare(
        `SELECT loan_id, SUM(pokok), SUM(jasa), SUM(denda) FROM repayments
         WHERE voided = 0 AND paid_on <= ? GROUP BY loan_id ORDER BY loan_id`,
      )
      .raw()
      .bind(date),
    (r) => ({ date, pokok: r[1] as number, jasa: r[2] as number, denda: r[3] as number }),
  );
  const all: PortfolioRow[] = [];
  for (const loan of loans) {
    const status = loanStatusAt(
      schedules.get(loan.id) ?? [],
      payments.get(loan.id) ?? [],
      date,
      loan.amount,
      {
        disbursedOn: loan.disbursed_on,
        frequency: loan.frequency,
      },
    );
    if (status.saldoPokok <= 0 && status.tunggakanJasa === 0) continue;
    const kolek = classify(status, table);
    all.push({
      loanId: loan.id,
      number: loan.number,
      kelompokId: loan.kelompok_id,
      kelompokName: loan.kelompok_name,
      desaId: loan.desa_id,
      desaName: loan.desa_name,
      amount: loan.amount,
      saldo: status.saldoPokok,
      targetPokok: status.targetPokok,
      paidPokok: status.paidPokok,
      tunggakanPokok: status.tunggakanPokok,
      tunggakanJasa: status.tunggakanJasa,
      instalmentsInArrears: status.instalmentsInArrears,
      daysPastDue: status.daysPastDue,
      classCode: kolek.code,
      provision: requiredProvision(status.saldoPokok, kolek),
      frequency: loan.frequency,
      regularPokok: status.regularPokok,
      dueInstalments: status.dueInstalments,
      elapsedPeriods: status.elapsedPeriods,
      classValue: classValue(status, table.basis),
    });
  }
  const rows = desaId === undefined ? all : all.filter((r) => r.desaId === desaId);
  const byClass = table.classes.map((c) => {
    const inClass = rows.filter((r) => r.classCode === c.code);
    return {
      code: c.code,
      name: c.name,
      count: inClass.length,
      saldo: inClass.reduce((s, r) => s + r.saldo, 0),
      provisionBp: c.provisionBp,
      provision: inClass.reduce((s, r) => s + r.provision, 0),
    };
  });
  const sum = (list: PortfolioRow[], pick: (r: PortfolioRow) => number) =>
    list.reduce((s, r) => s + pick(r), 0);
  const receivables = sqlite
    .prepare('SELECT DISTINCT receivable_account_id FROM loan_products')
    .pluck()
    .all() as number[];
  const cadangan = sqlite
    .prepare("SELECT id FROM accounts WHERE code = '1.1.04.01'")
    .pluck()
    .all() as number[];
  return {
    date,
    table,
    rows,
    byClass,
    totals: {
      count: rows.length,
      amount: sum(rows, (r) => r.amount),
      saldo: sum(rows, (r) => r.saldo),
      tunggakanPokok: sum(rows, (r) => r.tunggakanPokok),
      tunggakanJasa: sum(rows, (r) => r.tunggakanJasa),
      provision: sum(rows, (r) => r.provision),
    },
    receivableInBooks: balanceOf(sqlite, receivables, date),
    provisionBooked: -balanceOf(sqlite, cadangan, date),
    office: {
      count: all.length,
      saldo: sum(all, (r) => r.saldo),
      provision: sum(all, (r) => r.provision),
    },
    warnings: portfolioWarnings(sqlite, table, loans.length, rows),
  };
}

/** Named warnings: a date before any disbursement, weekly loans under a table counted in instalments. */
function portfolioWarnings(
  sqlite: BetterSqlite3.Database,
  table: ClassTable,
  loanCount: number,
  rows: PortfolioRow[],
): string[] {
  const warnings: string[] = [];
  if (loanCount === 0) {
    const first = sqlite.prepare('SELECT MIN(disbursed_on) FROM loans').pluck().get() as string | null;
    warnings.push(
      first === null
        ? 'Belum ada pinjaman yang dicairkan di register.'
        : `Tanggal laporan sebelum pencairan pertama (${first}): belum ada pinjaman untuk dinilai.`,
    );
  }
  const weekly = rows.filter((r) => r.frequency === 'mingguan').length;
  if (weekly > 0 && CLASS_BASIS_UNITS[table.basis] === 'angsuran')
    warnings.push(
      `${weekly} pinjaman mingguan dinilai dengan tabel "${table.name}" yang batasnya dalam angsuran: untuk produk mingguan batas itu berarti minggu, bukan bulan.`,
    );
  return warnings;
}

export function portfolio(
  ctx: ServiceContext,
  input: { date: string; desaId?: number; classTableId?: number },
): PortfolioReport {
  const table = input.classTableId === undefined ? undefined : classTableById(ctx.sqlite, input.classTableId);
  return portfolioAt(ctx.sqlite, input.date, input.desaId, table);
}
