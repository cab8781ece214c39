import type BetterSqlite3 from 'better-sqlite3';
import type { Instalment } from '../../shared/pinjaman/schedule';

/** Groups raw rows (first column = loan id, sorted by it) into per-loan lists, in one pass. */
export function groupRaw<T>(
  statement: BetterSqlite3.Statement,
  make: (row: unknown[]) => T,
): Map<number, T[]> {
  const map = new Map<number, T[]>();
  let currentId = -1;
  let current: T[] = [];
  for (const row of statement.iterate() as Iterable<unknown[]>) {
    const id = row[0] as number;
    if (id !== currentId) {
      currentId = id;
      current = [];
      map.set(id, current);
    }
    current.push(make(row));
  }
  return map;
}

interface Cached {
  fingerprint: string;
  schedules: Map<number, Instalment[]>;
}

/** Per connection (a restore opens a new one, so its cache starts empty). */
const cache = new WeakMap<BetterSqlite3.Database, Cached>();

/**
 * The instalment plans of every disbursed loan, by loan id. A disbursed loan's plan never changes
 * (triggers refuse updates and deletes), so the plans are read once and kept until a loan is disbursed,
 * added or a plan row appears — the three counts below change whenever that happens. Reading 100 000+
 * plan rows is most of a portfolio's cost; the reports at other dates and under other tables reuse them.
 */
export function disbursedSchedules(sqlite: BetterSqlite3.Database): Map<number, Instalment[]> {
  const fingerprint = JSON.stringify(
    sqlite
      .prepare(
        `SELECT (SELECT COUNT(*) FROM loan_schedule), (SELECT COUNT(*) FROM loans WHERE disbursed_on IS NOT NULL),
           (SELECT MAX(id) FROM loans)`,
      )
      .raw()
      .get(),
  );
  const hit = cache.get(sqlite);
  if (hit && hit.fingerprint === fingerprint) return hit.schedules;
  const schedules = groupRaw<Instalment>(
    sqlite
      .prepare(
        `SELECT s.loan_id, s.no, s.due_date, s.pokok, s.jasa FROM loan_schedule s
         JOIN loans l ON l.id = s.loan_id WHERE l.disbursed_on IS NOT NULL ORDER BY s.loan_id, s.no`,
      )
      .raw(),
    (r) => ({ no: r[1] as number, dueDate: r[2] as string, pokok: r[3] as number, jasa: r[4] as number }),
  );
  cache.set(sqlite, { fingerprint, schedules });
  return schedules;
}
