import type BetterSqlite3 from 'better-sqlite3';
import type { ChainProblem, ChainReport } from '../../shared/audit/audit';
import { contract, isRequestName } from '../../shared/contract';
import type { Envelope } from '../../shared/contract/envelope';
import type { ServiceContext } from '../core/context';
import { sha256 } from '../core/snapshot';
import { hasAuditLog } from './auditTriggers';

/** prev_hash of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditLogRow {
  id: number;
  at: string;
  actor: string;
  table_name: string;
  row_id: string | null;
  action: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string | null;
  hash: string | null;
}

/** sha256(prev_hash + "\n" + the row's content as a JSON array in column order). */
export function auditRowHash(prevHash: string, row: AuditLogRow): string {
  const content = JSON.stringify([
    row.id,
    row.at,
    row.actor,
    row.table_name,
    row.row_id,
    row.action,
    row.before_json,
    row.after_json,
  ]);
  return sha256(`${prevHash}\n${content}`);
}

const COLUMNS = 'id, at, actor, table_name, row_id, action, before_json, after_json, prev_hash, hash';
const BATCH = 5000;

const hasLog = new WeakMap<BetterSqlite3.Database, boolean>();

function auditLogExists(sqlite: BetterSqlite3.Database): boolean {
  let known = hasLog.get(sqlite);
  if (known === undefined) {
    known = hasAuditLog(sqlite);
    // Only a positive answer is cached: a later migration may create the tables.
    if (known) hasLog.set(sqlite, true);
  }
  return known;
}

/**
 * Seals the unsealed newest rows, in id order, in one transaction: each row's prev_hash is the
 * previous row's hash and its hash covers prev_hash and its content. Returns how many rows.
 */
export function sealAuditLog(sqlite: BetterSqlite3.Database): number {
  if (!auditLogExists(sqlite)) return 0;
  const newest = sqlite.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { hash: string | null }
    | undefined;
  if (!newest || newest.hash !== null) return 0;
  const lastSealed = sqlite
    .prepare('SELECT id, hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1')
    .get() as { id: number; hash: string } | undefined;
  const next = sqlite.prepare(`SELECT ${COLUMNS} FROM audit_log WHERE id > ? ORDER BY id LIMIT ${BATCH}`);
  const seal = sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
  return sqlite.transaction(() => {
    let after = lastSealed?.id ?? 0;
    let prev = lastSealed?.hash ?? GENESIS_HASH;
    let count = 0;
    for (;;) {
      const rows = next.all(after) as AuditLogRow[];
      for (const row of rows) {
        const hash = auditRowHash(prev, row);
        seal.run(prev, hash, row.id);
        prev = hash;
        after = row.id;
        count++;
      }
      if (rows.length < BATCH) return count;
    }
  })();
}

/** After a request, before the next one runs: an ok write's audit rows are sealed. */
export function sealAfterRequest<E extends Envelope<unknown>>(
  ctx: ServiceContext,
  name: unknown,
  envelope: E,
): E {
  if (envelope.ok && isRequestName(name) && contract[name].write) {
    try {
      sealAuditLog(ctx.sqlite);
    } catch (err) {
      // Sealing again after the next write picks these rows up; the change itself is committed.
      console.error('Jejak audit belum dapat disegel', err);
    }
  }
  return envelope;
}

function problemText(p: Omit<ChainProblem, 'message'>, extra: string): ChainProblem {
  return { ...p, message: extra };
}

/** Walks the whole chain in id order; names where it is broken. Reads only. */
export function verifyAuditChain(sqlite: BetterSqlite3.Database): ChainReport {
  const problems: ChainProblem[] = [];
  let problemCount = 0;
  const add = (p: ChainProblem) => {
    problemCount++;
    if (problems.length < 50) problems.push(p);
  };
  let rows = 0;
  let sealed = 0;
  let unsealed = 0;
  let firstUnsealed: AuditLogRow | null = null;
  let prevId = 0;
  let prevHash = GENESIS_HASH;
  for (const row of sqlite
    .prepare(`SELECT ${COLUMNS} FROM audit_log ORDER BY id`)
    .iterate() as Iterable<AuditLogRow>) {
    rows++;
    const where = `baris jejak #${row.id} (tabel ${row.table_name}, ${row.action}, ${row.at})`;
    if (row.id !== prevId + 1) {
      const first = prevId + 1;
      const last = row.id - 1;
      const missing = row.id - prevId - 1;
      add(
        problemText(
          { kind: 'baris_hilang', id: row.id, table: row.table_name },
          `${missing} baris jejak hilang (dihapus): ${first === last ? `#${first}` : `#${first}–#${last}`}, sebelum ${where}.`,
        ),
      );
    }
    const afterUnsealed = firstUnsealed !== null;
    if (row.hash === null) {
      unsealed++;
      firstUnsealed ??= row;
      prevId = row.id;
      continue;
    }
    if (firstUnsealed) {
      // Sealing goes in id order, so an unsealed row before a sealed one lost its seal.
      add(
        problemText(
          { kind: 'segel_hilang', id: firstUnsealed.id, table: firstUnsealed.table_name },
          `Segel (hash) baris jejak #${firstUnsealed.id} (tabel ${firstUnsealed.table_name}) dihapus.`,
        ),
      );
      unsealed = 0;
      firstUnsealed = null;
    }
    sealed++;
    if (row.prev_hash !== prevHash && row.id === prevId + 1 && !afterUnsealed) {
      add(
        problemText(
          { kind: 'rantai_putus', id: row.id, table: row.table_name },
          `Rantai putus di ${where}: hash sebelumnya tidak cocok dengan baris #${prevId}.`,
        ),
      );
    }
    if (auditRowHash(row.prev_hash ?? '', row) !== row.hash) {
      add(
        problemText(
          { kind: 'isi_diubah', id: row.id, table: row.table_name },
          `Isi ${where} diubah sesudah disegel: waktu, pengguna, tabel, aksi atau isi sebelum/sesudahnya tidak cocok lagi dengan segelnya.`,
        ),
      );
    }
    prevId = row.id;
    prevHash = row.hash;
  }
  // AUTOINCREMENT remembers the highest id ever given: rows removed from the end leave a gap.
  const seq = sqlite.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").pluck().get() as
    | number
    | undefined;
  if (seq !== undefined && seq > prevId) {
    const missing = seq - prevId;
    add(
      problemText(
        { kind: 'baris_terbaru_hilang', id: seq, table: null },
        `${missing} baris jejak terbaru hilang (dihapus): #${prevId + 1}${missing > 1 ? `–#${seq}` : ''}.`,
      ),
    );
  }
  return {
    ok: problemCount === 0,
    rows,
    sealed,
    unsealed,
    firstBreak: problems[0] ?? null,
    problems,
    problemCount,
  };
}
