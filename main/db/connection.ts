import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { sealAuditLog } from '../audit/auditChain';
import { ensureAuditTriggers } from '../audit/auditTriggers';
import { ensureProtectiveTriggers, type TriggerRepair } from '../audit/protectiveTriggers';
import { backupFolderFor, newestGoodBackup } from '../backup/backupFiles';
import { backfillLockDigests } from '../ledger/lockDigest';
import { DatabaseOpenError } from './errors';
import { acquireInstanceLock } from './instanceLock';
import { quickCheckInWorker } from './integrityWorker';
import { MIGRATIONS } from './migrations';
import { checkCompatible, type Migration, type MigrationResult, migrate, schemaVersion } from './migrator';
import { NestingSqliteDialect } from './nestingDialect';
import type { DB } from './schema';

/** What the integrity check at open found wrong, with the way out. */
export interface IntegrityProblem {
  message: string;
  /** Path of the newest backup that passes every check, or null. */
  goodBackup: string | null;
}

export interface Database {
  path: string;
  sqlite: BetterSqlite3.Database;
  db: Kysely<DB>;
  migration: MigrationResult;
  /**
   * The integrity check of a large file runs in a worker thread while the app starts; this settles
   * with its finding (null = ok). Small files, and files about to be migrated, are checked before
   * opening instead (a failure there is a DatabaseOpenError).
   */
  integrity: Promise<IntegrityProblem | null>;
  /** Protective triggers found missing or altered at open and created again. */
  triggerRepair: TriggerRepair;
  close(): Promise<void>;
}

export interface OpenOptions {
  appVersion: string;
  migrations?: readonly Migration[];
  now?: () => Date;
  /** Files up to this size are checked before opening; larger ones in the background. */
  syncCheckBytes?: number;
}

/** ~50 ms of quick_check on an old PC; a 20-year office is far larger and must not wait seconds. */
export const SYNC_CHECK_BYTES = 32 * 1024 * 1024;

function problemFor(dbPath: string, found: string): IntegrityProblem {
  const good = dbPath === ':memory:' ? null : newestGoodBackup(backupFolderFor(dbPath));
  return {
    message:
      `Database rusak atau tidak dapat dibuka (${found}). Berkas ini tidak diubah. ` +
      (good
        ? `Cadangan baik terbaru: ${good.fileName} (${good.time}) di ${backupFolderFor(dbPath)}.`
        : 'Tidak ada cadangan yang baik di folder cadangan.'),
    goodBackup: good ? path.join(backupFolderFor(dbPath), good.fileName) : null,
  };
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
  const unlock = acquireInstanceLock(dbPath);
  let sqlite: BetterSqlite3.Database | undefined;
  let integrity: Promise<IntegrityProblem | null> = Promise.resolve(null);
  try {
    sqlite = new BetterSqlite3(dbPath);
    // Before any pragma that writes (journal_mode = WAL rewrites the header of a foreign file).
    checkCompatible(sqlite, migrations);
    const latest = migrations.at(-1)?.version ?? 0;
    const large = existed && fs.statSync(dbPath).size > (opts.syncCheckBytes ?? SYNC_CHECK_BYTES);
    if (existed && large && schemaVersion(sqlite) === latest) {
      integrity = quickCheckInWorker(dbPath).then((found) =>
        found === 'ok' ? null : problemFor(dbPath, `pemeriksaan cepat: ${found}`),
      );
    } else if (existed) {
      const check = sqlite.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`pemeriksaan cepat: ${String(check)}`);
    }
    applyPragmas(sqlite);
  } catch (err) {
    sqlite?.close();
    unlock();
    if (err instanceof DatabaseOpenError) throw err;
    const problem = problemFor(dbPath, err instanceof Error ? err.message : String(err));
    throw new DatabaseOpenError('corrupt', problem.message, problem.goodBackup);
  }
  try {
    const migration = await migrate(sqlite, {
      migrations,
      dbPath,
      appVersion: opts.appVersion,
      now: opts.now,
    });
    ensureAuditTriggers(sqlite);
    const openedAt = (opts.now ?? (() => new Date()))().toISOString();
    const triggerRepair = ensureProtectiveTriggers(sqlite, openedAt);
    backfillLockDigests(sqlite, openedAt);
    sealAuditLog(sqlite);
    const db = new Kysely<DB>({ dialect: new NestingSqliteDialect(sqlite) });
    return {
      path: dbPath,
      sqlite,
      db,
      migration,
      integrity,
      triggerRepair,
      async close() {
        await db.destroy();
        // Kysely closes the handle only if it ever ran a query; close it ourselves otherwise.
        if (sqlite.open) sqlite.close();
        unlock();
      },
    };
  } catch (err) {
    sqlite.close();
    unlock();
    // A large file checked in the background can still fail here, on a damaged page.
    const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      const problem = problemFor(dbPath, err instanceof Error ? err.message : code);
      throw new DatabaseOpenError('corrupt', problem.message, problem.goodBackup);
    }
    throw err;
  }
}
