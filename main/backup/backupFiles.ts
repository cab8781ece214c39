import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { BACKUP_FILE_PATTERN, type BackupInfo, type BackupReason } from '../../shared/backup/backup';
import { MIGRATIONS } from '../db/migrations';
import { APPLICATION_ID, type Migration } from '../db/migrator';
import { backupsToDelete } from './retention';

/**
 * Backup files: names, listing, writing (SQLite's online backup API only) and checking.
 * Imports nothing that opens the app's database, so `db/connection.ts` may use it.
 */

export const BACKUP_FOLDER_NAME = 'cadangan';

export function backupFolderFor(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), BACKUP_FOLDER_NAME);
}

export function backupFileName(time: Date, reason: BackupReason, seq = 0): string {
  const stamp = time.toISOString().replace(/[:.]/g, '-');
  return `cadangan-${stamp}${seq > 0 ? `-${seq}` : ''}-${reason}.sqlite`;
}

export function parseBackupName(name: string): { time: Date; reason: BackupReason } | null {
  const m = BACKUP_FILE_PATTERN.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms] = m;
  const time = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  if (Number.isNaN(time.getTime())) return null;
  return { time, reason: m[9] as BackupReason };
}

interface Header {
  schemaVersion: number;
  applicationId: number;
  /** Pages × page size the header says the file holds; null when that field is not valid. */
  expectedBytes: number | null;
}

/** `user_version` (offset 60), `application_id` (offset 68) and the size in pages, from the 100-byte header. */
export function readHeader(file: string): Header | null {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(100);
    if (fs.readSync(fd, buf, 0, 100, 0) < 100) return null;
    if (buf.subarray(0, 16).toString('latin1') !== 'SQLite format 3\u0000') return null;
    const rawPage = buf.readUInt16BE(16);
    const pageSize = rawPage === 1 ? 65536 : rawPage;
    // The page count is valid only when "version-valid-for" (92) equals the change counter (24).
    const countValid = buf.readUInt32BE(92) === buf.readUInt32BE(24) && buf.readUInt32BE(28) > 0;
    return {
      schemaVersion: buf.readUInt32BE(60),
      applicationId: buf.readUInt32BE(68),
      expectedBytes: countValid ? pageSize * buf.readUInt32BE(28) : null,
    };
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function infoFor(folder: string, name: string): BackupInfo | null {
  const parsed = parseBackupName(name);
  if (!parsed) return null;
  const file = path.join(folder, name);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return null;
    size = st.size;
  } catch {
    return null;
  }
  const header = readHeader(file);
  return {
    fileName: name,
    time: parsed.time.toISOString(),
    reason: parsed.reason,
    sizeBytes: size,
    schemaVersion: header?.schemaVersion ?? 0,
    problem: headerProblem(header, size),
  };
}

/** Why a backup cannot be restored, from what its header says (cheap: no full check here). */
function headerProblem(header: Header | null, size: number): string | null {
  if (!header) return 'Bukan berkas database SQLite (rusak atau terpotong).';
  if (header.applicationId !== APPLICATION_ID) return 'Bukan database Audit UPK.';
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (header.schemaVersion > latest)
    return `Dibuat oleh versi Audit UPK yang lebih baru (skema ${header.schemaVersion}, aplikasi ini sampai ${latest}).`;
  if (header.expectedBytes !== null && header.expectedBytes !== size)
    return 'Berkas terpotong atau rusak: ukurannya tidak cocok dengan isinya.';
  return null;
}

const TEMP_SUFFIX = /\.sementara(?:-wal|-shm|-journal)?$/;

/**
 * Temporary files of backups that were interrupted (the app was killed while writing): those older
 * than `before` (the start of the running process) are removed. Returns their names.
 */
export function removeInterruptedBackups(folder: string, before: Date): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    if (!TEMP_SUFFIX.test(name) || !parseBackupName(name.replace(TEMP_SUFFIX, ''))) continue;
    const file = path.join(folder, name);
    try {
      if (fs.statSync(file).mtimeMs < before.getTime()) {
        fs.rmSync(file, { force: true });
        removed.push(name);
      }
    } catch {
      // gone meanwhile
    }
  }
  return removed;
}

/** The backups in a folder, newest first (only names matching the pattern). */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((n) => infoFor(folder, n))
    .filter((i): i is BackupInfo => i !== null)
    .sort((a, b) => (a.time < b.time ? 1 : a.time > b.time ? -1 : a.fileName < b.fileName ? 1 : -1));
}

export type CheckFailure = 'corrupt' | 'not-audit-upk' | 'too-new';

export class BackupCheckError extends Error {
  constructor(
    readonly reason: CheckFailure,
    message: string,
  ) {
    super(message);
    this.name = 'BackupCheckError';
  }
}

/**
 * The checks a file must pass before it may become the database: SQLite can read it, full
 * `integrity_check` is ok, it is an Audit UPK database, and its schema is not newer than this app.
 * Opens read-only; returns the schema version.
 */
export function checkBackupFile(file: string, migrations: readonly Migration[] = MIGRATIONS): number {
  let db: BetterSqlite3.Database | undefined;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    return checkOpenBackup(db, migrations);
  } catch (err) {
    if (err instanceof BackupCheckError) throw err;
    throw new BackupCheckError(
      'corrupt',
      `Berkas cadangan tidak dapat dibaca sebagai database (${err instanceof Error ? err.message : String(err)}).`,
    );
  } finally {
    db?.close();
  }
}

export function checkOpenBackup(db: BetterSqlite3.Database, migrations: readonly Migration[]): number {
  const result = db.pragma('integrity_check', { simple: true });
  if (result !== 'ok') {
    throw new BackupCheckError(
      'corrupt',
      `Berkas cadangan rusak (pemeriksaan integritas: ${String(result)}).`,
    );
  }
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== APPLICATION_ID) {
    throw new BackupCheckError('not-audit-upk', 'Berkas ini bukan database Audit UPK.');
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (version > latest) {
    throw new BackupCheckError(
      'too-new',
      `Cadangan ini dibuat oleh Audit UPK versi yang lebih baru (skema ${version}, aplikasi ini mengenal sampai ${latest}).`,
    );
  }
  return version;
}

/** A free file name in `folder` for a backup made at `time`. */
function freshName(folder: string, time: Date, reason: BackupReason): string {
  for (let seq = 0; seq < 1000; seq++) {
    const name = backupFileName(time, reason, seq);
    if (!fs.existsSync(path.join(folder, name))) return name;
  }
  throw new Error('Terlalu banyak cadangan dengan waktu yang sama.');
}

/**
 * Writes a backup of the open database with SQLite's online backup API (never a copy of the live
 * file) to a temporary name, makes it a self-contained file (journal_mode DELETE), verifies it and
 * only then gives it its final name. Returns its info.
 */
export async function writeBackup(
  sqlite: BetterSqlite3.Database,
  folder: string,
  reason: BackupReason,
  time: Date,
): Promise<{ info: BackupInfo; path: string }> {
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  const name = freshName(folder, time, reason);
  const final = path.join(folder, name);
  const temp = `${final}.sementara`;
  try {
    // Created empty with owner-only permissions first: SQLite keeps them when it writes the copy.
    fs.closeSync(fs.openSync(temp, 'wx', 0o600));
    await sqlite.backup(temp);
    const copy = new BetterSqlite3(temp, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const version = checkBackupFile(temp);
    const expected = sqlite.pragma('user_version', { simple: true }) as number;
    if (version !== expected) throw new Error(`Versi skema cadangan ${version} ≠ ${expected}`);
    fs.renameSync(temp, final);
  } catch (err) {
    for (const f of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) fs.rmSync(f, { force: true });
    throw err;
  }
  const info = infoFor(folder, name);
  if (!info) throw new Error('Cadangan tidak ditemukan sesudah ditulis.');
  return { info, path: final };
}

/** Applies the retention rule to the backup folder; returns the removed names. */
export function applyRetention(folder: string, now: Date): string[] {
  const all = listBackups(folder);
  const undo = all.find((b) => b.reason === 'sebelum-pemulihan');
  const remove = backupsToDelete(
    all.map((b) => ({ name: b.fileName, time: new Date(b.time), undoPoint: b === undo, bytes: b.sizeBytes })),
    now,
  );
  for (const name of remove) {
    // Only names that matched the pattern got here; never anything else in the folder.
    if (parseBackupName(name)) fs.rmSync(path.join(folder, name), { force: true });
  }
  return remove;
}

/** The newest backup in the folder that passes every check, or null. */
export function newestGoodBackup(folder: string): BackupInfo | null {
  for (const b of listBackups(folder)) {
    try {
      checkBackupFile(path.join(folder, b.fileName));
      return b;
    } catch {
      // try the next older one
    }
  }
  return null;
}
