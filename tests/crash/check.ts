// The crash test's checker: opens the database a killed worker left behind and checks it against
// what the worker acknowledged. Returns the list of failures (empty = all good) and what it counted.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backupFolderFor, checkBackupFile, listBackups } from '../../main/backup/backupFiles';
import { sha256 } from '../../main/core/snapshot';
import { IMPORT_MARK, JOURNAL_MARK } from './marks';

export interface Ack {
  op: string;
  id?: number;
  bukti?: string;
  batch?: string;
  rows?: number;
  path?: string;
}

export interface CheckResult {
  failures: string[];
  checks: number;
  counts: Record<string, number>;
}

interface DocRow {
  id: number;
  status: string;
  number: string | null;
  snapshot: string | null;
  snapshot_hash: string | null;
  finalised_at: string | null;
  instant?: string;
}

export function checkDatabase(dbPath: string, acks: Ack[], lastAckedBackup?: string): CheckResult {
  const failures: string[] = [];
  let checks = 0;
  const expect = (ok: boolean, message: string) => {
    checks++;
    if (!ok) failures.push(message);
  };
  const db = new BetterSqlite3(dbPath, { fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true }) === 'ok', 'integrity_check is not ok');
    expect((db.pragma('foreign_key_check') as unknown[]).length === 0, 'foreign_key_check found rows');

    // No acknowledged journal entry lost.
    const entry = db.prepare('SELECT bukti FROM journal_entries WHERE id = ?').pluck();
    for (const a of acks.filter((x) => x.op === 'journal')) {
      expect(entry.get(a.id) === a.bukti, `journal entry ${a.id} (${a.bukti}) acknowledged but missing`);
    }

    // Imports: every batch all-or-nothing; acknowledged batches all there.
    const batches = db
      .prepare(
        `SELECT substr(description, 11) AS tag, count(*) AS n FROM journal_entries
          WHERE bukti LIKE ? GROUP BY tag`,
      )
      .all(`${IMPORT_MARK}%`) as Array<{ tag: string; n: number }>;
    for (const b of batches) {
      const [batch = '', rows = ''] = b.tag.split(' /');
      expect(b.n === Number(rows), `import ${batch}: ${b.n} of ${rows} rows (half an import)`);
    }
    for (const a of acks.filter((x) => x.op === 'import')) {
      const found = batches.find((b) => b.tag === `${a.batch} /${a.rows}`);
      expect(
        found?.n === a.rows,
        `import ${a.batch} acknowledged but has ${found?.n ?? 0} of ${a.rows} rows`,
      );
    }

    // Finalisation: all of number + snapshot + hash (+ ledger lock for exams), or none.
    const locked = db.prepare('SELECT 1 FROM ledger_locks WHERE locked_until >= ?').pluck();
    const docs = (kind: string, sql: string) => {
      for (const d of db.prepare(sql).all() as DocRow[]) {
        const parts = [d.number, d.snapshot, d.snapshot_hash, d.finalised_at];
        if (d.status === 'draft') {
          expect(
            parts.every((p) => p === null),
            `${kind} ${d.id}: draft with part of a finalisation`,
          );
        } else {
          expect(
            parts.every((p) => p !== null),
            `${kind} ${d.id}: final without number/snapshot/hash`,
          );
          expect(
            d.snapshot !== null && sha256(d.snapshot) === d.snapshot_hash,
            `${kind} ${d.id}: hash mismatch`,
          );
          if (d.instant) expect(locked.get(d.instant) === 1, `${kind} ${d.id}: final but no ledger lock`);
        }
      }
      const status = db.prepare(`SELECT status FROM ${kind} WHERE id = ?`).pluck();
      for (const a of acks.filter((x) => x.op === (kind === 'examinations' ? 'exam' : 'praAudit'))) {
        expect(status.get(a.id) === 'final', `${kind} ${a.id} acknowledged as final but is not`);
      }
    };
    docs(
      'examinations',
      `SELECT id, status, number, snapshot, snapshot_hash, finalised_at,
              exam_date || ' ' || exam_time AS instant FROM examinations`,
    );
    docs('pra_audits', 'SELECT id, status, number, snapshot, snapshot_hash, finalised_at FROM pra_audits');

    const count = (sql: string, ...args: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...args) as number;
    const counts = {
      journalEntries: count('SELECT count(*) FROM journal_entries WHERE bukti LIKE ?', `${JOURNAL_MARK}%`),
      importedRows: count('SELECT count(*) FROM journal_entries WHERE bukti LIKE ?', `${IMPORT_MARK}%`),
      finalExams: count(`SELECT count(*) FROM examinations WHERE status != 'draft'`),
      finalPraAudits: count(`SELECT count(*) FROM pra_audits WHERE status != 'draft'`),
      backups: 0,
    };

    // The newest backup (complete names only; a killed backup leaves at most a `.sementara` file).
    const folder = backupFolderFor(dbPath);
    const backups = listBackups(folder);
    counts.backups = backups.length;
    const checkFile = (file: string, label: string) => {
      let error = '';
      try {
        checkBackupFile(file);
      } catch (err) {
        error = err instanceof Error ? err.message : String(err);
      }
      expect(error === '', `${label} ${file} fails its check: ${error}`);
    };
    const newest = backups[0];
    if (newest) checkFile(path.join(folder, newest.fileName), 'newest backup');
    // Retention keeps the newest 10, so the last acknowledged backup must still be there.
    if (lastAckedBackup) checkFile(lastAckedBackup, 'acknowledged backup');
    return { failures, checks, counts };
  } finally {
    db.close();
  }
}
