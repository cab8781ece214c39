import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { dropAuditTriggers } from '../audit/auditTriggers';
import { DatabaseOpenError } from './errors';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** 'AUPK' — marks a SQLite file as an Audit UPK database. */
export const APPLICATION_ID = 0x4155504b;

export interface MigrationResult {
  from: number;
  to: number;
  backupPath: string | null;
}

function tableCount(sqlite: BetterSqlite3.Database): number {
  return sqlite
    .prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'`)
    .pluck()
    .get() as number;
}

export function schemaVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/**
 * Refuses files this app must not touch: another program's database, or one written by a newer
 * Audit UPK (its schema is unknown to us; changing it could lose data).
 */
export function checkCompatible(sqlite: BetterSqlite3.Database, migrations: readonly Migration[]): void {
  const appId = sqlite.pragma('application_id', { simple: true }) as number;
  if (appId !== APPLICATION_ID && tableCount(sqlite) > 0) {
    throw new DatabaseOpenError(
      'not-audit-upk',
      'Berkas ini bukan database Audit UPK. Pilih berkas lain; berkas ini tidak diubah.',
    );
  }
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(sqlite);
  if (current > latest) {
    throw new DatabaseOpenError(
      'too-new',
      `Database ini dibuat oleh Audit UPK versi yang lebih baru (skema ${current}, aplikasi ini mengenal sampai ${latest}). ` +
        'Perbarui aplikasi untuk membukanya; berkas ini tidak diubah.',
    );
  }
}

export function backupPathFor(dbPath: string, fromVersion: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const dir = path.dirname(dbPath);
  return path.join(dir, `${path.basename(dbPath)}.sebelum-migrasi-v${fromVersion}-${stamp}.bak`);
}

/**
 * Applies pending migrations, each in its own transaction together with its record. An existing
 * database is first copied with SQLite's online backup API, next to the file.
 */
export async function migrate(
  sqlite: BetterSqlite3.Database,
  opts: { migrations: readonly Migration[]; dbPath: string; appVersion: string; now?: () => Date },
): Promise<MigrationResult> {
  const now = opts.now ?? (() => new Date());
  checkCompatible(sqlite, opts.migrations);
  const from = schemaVersion(sqlite);
  const pending = opts.migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  let backupPath: string | null = null;
  if (from > 0 && opts.dbPath !== ':memory:') {
    backupPath = backupPathFor(opts.dbPath, from, now());
    await sqlite.backup(backupPath);
  }

  sqlite.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, app_version TEXT NOT NULL
  ) STRICT`);
  const record = sqlite.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at, app_version) VALUES (?, ?, ?, ?)',
  );
  dropAuditTriggers(sqlite); // regenerated after the migrations (ensureAuditTriggers)
  for (const migration of pending) {
    sqlite.transaction(() => {
      sqlite.exec(migration.sql);
      record.run(migration.version, migration.name, now().toISOString(), opts.appVersion);
      sqlite.pragma(`application_id = ${APPLICATION_ID}`);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: schemaVersion(sqlite), backupPath };
}
