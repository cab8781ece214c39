import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import type { Loan, LoanSummary } from '../../shared/pinjaman/loans';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { LOAN_SELECT, type LoanRow, loanRow, readLoan, summarise } from './loanRead';
import { readProduct } from './productService';

export function today(ctx: ServiceContext): string {
  return officeToday(ctx.sqlite, ctx.now());
}

export function getLoan(ctx: ServiceContext, input: { id: number; asOf?: string }): Loan {
  return readLoan(ctx.sqlite, input.id, input.asOf ?? today(ctx));
}

export function listLoans(ctx: ServiceContext, input: ParsedInputOf<'loan.list'>): LoanSummary[] {
  const rows = ctx.sqlite
    .prepare(
      `${LOAN_SELECT} ${input.kelompokId === undefined ? '' : 'WHERE l.kelompok_id = ?'} ORDER BY d.name, k.name, l.id`,
    )
    .all(...(input.kelompokId === undefined ? [] : [input.kelompokId])) as LoanRow[];
  const asOf = input.asOf ?? today(ctx);
  return rows.map((r) => summarise(ctx.sqlite, r, asOf));
}

export function nextNumber(sqlite: BetterSqlite3.Database, code: string, date: string): string {
  const prefix = `${code}-${date.slice(0, 4)}-`;
  const used = sqlite
    .prepare('SELECT COUNT(*) FROM loans WHERE number LIKE ?')
    .pluck()
    .get(`${prefix}%`) as number;
  return `${prefix}${String(used + 1).padStart(4, '0')}`;
}

export function proposeLoan(ctx: ServiceContext, input: ParsedInputOf<'loan.propose'>): Loan {
  const { sqlite } = ctx;
  const kelompok = sqlite.prepare('SELECT active FROM kelompok WHERE id = ?').pluck().get(input.kelompokId);
  if (kelompok !== 1)
    throw new AppError('VALIDATION', 'Kelompok tidak ditemukan atau nonaktif.', {
      kelompokId: 'Pilih kelompok aktif',
    });
  const product = readProduct(sqlite, input.productId);
  if (!product.active)
    throw new AppError('VALIDATION', 'Produk pinjaman ini nonaktif.', { productId: 'Pilih produk aktif' });
  if (input.members.length > 0) {
    const own = new Set(
      sqlite
        .prepare('SELECT id FROM anggota WHERE kelompok_id = ?')
        .pluck()
        .all(input.kelompokId) as number[],
    );
    if (input.members.some((m) => !own.has(m.anggotaId))) {
      throw new AppError('VALIDATION', 'Anggota harus dari kelompok peminjam.', {
        members: 'Anggota kelompok lain',
      });
    }
    const sum = input.members.reduce((s, m) => s + m.amount, 0);
    if (sum !== input.amount) {
      throw new AppError('VALIDATION', 'Jumlah alokasi anggota harus sama dengan jumlah pinjaman.', {
        members: 'Jumlah tidak sama',
      });
    }
  }
  const now = nowIso(ctx);
  const id = sqlite.transaction(() => {
    const loanId = Number(
      sqlite
        .prepare(
          `INSERT INTO loans (number, kelompok_id, product_id, status, amount, terms, purpose, proposed_on, created_by, created_at, updated_at)
           VALUES (?, ?, ?, 'usulan', ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          nextNumber(sqlite, product.code, input.proposedOn),
          input.kelompokId,
          product.id,
          input.amount,
          JSON.stringify(product.terms),
          input.purpose,
          input.proposedOn,
          ctx.actor,
          now,
          now,
        ).lastInsertRowid,
    );
    const member = sqlite.prepare('INSERT INTO loan_members (loan_id, anggota_id, amount) VALUES (?, ?, ?)');
    for (const m of input.members) member.run(loanId, m.anggotaId, m.amount);
    return loanId;
  })();
  return getLoan(ctx, { id });
}

/** Moves a loan one step, refusing out-of-order steps and dates before the previous step. */
function step(
  ctx: ServiceContext,
  id: number,
  from: Loan['status'][],
  to: Loan['status'],
  date: string,
  sets: Record<string, string | null>,
): Loan {
  const row = loanRow(ctx.sqlite, id);
  if (!from.includes(row.status)) {
    throw conflict(`Pinjaman berstatus ${row.status}; langkah ini tidak dapat dilakukan sekarang.`);
  }
  const previous = row.approved_on ?? row.verified_on ?? row.proposed_on;
  if (date < previous) {
    throw new AppError('VALIDATION', 'Tanggal tidak boleh sebelum langkah sebelumnya.', {
      date: 'Terlalu awal',
    });
  }
  const columns = Object.keys(sets);
  ctx.sqlite
    .prepare(
      `UPDATE loans SET status = ?, ${columns.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`,
    )
    .run(to, ...columns.map((c) => sets[c] ?? null), nowIso(ctx), id);
  return getLoan(ctx, { id });
}

export function verifyLoan(ctx: ServiceContext, input: ParsedInputOf<'loan.verify'>): Loan {
  return step(ctx, input.id, ['usulan'], 'diverifikasi', input.date, { verified_on: input.date });
}

export function approveLoan(ctx: ServiceContext, input: ParsedInputOf<'loan.approve'>): Loan {
  return step(ctx, input.id, ['diverifikasi'], 'disetujui', input.date, {
    approved_on: input.date,
    decision_number: input.decisionNumber,
  });
}

export function rejectLoan(ctx: ServiceContext, input: ParsedInputOf<'loan.reject'>): Loan {
  return step(ctx, input.id, ['usulan', 'diverifikasi', 'disetujui'], 'ditolak', input.date, {
    closed_on: input.date,
    close_note: input.reason,
  });
}
