import type BetterSqlite3 from 'better-sqlite3';
import { loanStatusAt, type Payment } from '../../shared/pinjaman/arrears';
import { classify } from '../../shared/pinjaman/kolektibilitas';
import type { Loan, LoanStatusCode, LoanSummary, RepaymentRow } from '../../shared/pinjaman/loans';
import type { Instalment } from '../../shared/pinjaman/schedule';
import type { LoanTerms } from '../../shared/pinjaman/terms';
import { notFound } from '../core/appError';
import { currentClassTable } from './productService';

export interface LoanRow {
  id: number;
  number: string;
  kelompok_id: number;
  kelompok_name: string;
  desa_id: number;
  desa_name: string;
  product_id: number;
  product_code: string;
  status: LoanStatusCode;
  amount: number;
  terms: string;
  purpose: string | null;
  proposed_on: string;
  verified_on: string | null;
  approved_on: string | null;
  decision_number: string | null;
  disbursed_on: string | null;
  closed_on: string | null;
  close_note: string | null;
  migrated: number;
}

export const LOAN_SELECT = `SELECT l.*, k.name AS kelompok_name, k.desa_id, d.name AS desa_name, p.code AS product_code
  FROM loans l JOIN kelompok k ON k.id = l.kelompok_id JOIN desa d ON d.id = k.desa_id
  JOIN loan_products p ON p.id = l.product_id`;

export function loanRow(sqlite: BetterSqlite3.Database, id: number): LoanRow {
  const row = sqlite.prepare(`${LOAN_SELECT} WHERE l.id = ?`).get(id) as LoanRow | undefined;
  if (!row) throw notFound('Pinjaman');
  return row;
}

export function scheduleOf(sqlite: BetterSqlite3.Database, loanId: number): Instalment[] {
  return sqlite
    .prepare('SELECT no, due_date AS dueDate, pokok, jasa FROM loan_schedule WHERE loan_id = ? ORDER BY no')
    .all(loanId) as Instalment[];
}

export function repaymentsOf(sqlite: BetterSqlite3.Database, loanId: number): RepaymentRow[] {
  return (
    sqlite
      .prepare(
        `SELECT r.id, r.paid_on, r.pokok, r.jasa, r.denda, r.account_id, r.entry_id, r.voided, e.bukti
         FROM repayments r LEFT JOIN journal_entries e ON e.id = r.entry_id WHERE r.loan_id = ? ORDER BY r.paid_on, r.id`,
      )
      .all(loanId) as {
      id: number;
      paid_on: string;
      pokok: number;
      jasa: number;
      denda: number;
      account_id: number | null;
      entry_id: number | null;
      voided: number;
      bukti: string | null;
    }[]
  ).map((r) => ({
    id: r.id,
    date: r.paid_on,
    pokok: r.pokok,
    jasa: r.jasa,
    denda: r.denda,
    accountId: r.account_id,
    entryId: r.entry_id,
    bukti: r.bukti,
    voided: r.voided === 1,
  }));
}

export function livePayments(rows: readonly RepaymentRow[]): Payment[] {
  return rows.filter((r) => !r.voided);
}

/** Summary of a loan at a date: its arrears and class, when it has been disbursed by then. */
export function summarise(sqlite: BetterSqlite3.Database, row: LoanRow, asOf: string): LoanSummary {
  const disbursedOn = row.disbursed_on !== null && row.disbursed_on <= asOf ? row.disbursed_on : null;
  const position =
    disbursedOn === null
      ? null
      : loanStatusAt(
          scheduleOf(sqlite, row.id),
          livePayments(repaymentsOf(sqlite, row.id)),
          asOf,
          row.amount,
          {
            disbursedOn,
            frequency: (JSON.parse(row.terms) as LoanTerms).frequency,
          },
        );
  const closedBefore = row.closed_on !== null && row.closed_on <= asOf;
  return {
    id: row.id,
    number: row.number,
    kelompokId: row.kelompok_id,
    kelompokName: row.kelompok_name,
    desaId: row.desa_id,
    desaName: row.desa_name,
    productCode: row.product_code,
    status: row.status,
    amount: row.amount,
    disbursedOn: row.disbursed_on,
    position,
    kolek:
      position && !closedBefore && !position.paidOff ? classify(position, currentClassTable(sqlite)) : null,
  };
}

export function readLoan(sqlite: BetterSqlite3.Database, id: number, asOf: string): Loan {
  const row = loanRow(sqlite, id);
  const members = sqlite
    .prepare(
      'SELECT m.anggota_id AS anggotaId, a.name, m.amount FROM loan_members m JOIN anggota a ON a.id = m.anggota_id WHERE m.loan_id = ? ORDER BY a.name',
    )
    .all(id) as Loan['members'];
  return {
    ...summarise(sqlite, row, asOf),
    productId: row.product_id,
    terms: JSON.parse(row.terms) as LoanTerms,
    purpose: row.purpose,
    proposedOn: row.proposed_on,
    verifiedOn: row.verified_on,
    approvedOn: row.approved_on,
    decisionNumber: row.decision_number,
    closedOn: row.closed_on,
    closeNote: row.close_note,
    migrated: row.migrated === 1,
    members,
    schedule: scheduleOf(sqlite, id),
    repayments: repaymentsOf(sqlite, id),
    asOf,
  };
}
