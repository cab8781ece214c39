import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type {
  BackupInfo,
  BackupList,
  BackupReason,
  BackupResult,
  RestoreResult,
} from '../../shared/backup/backup';
import type { Envelope, ParsedInputOf } from '../../shared/contract';
import { contract, isRequestName } from '../../shared/contract';
import { recordSystemEvent } from '../audit/systemEvents';
import { sessionsOf } from '../auth/sessions';
import { type AppError, conflict, notFound } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { type Database, openDatabase } from '../db/connection';
import { MIGRATIONS } from '../db/migrations';
import {
  applyRetention,
  BackupCheckError,
  backupFolderFor,
  checkOpenBackup,
  listBackups,
  removeInterruptedBackups,
  writeBackup,
} from './backupFiles';
import { registeredTarget } from './backupFolders';

/** When this process started: temporary backup files older than this belong to an earlier run. */
const PROCESS_STARTED = new Date(Date.now() - process.uptime() * 1000);

/** A backup while writes succeed, at most this often. */
export const PERIODIC_BACKUP_MS = 5 * 60_000;

/**
 * Owns the open database of one running app: the automatic backups, and the swap on restore.
 * The swap mutates the app's one ServiceContext (`db`, `sqlite`), so dispatch and handlers keep
 * working; dispatch serialises requests, so nothing runs during the swap.
 */
export class BackupManager {
  readonly folder: string;
  private lastBackup = 0;

  constructor(
    readonly context: ServiceContext,
    private current: Database,
    private readonly appVersion: string,
  ) {
    this.folder = backupFolderFor(context.dbPath);
    // The app's own backups hold every password hash: the folder is the owner's only.
    try {
      if (context.dbPath !== ':memory:') {
        fs.mkdirSync(this.folder, { recursive: true, mode: 0o700 });
        fs.chmodSync(this.folder, 0o700);
        const removed = removeInterruptedBackups(this.folder, PROCESS_STARTED);
        if (removed.length > 0) console.error(`Sisa cadangan yang terputus dihapus: ${removed.join(', ')}`);
      }
    } catch (err) {
      console.error('Folder cadangan tidak dapat disiapkan', err);
    }
  }

  /** The backup started in the background (at start), which everything else here waits for. */
  private pending: Promise<unknown> = Promise.resolve();

  /**
   * Starts a backup without making the caller wait: the start backup of a large office takes
   * seconds, and the first screen must not. SQLite's online backup from this same connection stays
   * correct while requests read and write meanwhile; restore, close and listing wait for it.
   */
  startInBackground(reason: BackupReason): void {
    this.lastBackup = Date.now();
    this.pending = this.backup(reason).catch((err: unknown) =>
      console.error(`Cadangan (${reason}) gagal`, err),
    );
  }

  /** Resolves when no background backup is running. */
  settled(): Promise<unknown> {
    return this.pending;
  }

  /** An automatic or manual backup into the cadangan folder, then retention. */
  async backup(reason: BackupReason): Promise<BackupResult> {
    const now = this.context.now();
    const written = await writeBackup(this.context.sqlite, this.folder, reason, now);
    this.lastBackup = Date.now();
    applyRetention(this.folder, now);
    return { backup: written.info, path: written.path };
  }

  /** Called after every request: a periodic backup once a write succeeded and the last is ≥ 5 min old. */
  async afterRequest(name: unknown, envelope: Envelope<unknown>): Promise<void> {
    if (!envelope.ok || !isRequestName(name) || !contract[name].write) return;
    if (name.startsWith('backup.')) return;
    if (Date.now() - this.lastBackup < PERIODIC_BACKUP_MS) return;
    await this.pending;
    try {
      await this.backup('berkala');
    } catch (err) {
      console.error('Cadangan berkala gagal', err);
    }
  }

  list(): BackupList {
    const backups = listBackups(this.folder);
    return {
      folder: this.folder,
      backups,
      undoPoint: backups.find((b) => b.reason === 'sebelum-pemulihan') ?? null,
    };
  }

  /** A backup into a folder an admin registered, checked again now. */
  async backupToFolder(folder: string): Promise<BackupResult> {
    await this.pending;
    const target = registeredTarget(this.context, folder);
    try {
      const written = await writeBackup(this.context.sqlite, target, 'manual', this.context.now());
      return { backup: written.info, path: written.path };
    } catch (err) {
      throw conflict(
        `Cadangan tidak dapat ditulis ke ${target} (${err instanceof Error ? err.message : String(err)}). Database tidak berubah; pilih folder lain.`,
      );
    }
  }

  async restore(fileName: string): Promise<RestoreResult> {
    await this.pending;
    const source = this.list().backups.find((b) => b.fileName === fileName);
    if (!source) throw notFound('Berkas cadangan');
    return this.traced('pemulihan_cadangan', await this.restoreFrom(source));
  }

  async undoRestore(): Promise<RestoreResult> {
    await this.pending;
    const undo = this.list().undoPoint;
    if (!undo) throw conflict('Belum ada pemulihan yang dapat dibatalkan.');
    return this.traced('batal_pemulihan', await this.restoreFrom(undo));
  }

  /**
   * After a swap: the restore (or its undo) becomes a row of the restored file's audit trail — who,
   * when, from which backup, where the file before it was kept — and every session ends, since the
   * restored file has its own users and roles.
   */
  private traced(kind: 'pemulihan_cadangan' | 'batal_pemulihan', result: RestoreResult): RestoreResult {
    const kept = result.undoPoint
      ? `Database sebelum pemulihan disimpan sebagai cadangan ${result.undoPoint.fileName}.`
      : result.setAside
        ? `Database yang rusak disimpan sebagai ${path.basename(result.setAside)}.`
        : '';
    const what =
      kind === 'pemulihan_cadangan'
        ? `Dipulihkan dari cadangan ${result.restored.fileName} (${result.restored.time}).`
        : `Pemulihan dibatalkan: kembali ke ${result.restored.fileName} (${result.restored.time}).`;
    try {
      recordSystemEvent(
        this.context.sqlite,
        kind,
        `${what} ${kept}`.trim(),
        this.context.actor,
        this.context.now().toISOString(),
      );
    } finally {
      sessionsOf(this.context).endAll();
    }
    return result;
  }

  private async restoreFrom(source: BackupInfo): Promise<RestoreResult> {
    const dbPath = this.context.dbPath;
    const staged = stageCandidate(path.join(this.folder, source.fileName), dbPath);
    if (this.context.damaged) return this.restoreOverDamaged(source, staged);
    let undo: BackupResult;
    try {
      undo = await this.backup('sebelum-pemulihan');
    } catch (err) {
      fs.rmSync(staged, { force: true });
      throw err;
    }
    const swapped = await swapIn(
      staged,
      dbPath,
      () => this.current.close(),
      undo.path,
      this.appVersion,
      this.context.now,
    );
    const reopened = swapped.database;
    this.current = reopened;
    this.context.db = reopened.db;
    this.context.sqlite = reopened.sqlite;
    if (swapped.error) throw swapped.error;
    return { restored: source, undoPoint: undo.backup, schemaVersion: reopened.migration.to };
  }

  /** A damaged file cannot be backed up: it is closed and copied aside (`.rusak-…`), then replaced. */
  private async restoreOverDamaged(source: BackupInfo, staged: string): Promise<RestoreResult> {
    const dbPath = this.context.dbPath;
    await this.current.close();
    const setAside = `${dbPath}.rusak-${this.context.now().toISOString().replace(/[:.]/g, '-')}`;
    fs.copyFileSync(dbPath, setAside);
    const swapped = await swapIn(
      staged,
      dbPath,
      async () => undefined,
      null,
      this.appVersion,
      this.context.now,
    );
    const reopened = swapped.database;
    this.current = reopened;
    this.context.db = reopened.db;
    this.context.sqlite = reopened.sqlite;
    if (swapped.error) throw swapped.error;
    this.context.damaged = null;
    return { restored: source, undoPoint: null, setAside, schemaVersion: reopened.migration.to };
  }

  /** At close: the `tutup` backup (a failure is logged, never blocks closing), then the connection. */
  async close(): Promise<void> {
    await this.pending;
    try {
      await this.backup('tutup');
    } catch (err) {
      console.error('Cadangan saat menutup gagal', err);
    }
    await this.current.close();
  }

  async closeWithoutBackup(): Promise<void> {
    await this.pending;
    await this.current.close();
  }
}

const managers = new WeakMap<ServiceContext, BackupManager>();

export function registerBackupManager(manager: BackupManager): void {
  managers.set(manager.context, manager);
}

function managerOf(ctx: ServiceContext): BackupManager {
  const m = managers.get(ctx);
  if (!m) throw conflict('Cadangan tidak tersedia pada sesi ini.');
  return m;
}

export const listBackupsFor = async (ctx: ServiceContext) => {
  const manager = managerOf(ctx);
  await manager.settled();
  return manager.list();
};
export const backupNow = async (ctx: ServiceContext) => {
  const manager = managerOf(ctx);
  await manager.settled();
  return manager.backup('manual');
};
export const backupToFolder = (ctx: ServiceContext, input: ParsedInputOf<'backup.toFolder'>) =>
  managerOf(ctx).backupToFolder(input.folder);
export const restoreBackup = (ctx: ServiceContext, input: ParsedInputOf<'backup.restore'>) =>
  managerOf(ctx).restore(input.fileName);
export const undoRestore = (ctx: ServiceContext) => managerOf(ctx).undoRestore();

function refusal(err: unknown): AppError {
  const why =
    err instanceof BackupCheckError ? err.message : `Berkas cadangan tidak dapat dibaca (${String(err)}).`;
  return conflict(`Pemulihan dibatalkan: ${why} Database yang sekarang tidak diubah.`);
}

/**
 * Copies the candidate next to the database and runs every check on that copy (the source is never
 * opened for writing). Returns the checked copy, self-contained (journal_mode DELETE).
 */
export function stageCandidate(source: string, dbPath: string): string {
  const staged = `${dbPath}.pemulihan-sementara`;
  const clean = () => {
    for (const f of [staged, `${staged}-wal`, `${staged}-shm`, `${staged}-journal`])
      fs.rmSync(f, { force: true });
  };
  clean();
  try {
    fs.copyFileSync(source, staged);
    const db = new BetterSqlite3(staged, { fileMustExist: true });
    try {
      checkOpenBackup(db, MIGRATIONS);
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
  } catch (err) {
    clean();
    throw refusal(err);
  }
  return staged;
}

/**
 * The swap: close the connection, drop stale -wal/-shm, move the checked copy over the database file
 * (a rename in the same folder), reopen with `openDatabase` (migrating an older backup). If reopening
 * fails, the undo point is put back and opened instead, and the error is reported.
 */
export async function swapIn(
  staged: string,
  dbPath: string,
  closeCurrent: () => Promise<void>,
  undoPath: string | null,
  appVersion: string,
  now?: () => Date,
): Promise<{ database: Database; error: AppError | null }> {
  await closeCurrent();
  const removeSideFiles = () => {
    for (const f of [`${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`]) fs.rmSync(f, { force: true });
  };
  removeSideFiles();
  fs.renameSync(staged, dbPath);
  try {
    return { database: await openDatabase(dbPath, { appVersion, now }), error: null };
  } catch (err) {
    if (!undoPath) throw err;
    removeSideFiles();
    fs.copyFileSync(undoPath, dbPath);
    // The caller swaps in what we return; the failure is reported once the old data is back.
    return {
      database: await openDatabase(dbPath, { appVersion, now }),
      error: conflict(
        `Cadangan tidak dapat dibuka (${err instanceof Error ? err.message : String(err)}); data sebelumnya dikembalikan.`,
      ),
    };
  }
}

/**
 * Offline restore for a host before it opens the database (`serve --restore-backup FILE`, the
 * Electron dialog): the same checks; the current file, if SQLite can still read it, is backed up
 * first (`sebelum-pemulihan`), otherwise kept aside as `<file>.rusak-<waktu>`.
 */
export async function restoreBeforeOpen(
  dbPath: string,
  source: string,
  appVersion: string,
  now: () => Date = () => new Date(),
): Promise<{ undoPath: string | null; setAside: string | null }> {
  const staged = stageCandidate(path.resolve(source), dbPath);
  let undoPath: string | null = null;
  let setAside: string | null = null;
  if (fs.existsSync(dbPath)) {
    try {
      const current = new BetterSqlite3(dbPath, { fileMustExist: true });
      try {
        if (current.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check');
        undoPath = (await writeBackup(current, backupFolderFor(dbPath), 'sebelum-pemulihan', now())).path;
      } finally {
        current.close();
      }
    } catch {
      // Not readable: nobody has it open now, so a plain copy keeps it for later rescue.
      setAside = `${dbPath}.rusak-${now().toISOString().replace(/[:.]/g, '-')}`;
      fs.copyFileSync(dbPath, setAside);
      for (const f of [`${dbPath}-wal`, `${dbPath}-shm`])
        if (fs.existsSync(f)) fs.copyFileSync(f, setAside + f.slice(dbPath.length));
    }
  }
  const swapped = await swapIn(staged, dbPath, async () => undefined, undoPath, appVersion, now);
  try {
    if (!swapped.error) {
      const kept = undoPath
        ? `Database sebelum pemulihan disimpan sebagai cadangan ${path.basename(undoPath)}.`
        : setAside
          ? `Database yang rusak disimpan sebagai ${path.basename(setAside)}.`
          : '';
      recordSystemEvent(
        swapped.database.sqlite,
        'pemulihan_cadangan',
        `Dipulihkan dari cadangan ${path.basename(source)} sebelum aplikasi dibuka. ${kept}`.trim(),
        'sistem (pemulihan sebelum dibuka)',
        now().toISOString(),
      );
    }
  } finally {
    await swapped.database.close();
  }
  if (swapped.error) throw swapped.error;
  return { undoPath, setAside };
}
