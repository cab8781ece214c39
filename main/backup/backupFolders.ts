import fs from 'node:fs';
import path from 'node:path';
import type { BackupFolder } from '../../shared/backup/backup';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';

/**
 * Folders outside the app where an admin lets backups go (a USB disk, a network share): kept in
 * app_settings, each checked when registered and again at every backup. A backup holds every
 * password hash, so it never goes inside the app's own data folder or a folder a host serves.
 */
const KEY = 'backup.folders';

export function registeredFolders(ctx: ServiceContext): string[] {
  const raw = ctx.sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(KEY) as
    | string
    | undefined;
  try {
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? list.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

function save(ctx: ServiceContext, folders: string[]): void {
  ctx.sqlite
    .prepare(
      `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(KEY, JSON.stringify(folders), nowIso(ctx));
}

function usable(folder: string): boolean {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

export function listFolders(ctx: ServiceContext): BackupFolder[] {
  return registeredFolders(ctx).map((p) => ({ path: p, available: usable(p) }));
}

function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

const inside = (child: string, parent: string) => {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
};

/** The folders a backup may never go into: the app's data folder and what the hosts serve or run from. */
function protectedFolders(ctx: ServiceContext): string[] {
  return [path.dirname(path.resolve(ctx.dbPath)), ...(ctx.protectedFolders ?? [])].map(realOrResolved);
}

const refuse = (message: string, field: string) => new AppError('VALIDATION', message, { folder: field });

/** A folder a backup may be written to, as its real path; refused in Indonesian otherwise. */
export function checkFolder(ctx: ServiceContext, folder: string): string {
  if (!path.isAbsolute(folder)) {
    throw refuse(
      'Tulis folder tujuan lengkap, misalnya E:\\Cadangan atau /media/usb/Cadangan.',
      'Folder harus ditulis lengkap (path absolut)',
    );
  }
  let real: string;
  try {
    real = fs.realpathSync(folder);
    if (!fs.statSync(real).isDirectory()) throw new Error('bukan folder');
  } catch {
    throw refuse(
      `Folder ${folder} tidak ada. Pasang disk USB-nya atau pilih folder lain.`,
      'Folder ini tidak ada',
    );
  }
  if (protectedFolders(ctx).some((p) => inside(real, p))) {
    throw refuse(
      `Folder ${real} berada di dalam folder aplikasi sendiri; cadangan (berisi seluruh data dan sandi pengguna) tidak boleh disimpan di sana. Pilih folder lain, misalnya disk USB.`,
      'Folder aplikasi sendiri tidak boleh dipakai',
    );
  }
  try {
    fs.accessSync(real, fs.constants.W_OK);
  } catch {
    throw refuse(
      `Folder ${real} tidak dapat ditulisi. Pilih folder lain.`,
      'Folder ini tidak dapat ditulisi',
    );
  }
  return real;
}

export function addFolder(ctx: ServiceContext, input: { folder: string }): BackupFolder[] {
  const real = checkFolder(ctx, input.folder);
  const folders = registeredFolders(ctx);
  if (!folders.includes(real)) save(ctx, [...folders, real]);
  return listFolders(ctx);
}

export function removeFolder(ctx: ServiceContext, input: { folder: string }): BackupFolder[] {
  const folders = registeredFolders(ctx);
  if (!folders.includes(input.folder)) throw conflict(`Folder ${input.folder} tidak terdaftar.`);
  save(
    ctx,
    folders.filter((f) => f !== input.folder),
  );
  return listFolders(ctx);
}

/** A registered folder, checked again now (it may have become unusable since). */
export function registeredTarget(ctx: ServiceContext, folder: string): string {
  if (!registeredFolders(ctx).includes(folder)) {
    throw refuse(
      `Folder ${folder} belum didaftarkan. Admin mendaftarkan folder cadangan lain di Pengaturan › Data.`,
      'Folder ini belum didaftarkan',
    );
  }
  return checkFolder(ctx, folder);
}
