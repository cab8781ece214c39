import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { parseRupiah } from '../../shared/format/money';
import type { BookCursor, BookPage, BookRow, LockState } from '../../shared/ledger/books';
import { AppError, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { accountLabel, toAccount } from './accountsService';
import { addTotals, type BookPosition, checkpoints, net, type Totals, ZERO } from './checkpoints';
import { insertLock } from './lockDigest';
import { lockState, stamp } from './locks';

export type BookQuery = ParsedInputOf<'books.page'>['query'];

export interface BookScope {
  title: string;
  accountLabel: string;
  accountIds: number[];
  /** +1 for debit-normal books, −1 for credit-normal ones: saldo is shown on the normal side. */
  sign: 1 | -1;
  bku: boolean;
}

export function bookScope(sqlite: BetterSqlite3.Database, q: BookQuery): BookScope {
  if (q.bku) {
    const ids = sqlite
      .prepare('SELECT id FROM accounts WHERE money_kind IS NOT NULL ORDER BY code')
      .pluck()
      .all() as number[];
    return {
      title: 'BUKU KAS UMUM',
      accountLabel: 'Semua kas dan rekening bank',
      accountIds: ids,
      sign: 1,
      bku: true,
    };
  }
  const row = sqlite.prepare('SELECT * FROM accounts WHERE id = ?').get(q.accountId);
  if (!row) throw notFound('Rekening');
  const account = toAccount(row as Parameters<typeof toAccount>[0]);
  const title =
    account.money?.kind === 'bank' ? 'BUKU BANK' : account.money?.kind === 'kas' ? 'BUKU KAS' : 'BUKU BESAR';
  return {
    title,
    accountLabel: accountLabel(account),
    accountIds: [account.id],
    sign: account.normalSide === 'D' ? 1 : -1,
    bku: false,
  };
}

function sumOver(ids: number[], f: (id: number) => Totals): Totals {
  return ids.reduce((acc, id) => addTotals(acc, f(id)), ZERO);
}

interface LineRow {
  id: number;
  entry_id: number;
  entry_date: string;
  entry_time: string;
  debit: number;
  credit: number;
  voided: number;
  bukti: string;
  description: string;
  account_name: string;
}

function searchClause(search: string | null): { sql: string; params: (string | number)[] } {
  if (!search) return { sql: '', params: [] };
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const amount = parseRupiah(search);
  const params: (string | number)[] = [like, like];
  let sql = " AND (e.description LIKE ? ESCAPE '\\' OR e.bukti LIKE ? ESCAPE '\\'";
  if (amount.ok && amount.sen > 0) {
    sql += ' OR l.debit = ? OR l.credit = ?';
    params.push(amount.sen, amount.sen);
  }
  return { sql: `${sql})`, params };
}

/** One page of a book, in journal order, with the running saldo; keyset-paged in SQL. */
export function bookPage(
  sqlite: BetterSqlite3.Database,
  q: BookQuery,
  after: BookCursor | null,
  limit: number,
): BookPage {
  const scope = bookScope(sqlite, q);
  const cp = checkpoints(sqlite);
  const ids = scope.accountIds;
  const opening = sumOver(ids, (id) => cp.totalsAt(id, q.from, '00:00', false));
  const closing = sumOver(ids, (id) => cp.totalsAt(id, q.to, '23:59', true));
  const base = {
    title: scope.title,
    accountLabel: scope.accountLabel,
    openingBalance: scope.sign * net(opening),
    totalDebit: closing.debit - opening.debit,
    totalCredit: closing.credit - opening.credit,
    closingBalance: scope.sign * net(closing),
    rowCount: q.search ? null : closing.lines - opening.lines,
  };
  if (ids.length === 0) return { ...base, rows: [], next: null };

  const search = searchClause(q.search);
  const keyset = after ? ' AND (l.entry_date, l.entry_time, l.entry_id, l.id) > (?, ?, ?, ?)' : '';
  const keyParams = after ? [after.date, after.time, after.entryId, after.lineId] : [];
  const rows = sqlite
    .prepare(
      `SELECT l.id, l.entry_id, l.entry_date, l.entry_time, l.debit, l.credit, l.voided,
         e.bukti, e.description, a.name AS account_name
       FROM journal_lines l
       JOIN journal_entries e ON e.id = l.entry_id
       JOIN accounts a ON a.id = l.account_id
       WHERE l.account_id IN (${ids.map(() => '?').join(',')})
         AND l.entry_date >= ? AND l.entry_date <= ?${keyset}${search.sql}
       ORDER BY l.entry_date, l.entry_time, l.entry_id, l.id
       LIMIT ?`,
    )
    // The lower date bound is the later of the period start and the cursor's day: SQLite uses the
    // plain date range for the index seek, so the row-value comparison only filters one day.
    .all(
      ...ids,
      after && after.date > q.from ? after.date : q.from,
      q.to,
      ...keyParams,
      ...search.params,
      limit + 1,
    ) as LineRow[];
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;

  const position = (r: LineRow): BookPosition => ({
    date: r.entry_date,
    time: r.entry_time,
    entryId: r.entry_id,
    lineId: r.id,
  });
  const balanceBefore = (r: LineRow) =>
    scope.sign * net(sumOver(ids, (id) => cp.totalsBefore(id, position(r))));
  let running = page[0] ? balanceBefore(page[0]) : 0;
  const out: BookRow[] = page.map((r) => {
    // A search skips rows, so each shown row takes its saldo from the checkpoints.
    if (q.search) running = balanceBefore(r);
    if (r.voided === 0) running += scope.sign * (r.debit - r.credit);
    return {
      entryId: r.entry_id,
      lineId: r.id,
      date: r.entry_date,
      time: r.entry_time,
      bukti: r.bukti,
      description: r.description,
      accountName: r.account_name,
      debit: r.debit,
      credit: r.credit,
      balance: running,
      voided: r.voided === 1,
    };
  });
  const last = page.at(-1);
  return { ...base, rows: out, next: more && last ? position(last) : null };
}

export function balanceAt(ctx: ServiceContext, input: ParsedInputOf<'books.balanceAt'>): { balance: number } {
  const row = ctx.sqlite.prepare('SELECT normal_side FROM accounts WHERE id = ?').get(input.accountId) as
    | { normal_side: 'D' | 'K' }
    | undefined;
  if (!row) throw notFound('Akun');
  const totals = checkpoints(ctx.sqlite).totalsAt(
    input.accountId,
    input.date,
    input.time,
    input.moment === 'sesudah',
  );
  return { balance: (row.normal_side === 'D' ? 1 : -1) * net(totals) };
}

export function getLockState(ctx: ServiceContext): LockState {
  return lockState(ctx.sqlite);
}

export function lockUntil(ctx: ServiceContext, input: ParsedInputOf<'books.lock'>): LockState {
  const current = lockState(ctx.sqlite);
  if (
    current.lockedUntil &&
    stamp(input.date, input.time) <= stamp(current.lockedUntil.date, current.lockedUntil.time)
  ) {
    throw new AppError('CONFLICT', 'Periode itu sudah terkunci.', { date: 'Sudah terkunci' });
  }
  ctx.sqlite.transaction(() =>
    insertLock(ctx.sqlite, stamp(input.date, input.time), input.reason, ctx.actor, nowIso(ctx)),
  )();
  return lockState(ctx.sqlite);
}
