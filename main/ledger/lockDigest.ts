import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { lockState, stamp } from './locks';

/** `YYYY-MM-DD HH:MM` → [date, time]. */
function split(at: string): [string, string] {
  const [date = '', time = ''] = at.split(' ');
  return [date, time];
}

const ENTRY_COLUMNS = `id, entry_date, entry_time, bukti, description, desa_id, kind, voided, void_reason,
  reverses_entry_id, import_batch, created_by, created_at, updated_by, updated_at, voided_by, voided_at`;
const LINE_COLUMNS = 'id, entry_id, account_id, debit, credit, entry_date, entry_time, voided';

/**
 * SHA-256 of every journal entry and line stamped after `from` (exclusive; null = the beginning)
 * up to `until` (inclusive), each row in id order as a JSON array of all its columns. A lock stores
 * the digest of the stretch it closes; recomputing it shows any change made since.
 */
export function journalDigest(sqlite: BetterSqlite3.Database, from: string | null, until: string): string {
  const [fromDate, fromTime] = from ? split(from) : ['', ''];
  const [untilDate, untilTime] = split(until);
  const range = `(entry_date, entry_time) > (?, ?) AND (entry_date, entry_time) <= (?, ?)`;
  const hash = createHash('sha256');
  for (const [label, columns, table] of [
    ['entry', ENTRY_COLUMNS, 'journal_entries'],
    ['line', LINE_COLUMNS, 'journal_lines'],
  ] as const) {
    const rows = sqlite
      .prepare(`SELECT ${columns} FROM ${table} WHERE ${range} ORDER BY id`)
      .raw()
      .iterate(fromDate, fromTime, untilDate, untilTime) as Iterable<unknown[]>;
    for (const row of rows) hash.update(`${label}${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

/** Inserts a lock up to `until` with the digest of the stretch it closes; call inside the write's transaction. */
export function insertLock(
  sqlite: BetterSqlite3.Database,
  until: string,
  reason: string,
  actor: string,
  now: string,
): number {
  const current = lockState(sqlite).lockedUntil;
  const from = current ? stamp(current.date, current.time) : null;
  const made = sqlite
    .prepare(
      'INSERT INTO ledger_locks (locked_until, reason, created_by, created_at, digest) VALUES (?, ?, ?, ?, ?)',
    )
    .run(until, reason, actor, now, journalDigest(sqlite, from, until));
  return Number(made.lastInsertRowid);
}

export interface LockRow {
  id: number;
  locked_until: string;
  reason: string;
  created_at: string;
  digest: string | null;
}

/** Every lock in id order with the stamp where its stretch begins (the latest earlier lock). */
export function locksWithStart(sqlite: BetterSqlite3.Database): { lock: LockRow; from: string | null }[] {
  const locks = sqlite
    .prepare('SELECT id, locked_until, reason, created_at, digest FROM ledger_locks ORDER BY id')
    .all() as LockRow[];
  let from: string | null = null;
  return locks.map((lock) => {
    const item = { lock, from };
    if (from === null || lock.locked_until > from) from = lock.locked_until;
    return item;
  });
}

/**
 * Locks made before migration 008 get their digest now (the earliest moment the app can): the
 * update is audited and sealed like any change, and recorded as a system event.
 */
export function backfillLockDigests(sqlite: BetterSqlite3.Database, now: string): number {
  const hasDigest = sqlite
    .prepare("SELECT count(*) FROM pragma_table_info('ledger_locks') WHERE name = 'digest'")
    .pluck()
    .get();
  if (hasDigest !== 1) return 0; // opened with migrations before 008 (tests of older files)
  const missing = locksWithStart(sqlite).filter(({ lock }) => lock.digest === null);
  if (missing.length === 0) return 0;
  sqlite.transaction(() => {
    const set = sqlite.prepare('UPDATE ledger_locks SET digest = ? WHERE id = ?');
    for (const { lock, from } of missing) set.run(journalDigest(sqlite, from, lock.locked_until), lock.id);
    sqlite
      .prepare(
        "INSERT INTO system_events (at, actor, kind, detail) VALUES (?, 'sistem', 'sidik_kunci_dibuat', ?)",
      )
      .run(
        now,
        `Sidik jurnal dibuat untuk ${missing.length} kunci periode lama (sebelum pembaruan aplikasi).`,
      );
  })();
  return missing.length;
}
