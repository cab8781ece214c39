import type BetterSqlite3 from 'better-sqlite3';

/** Running totals of one account's live (not voided) lines. */
export interface Totals {
  debit: number;
  credit: number;
  lines: number;
}

export const ZERO: Totals = { debit: 0, credit: 0, lines: 0 };

export function net(t: Totals): number {
  return t.debit - t.credit;
}

export function addTotals(a: Totals, b: Totals): Totals {
  return { debit: a.debit + b.debit, credit: a.credit + b.credit, lines: a.lines + b.lines };
}

export interface BookPosition {
  date: string;
  time: string;
  entryId: number;
  lineId: number;
}

/**
 * Balances come from daily checkpoints (account_daily) plus the lines of one day, so their cost
 * does not grow with the size of the book.
 */
export interface Checkpoints {
  /** Totals of every line stamped at or before (inclusive) or strictly before date+time. */
  totalsAt(accountId: number, date: string, time: string, inclusive: boolean): Totals;
  /** Totals of the lines strictly before a book position. */
  totalsBefore(accountId: number, pos: BookPosition): Totals;
  /** Recomputes one account's checkpoints from a day on (after any write touching that day). */
  rebuildFrom(accountId: number, fromDay: string): void;
}

const cache = new WeakMap<BetterSqlite3.Database, Checkpoints>();

const DAY_SUM = `SELECT COALESCE(SUM(debit), 0) AS debit, COALESCE(SUM(credit), 0) AS credit, COUNT(*) AS lines
  FROM journal_lines WHERE account_id = ? AND entry_date = ? AND voided = 0`;

export function checkpoints(sqlite: BetterSqlite3.Database): Checkpoints {
  const known = cache.get(sqlite);
  if (known) return known;
  const lastBefore = sqlite.prepare(
    `SELECT cum_debit AS debit, cum_credit AS credit, cum_lines AS lines FROM account_daily
     WHERE account_id = ? AND day < ? ORDER BY day DESC LIMIT 1`,
  );
  const dayIncl = sqlite.prepare(`${DAY_SUM} AND entry_time <= ?`);
  const dayExcl = sqlite.prepare(`${DAY_SUM} AND entry_time < ?`);
  const dayBeforePos = sqlite.prepare(`${DAY_SUM} AND (entry_time, entry_id, id) < (?, ?, ?)`);
  const deleteFrom = sqlite.prepare('DELETE FROM account_daily WHERE account_id = ? AND day >= ?');
  const insertFrom = sqlite.prepare(
    `INSERT INTO account_daily (account_id, day, cum_debit, cum_credit, cum_lines)
     SELECT ?, entry_date,
       ? + SUM(SUM(debit)) OVER w, ? + SUM(SUM(credit)) OVER w, ? + SUM(COUNT(*)) OVER w
     FROM journal_lines WHERE account_id = ? AND entry_date >= ? AND voided = 0
     GROUP BY entry_date WINDOW w AS (ORDER BY entry_date)`,
  );
  const before = (accountId: number, day: string): Totals =>
    (lastBefore.get(accountId, day) as Totals | undefined) ?? ZERO;

  const api: Checkpoints = {
    totalsAt(accountId, date, time, inclusive) {
      return addTotals(
        before(accountId, date),
        (inclusive ? dayIncl : dayExcl).get(accountId, date, time) as Totals,
      );
    },
    totalsBefore(accountId, pos) {
      const day = dayBeforePos.get(accountId, pos.date, pos.time, pos.entryId, pos.lineId) as Totals;
      return addTotals(before(accountId, pos.date), day);
    },
    rebuildFrom(accountId, fromDay) {
      const base = before(accountId, fromDay);
      deleteFrom.run(accountId, fromDay);
      insertFrom.run(accountId, base.debit, base.credit, base.lines, accountId, fromDay);
    },
  };
  cache.set(sqlite, api);
  return api;
}
