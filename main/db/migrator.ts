import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
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
  verifyAppliedMigrations(sqlite, migrations);
}

/** SHA-256 of a migration's SQL: what it did to every database it was applied to. */
export function migrationChecksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql, 'utf8').digest('hex');
}

const appliedRows = z.array(
  z.object({ version: z.number(), name: z.string(), checksum: z.string().nullable() }),
);
type AppliedRow = z.infer<typeof appliedRows>[number];

function hasChecksumColumn(sqlite: BetterSqlite3.Database): boolean {
  return (
    sqlite
      .prepare(`SELECT count(*) FROM pragma_table_info('schema_migrations') WHERE name = 'checksum'`)
      .pluck()
      .get() !== 0
  );
}

function appliedMigrations(sqlite: BetterSqlite3.Database): AppliedRow[] {
  const exists = sqlite
    .prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'`)
    .pluck()
    .get();
  if (exists === 0) return [];
  const checksum = hasChecksumColumn(sqlite) ? 'checksum' : 'NULL';
  return appliedRows.parse(
    sqlite
      .prepare(`SELECT version, name, ${checksum} AS checksum FROM schema_migrations ORDER BY version`)
      .all(),
  );
}

/**
 * Every migration this file records must still be the one this app ships, unchanged (the idea of
 * Kysely's migrator's `#ensureMigrationsNotCorrupted`). Read-only: a refusal leaves the file as it is.
 * Rows without a checksum (files from before checksums were kept) are trusted and stamped by
 * `recordMissingChecksums`.
 */
function verifyAppliedMigrations(sqlite: BetterSqlite3.Database, migrations: readonly Migration[]): void {
  const known = new Map(migrations.map((m) => [m.version, m]));
  for (const row of appliedMigrations(sqlite)) {
    const migration = known.get(row.version);
    if (!migration) {
      throw new DatabaseOpenError(
        'migration-changed',
        `Database ini mencatat migrasi ${row.version} ("${row.name}") yang tidak ada di aplikasi ini. ` +
          'Buka dengan versi Audit UPK yang membuatnya; berkas ini tidak diubah.',
      );
    }
    if (row.checksum !== null && row.checksum !== migrationChecksum(migration)) {
      throw new DatabaseOpenError(
        'migration-changed',
        `Migrasi ${row.version} ("${row.name}") di aplikasi ini berbeda dari yang dulu diterapkan pada database ini ` +
          '(migrasi yang sudah dirilis telah diubah). Aplikasi ini tidak membukanya agar data tidak rusak; ' +
          'berkas ini tidak diubah. Gunakan versi Audit UPK resmi atau hubungi pengembang.',
      );
    }
  }
}

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, app_version TEXT NOT NULL,
    checksum TEXT
  ) STRICT`;

/** Adds the checksum column to files from before it existed and stamps rows applied without one. */
function recordMissingChecksums(sqlite: BetterSqlite3.Database, migrations: readonly Migration[]): void {
  const known = new Map(migrations.map((m) => [m.version, m]));
  const applied = appliedMigrations(sqlite);
  const missing = applied.filter((r) => r.checksum === null);
  if (applied.length > 0 && missing.length === 0) return; // rows with checksums: the column exists
  sqlite.transaction(() => {
    sqlite.exec(MIGRATIONS_TABLE);
    if (!hasChecksumColumn(sqlite)) sqlite.exec('ALTER TABLE schema_migrations ADD COLUMN checksum TEXT');
    const stamp = sqlite.prepare('UPDATE schema_migrations SET checksum = ? WHERE version = ?');
    for (const row of missing) {
      const migration = known.get(row.version);
      if (migration) stamp.run(migrationChecksum(migration), row.version);
    }
  })();
}

/**
 * The copy made before migrating must be written and be a sound database at the version it was taken
 * at, or the migration does not start (a bad copy is removed: it is no way back).
 */
async function backUpBeforeMigrating(
  sqlite: BetterSqlite3.Database,
  backupPath: string,
  version: number,
): Promise<void> {
  let found: string;
  try {
    await sqlite.backup(backupPath);
    const copy = new BetterSqlite3(backupPath, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE'); // self-contained: no -wal beside it
      const check = String(copy.pragma('quick_check', { simple: true }));
      const copied = schemaVersion(copy);
      found = check !== 'ok' ? `pemeriksaan cepat: ${check}` : copied !== version ? `versi ${copied}` : 'ok';
    } finally {
      copy.close();
    }
  } catch (err) {
    found = err instanceof Error ? err.message : String(err);
  }
  if (found === 'ok') return;
  if (fs.statSync(backupPath, { throwIfNoEntry: false })?.isFile()) fs.rmSync(backupPath);
  throw new DatabaseOpenError(
    'backup-failed',
    `Cadangan sebelum migrasi tidak lolos pemeriksaan (${found}), jadi migrasi tidak dijalankan; berkas ini tidak diubah. ` +
      'Pastikan ruang disk cukup, lalu buka lagi.',
  );
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
  if (pending.length === 0) {
    recordMissingChecksums(sqlite, opts.migrations);
    return { from, to: from, backupPath: null };
  }

  let backupPath: string | null = null;
  if (from > 0 && opts.dbPath !== ':memory:') {
    backupPath = backupPathFor(opts.dbPath, from, now());
    await backUpBeforeMigrating(sqlite, backupPath, from);
  }

  recordMissingChecksums(sqlite, opts.migrations);
  const record = sqlite.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at, app_version, checksum) VALUES (?, ?, ?, ?, ?)',
  );
  dropAuditTriggers(sqlite); // regenerated after the migrations (ensureAuditTriggers)
  for (const migration of pending) {
    sqlite.transaction(() => {
      sqlite.exec(migration.sql);
      record.run(
        migration.version,
        migration.name,
        now().toISOString(),
        opts.appVersion,
        migrationChecksum(migration),
      );
      sqlite.pragma(`application_id = ${APPLICATION_ID}`);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
  return { from, to: schemaVersion(sqlite), backupPath };
}
