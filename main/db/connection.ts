import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { sealAuditLog } from '../audit/auditChain';
import { ensureAuditTriggers } from '../audit/auditTriggers';
import { backupFolderFor, newestGoodBackup } from '../backup/backupFiles';
import { DatabaseOpenError } from './errors';
import { MIGRATIONS } from './migrations';
import { checkCompatible, type Migration, type MigrationResult, migrate } from './migrator';
import type { DB } from './schema';

export interface Database {
  path: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<DB>;
  migration: MigrationResult;
  close(): Promise<void>;
}

export interface OpenOptions {
  appVersion: string;
  migrations?: readonly Migration[];
  now?: () => Date;
}

function applyPragmas(sqlite: BetterSqlite3.Database): void {
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed write survives a power cut, which offices do have.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

function fileHasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

/** Opens (creating if needed) and migrates the database file that main owns. */
export async function openDatabase(dbPath: string, opts: OpenOptions): Promise<Database> {
  if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
  const migrations = opts.migrations ?? MIGRATIONS;
  const existed = dbPath !== ':memory:' && fileHasContent(dbPath);
  let sqlite: BetterSqlite3.Database | undefined;
  try {
    sqlite = new BetterSqlite3(dbPath);
    // Before any pragma that writes (journal_mode = WAL rewrites the header of a foreign file).
    checkCompatible(sqlite, migrations);
    if (existed) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`pemeriksaan cepat: ${String(check)}`);
    }
    applyPragmas(sqlite);
  } catch (err) {
    sqlite?.close();
    if (err instanceof DatabaseOpenError) throw err;
    const good = dbPath === ':memory:' ? null : newestGoodBackup(backupFolderFor(dbPath));
    throw new DatabaseOpenError(
      'corrupt',
      `Database rusak atau tidak dapat dibuka (${err instanceof Error ? err.message : String(err)}). Berkas ini tidak diubah. ` +
        (good
          ? `Cadangan baik terbaru: ${good.fileName} (${good.time}) di ${backupFolderFor(dbPath)}.`
          : 'Tidak ada cadangan yang baik di folder cadangan.'),
      good ? path.join(backupFolderFor(dbPath), good.fileName) : null,
    );
  }
  try {
    const migration = await migrate(sqlite, {
      migrations,
      dbPath,
      appVersion: opts.appVersion,
      now: opts.now,
    });
    ensureAuditTriggers(sqlite);
    sealAuditLog(sqlite);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    return {
      path: dbPath,
      sqlite,
      db,
      migration,
      async close() {
        await db.destroy();
        // Kysely closes the handle only if it ever ran a query; close it ourselves otherwise.
        if (sqlite.open) sqlite.close();
      },
    };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
