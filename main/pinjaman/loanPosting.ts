import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { formatRupiah } from '../../shared/format/money';
import { loanStatusAt, outstanding } from '../../shared/pinjaman/arrears';
import type { Loan } from '../../shared/pinjaman/loans';
import { buildSchedule } from '../../shared/pinjaman/schedule';
import type { LoanTerms } from '../../shared/pinjaman/terms';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import {
  assertBuktiFree,
  type EntryDraft,
  type LineDraft,
  validateDraft,
  writer,
} from '../ledger/journalWriter';
import { assertUnlocked } from '../ledger/locks';
import { livePayments, loanRow, repaymentsOf, scheduleOf } from './loanRead';
import { getLoan } from './loanService';
import { readProduct } from './productService';

function assertMoneyAccount(sqlite: BetterSqlite3.Database, accountId: number): void {
  const kind = sqlite
    .prepare('SELECT money_kind FROM accounts WHERE id = ? AND active = 1')
    .pluck()
    .get(accountId);
  if (kind !== 'kas' && kind !== 'bank') {
    throw new AppError('VALIDATION', 'Pilih kas atau rekening bank yang aktif.', {
      accountId: 'Bukan kas/bank',
    });
  }
}

/** Checks and posts one journal entry; call inside the transaction that records the loan side. */
function post(sqlite: BetterSqlite3.Database, draft: EntryDraft, actor: string, now: string): number {
  validateDraft(sqlite, draft);
  return writer(sqlite).insert(draft, actor, now);
}

function checkPosting(
  sqlite: BetterSqlite3.Database,
  input: { date: string; time: string; bukti: string },
): void {
  assertUnlocked(sqlite, input.date, input.time);
  assertBuktiFree(sqlite, input.bukti, false);
}

const lines = (...l: LineDraft[]) => l.filter((x) => x.debit > 0 || x.credit > 0);

export function disburseLoan(ctx: ServiceContext, input: ParsedInputOf<'loan.disburse'>): Loan {
  const { sqlite } = ctx;
  const row = loanRow(sqlite, input.id);
  if (row.status !== 'disetujui')
    throw conflict('Hanya pinjaman yang sudah disetujui MAD yang dapat dicairkan.');
  if (row.approved_on && input.date < row.approved_on) {
    throw new AppError('VALIDATION', 'Tanggal pencairan tidak boleh sebelum tanggal penetapan.', {
      date: 'Terlalu awal',
    });
  }
  assertMoneyAccount(sqlite, input.accountId);
  checkPosting(sqlite, input);
  const product = readProduct(sqlite, row.product_id);
  const schedule = buildSchedule(JSON.parse(row.terms) as LoanTerms, row.amount, input.date);
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    const entryId = post(
      sqlite,
      {
        date: input.date,
        time: input.time,
        bukti: input.bukti,
        description: `Pencairan pinjaman ${row.number} kelompok ${row.kelompok_name}`,
        desaId: row.desa_id,
        kind: 'umum',
        lines: lines(
          { accountId: product.receivableAccountId, debit: row.amount, credit: 0 },
          { accountId: input.accountId, debit: 0, credit: row.amount },
        ),
      },
      ctx.actor,
      now,
    );
    const insert = sqlite.prepare(
      'INSERT INTO loan_schedule (loan_id, no, due_date, pokok, jasa) VALUES (?, ?, ?, ?, ?)',
    );
    sqlite.prepare('DELETE FROM loan_schedule WHERE loan_id = ?').run(row.id);
    for (const i of schedule) insert.run(row.id, i.no, i.dueDate, i.pokok, i.jasa);
    sqlite
      .prepare(
        `UPDATE loans SET status = 'aktif', disbursed_on = ?, disbursed_account_id = ?, disbursement_entry_id = ?, updated_at = ?
         WHERE id = ?`,
      )
      .run(input.date, input.accountId, entryId, now, row.id);
  })();
  return getLoan(ctx, { id: row.id });
}

/**
 * A repayment: more pokok or jasa than the loan still owes in total is refused (not split); paying
 * future instalments early within that total is accepted as a prepayment.
 */
export function repayLoan(ctx: ServiceContext, input: ParsedInputOf<'loan.repay'>): Loan {
  const { sqlite } = ctx;
  const row = loanRow(sqlite, input.id);
  if (row.status !== 'aktif' || !row.disbursed_on)
    throw conflict('Angsuran hanya untuk pinjaman yang aktif (sudah dicairkan).');
  if (input.date < row.disbursed_on) {
    throw new AppError('VALIDATION', 'Tanggal angsuran tidak boleh sebelum tanggal pencairan.', {
      date: 'Sebelum pencairan',
    });
  }
  if (input.pokok + input.jasa + input.denda === 0) {
    throw new AppError('VALIDATION', 'Isi sedikitnya satu jumlah: pokok, jasa atau denda.', {
      pokok: 'Isi jumlah',
    });
  }
  const schedule = scheduleOf(sqlite, row.id);
  const status = loanStatusAt(schedule, livePayments(repaymentsOf(sqlite, row.id)), '9999-12-31', row.amount);
  const owed = outstanding(schedule, status);
  const fields: Record<string, string> = {};
  if (input.pokok > owed.pokok) fields.pokok = `Sisa pokok hanya ${formatRupiah(owed.pokok)}`;
  if (input.jasa > owed.jasa) fields.jasa = `Sisa jasa hanya ${formatRupiah(owed.jasa)}`;
  if (Object.keys(fields).length > 0) {
    throw new AppError(
      'VALIDATION',
      `Angsuran melebihi yang masih terutang: ${Object.values(fields).join('; ')}.`,
      fields,
    );
  }
  assertMoneyAccount(sqlite, input.accountId);
  checkPosting(sqlite, input);
  const product = readProduct(sqlite, row.product_id);
  const now = nowIso(ctx);
  const total = input.pokok + input.jasa + input.denda;
  sqlite.transaction(() => {
    const entryId = post(
      sqlite,
      {
        date: input.date,
        time: input.time,
        bukti: input.bukti,
        description: `Angsuran pinjaman ${row.number} kelompok ${row.kelompok_name}`,
        desaId: row.desa_id,
        kind: 'umum',
        lines: lines(
          { accountId: input.accountId, debit: total, credit: 0 },
          { accountId: product.receivableAccountId, debit: 0, credit: input.pokok },
          { accountId: product.jasaAccountId, debit: 0, credit: input.jasa },
          { accountId: product.dendaAccountId, debit: 0, credit: input.denda },
        ),
      },
      ctx.actor,
      now,
    );
    sqlite
      .prepare(
        `INSERT INTO repayments (loan_id, paid_on, pokok, jasa, denda, account_id, entry_id, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        row.id,
        input.date,
        input.pokok,
        input.jasa,
        input.denda,
        input.accountId,
        entryId,
        ctx.actor,
        now,
      );
    if (input.pokok === owed.pokok && input.jasa === owed.jasa) {
      sqlite
        .prepare("UPDATE loans SET status = 'lunas', closed_on = ?, updated_at = ? WHERE id = ?")
        .run(input.date, now, row.id);
    }
  })();
  return getLoan(ctx, { id: row.id });
}

/** Voids a repayment together with its journal entry (refused inside a locked period). */
export function voidRepayment(ctx: ServiceContext, input: ParsedInputOf<'loan.voidRepayment'>): Loan {
  const { sqlite } = ctx;
  const row = loanRow(sqlite, input.id);
  const repayment = repaymentsOf(sqlite, row.id).find((r) => r.id === input.repaymentId);
  if (!repayment) throw notFound('Angsuran');
  if (repayment.voided) throw conflict('Angsuran ini sudah dibatalkan.');
  if (repayment.entryId === null)
    throw conflict('Angsuran pindahan dari register lama tidak dapat dibatalkan di sini.');
  const time = sqlite
    .prepare('SELECT entry_time FROM journal_entries WHERE id = ?')
    .pluck()
    .get(repayment.entryId) as string;
  assertUnlocked(sqlite, repayment.date, time);
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    writer(sqlite).void(repayment.entryId as number, input.reason, ctx.actor, now);
    sqlite.prepare('UPDATE repayments SET voided = 1 WHERE id = ?').run(repayment.id);
    if (row.status === 'lunas') {
      sqlite
        .prepare("UPDATE loans SET status = 'aktif', closed_on = NULL, updated_at = ? WHERE id = ?")
        .run(now, row.id);
    }
  })();
  return getLoan(ctx, { id: row.id });
}

/** Writes the remaining pokok off against the provision account (1.1.04.01), on a MAD decision. */
export function writeOffLoan(ctx: ServiceContext, input: ParsedInputOf<'loan.writeOff'>): Loan {
  const { sqlite } = ctx;
  const row = loanRow(sqlite, input.id);
  if (row.status !== 'aktif' || !row.disbursed_on)
    throw conflict('Hanya pinjaman aktif yang dapat dihapusbukukan.');
  if (input.date < row.disbursed_on)
    throw new AppError('VALIDATION', 'Tanggal sebelum pencairan.', { date: 'Terlalu awal' });
  const saldo = loanStatusAt(
    scheduleOf(sqlite, row.id),
    livePayments(repaymentsOf(sqlite, row.id)),
    '9999-12-31',
    row.amount,
  ).saldoPokok;
  const cadangan = sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.04.01'").pluck().get() as
    | number
    | undefined;
  if (!cadangan)
    throw new AppError('VALIDATION', 'Akun 1.1.04.01 (cadangan penghapusan) tidak ada di bagan akun.');
  checkPosting(sqlite, input);
  const product = readProduct(sqlite, row.product_id);
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    post(
      sqlite,
      {
        date: input.date,
        time: input.time,
        bukti: input.bukti,
        description: `Penghapusan pinjaman ${row.number} (${input.decisionNumber})`,
        desaId: row.desa_id,
        kind: 'umum',
        lines: lines(
          { accountId: cadangan, debit: saldo, credit: 0 },
          { accountId: product.receivableAccountId, debit: 0, credit: saldo },
        ),
      },
      ctx.actor,
      now,
    );
    sqlite
      .prepare(
        "UPDATE loans SET status = 'dihapus', closed_on = ?, close_note = ?, updated_at = ? WHERE id = ?",
      )
      .run(input.date, `Dihapusbukukan: ${input.decisionNumber}`, now, row.id);
  })();
  return getLoan(ctx, { id: row.id });
}
