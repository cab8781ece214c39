import type BetterSqlite3 from 'better-sqlite3';
import type { ExamLoanSection } from '../../shared/pemeriksaan/pemeriksaan';
import { portfolioAt } from '../pinjaman/portfolio';

/** The loan section of an examination on `date`, or null when the office has no loans in its register. */
export function examLoanSection(sqlite: BetterSqlite3.Database, date: string): ExamLoanSection | null {
  const any = sqlite.prepare('SELECT 1 FROM loans WHERE disbursed_on IS NOT NULL LIMIT 1').get();
  if (!any) return null;
  const p = portfolioAt(sqlite, date);
  return {
    tableName: p.table.name,
    loanCount: p.totals.count,
    receivableInBooks: p.receivableInBooks,
    registerSaldo: p.totals.saldo,
    difference: p.receivableInBooks - p.totals.saldo,
    tunggakanPokok: p.totals.tunggakanPokok,
    tunggakanJasa: p.totals.tunggakanJasa,
    byClass: p.byClass,
    provisionRequired: p.totals.provision,
    provisionBooked: p.provisionBooked,
  };
}
