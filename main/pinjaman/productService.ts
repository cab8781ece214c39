import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { type ClassTableDef, validateClassTable } from '../../shared/pinjaman/kolektibilitas';
import type { ClassTable, LoanProduct } from '../../shared/pinjaman/loans';
import type { LoanTerms } from '../../shared/pinjaman/terms';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';

interface ProductRow {
  id: number;
  code: string;
  name: string;
  terms: string;
  receivable_account_id: number;
  jasa_account_id: number;
  denda_account_id: number;
  active: number;
}

function toProduct(r: ProductRow): LoanProduct {
  return {
    id: r.id,
    code: r.code,
    name: r.name,
    terms: JSON.parse(r.terms) as LoanTerms,
    receivableAccountId: r.receivable_account_id,
    jasaAccountId: r.jasa_account_id,
    dendaAccountId: r.denda_account_id,
    active: r.active === 1,
  };
}

export function readProduct(sqlite: BetterSqlite3.Database, id: number): LoanProduct {
  const row = sqlite.prepare('SELECT * FROM loan_products WHERE id = ?').get(id) as ProductRow | undefined;
  if (!row) throw notFound('Produk pinjaman');
  return toProduct(row);
}

export function listProducts(ctx: ServiceContext): LoanProduct[] {
  return (ctx.sqlite.prepare('SELECT * FROM loan_products ORDER BY code').all() as ProductRow[]).map(
    toProduct,
  );
}

function assertLeaf(sqlite: BetterSqlite3.Database, accountId: number, field: string, what: string): void {
  const ok = sqlite
    .prepare(
      'SELECT 1 FROM accounts a WHERE id = ? AND active = 1 AND NOT EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = a.id)',
    )
    .get(accountId);
  if (!ok)
    throw new AppError('VALIDATION', `${what} harus akun rinci yang aktif.`, { [field]: 'Pilih akun rinci' });
}

export function saveProduct(ctx: ServiceContext, input: ParsedInputOf<'loanProduct.save'>): LoanProduct[] {
  const { sqlite } = ctx;
  assertLeaf(sqlite, input.receivableAccountId, 'receivableAccountId', 'Akun piutang');
  assertLeaf(sqlite, input.jasaAccountId, 'jasaAccountId', 'Akun pendapatan jasa');
  assertLeaf(sqlite, input.dendaAccountId, 'dendaAccountId', 'Akun pendapatan denda');
  const now = nowIso(ctx);
  const values = [
    input.code,
    input.name,
    JSON.stringify(input.terms),
    input.receivableAccountId,
    input.jasaAccountId,
    input.dendaAccountId,
  ];
  try {
    if (input.id === undefined) {
      sqlite
        .prepare(
          `INSERT INTO loan_products (code, name, terms, receivable_account_id, jasa_account_id, denda_account_id, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...values, now, now);
    } else {
      const changed = sqlite
        .prepare(
          `UPDATE loan_products SET code = ?, name = ?, terms = ?, receivable_account_id = ?, jasa_account_id = ?,
             denda_account_id = ?, updated_at = ? WHERE id = ?`,
        )
        .run(...values, now, input.id).changes;
      if (changed === 0) throw notFound('Produk pinjaman');
    }
  } catch (error) {
    if (error instanceof Error && /UNIQUE/.test(error.message))
      throw conflict(`Kode produk ${input.code} sudah dipakai.`, { code: 'Sudah dipakai' });
    throw error;
  }
  return listProducts(ctx);
}

interface TableRow {
  id: number;
  name: string;
  classes: string;
  created_at: string;
}

function toTable(r: TableRow): ClassTable {
  const def = JSON.parse(r.classes) as Omit<ClassTableDef, 'name'>;
  const table: ClassTable = {
    id: r.id,
    name: r.name,
    basis: def.basis,
    classes: def.classes,
    createdAt: r.created_at,
  };
  if (def.source) table.source = def.source;
  return table;
}

/** A class table by id (any version, current or not); nothing is changed. */
export function classTableById(sqlite: BetterSqlite3.Database, id: number): ClassTable {
  const row = sqlite.prepare('SELECT * FROM class_tables WHERE id = ?').get(id) as TableRow | undefined;
  if (!row) throw notFound('Tabel kolektibilitas');
  return toTable(row);
}

export function currentClassTable(sqlite: BetterSqlite3.Database): ClassTable {
  const id = Number(
    sqlite.prepare("SELECT value FROM app_settings WHERE key = 'loans.classTableId'").pluck().get() ?? 1,
  );
  const row = sqlite.prepare('SELECT * FROM class_tables WHERE id = ?').get(id) as TableRow | undefined;
  if (!row) throw new AppError('INTERNAL', 'Tabel kolektibilitas yang dipilih tidak ada.');
  return toTable(row);
}

export function listClassTables(ctx: ServiceContext): { tables: ClassTable[]; currentId: number } {
  const tables = (ctx.sqlite.prepare('SELECT * FROM class_tables ORDER BY id DESC').all() as TableRow[]).map(
    toTable,
  );
  return { tables, currentId: currentClassTable(ctx.sqlite).id };
}

function setCurrent(sqlite: BetterSqlite3.Database, id: number, now: string): void {
  sqlite
    .prepare(
      `INSERT INTO app_settings (key, value, updated_at) VALUES ('loans.classTableId', ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(String(id), now);
}

export function saveClassTable(
  ctx: ServiceContext,
  input: ParsedInputOf<'classTable.save'>,
): { tables: ClassTable[]; currentId: number } {
  const errors = validateClassTable(input);
  if (errors.length > 0)
    throw new AppError('VALIDATION', `Tabel kolektibilitas belum benar: ${errors.join(' ')}`, {
      classes: errors[0] ?? '',
    });
  const now = nowIso(ctx);
  ctx.sqlite.transaction(() => {
    const id = Number(
      ctx.sqlite
        .prepare('INSERT INTO class_tables (name, classes, created_by, created_at) VALUES (?, ?, ?, ?)')
        .run(input.name, JSON.stringify({ basis: input.basis, classes: input.classes }), ctx.actor, now)
        .lastInsertRowid,
    );
    setCurrent(ctx.sqlite, id, now);
  })();
  return listClassTables(ctx);
}

export function setCurrentClassTable(
  ctx: ServiceContext,
  input: { id: number },
): { tables: ClassTable[]; currentId: number } {
  if (!ctx.sqlite.prepare('SELECT 1 FROM class_tables WHERE id = ?').get(input.id))
    throw notFound('Tabel kolektibilitas');
  setCurrent(ctx.sqlite, input.id, nowIso(ctx));
  return listClassTables(ctx);
}
