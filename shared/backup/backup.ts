import { z } from 'zod';
import { request } from '../contract/define';
import { noInput, requiredText } from '../contract/fields';

/** Why a backup was made; part of its file name. */
export const BACKUP_REASONS = ['mulai', 'tutup', 'berkala', 'manual', 'sebelum-pemulihan'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const BACKUP_REASON_LABELS: Record<BackupReason, string> = {
  mulai: 'Saat aplikasi dibuka',
  tutup: 'Saat aplikasi ditutup',
  berkala: 'Berkala',
  manual: 'Dibuat manual',
  'sebelum-pemulihan': 'Sebelum pemulihan',
};

/**
 * `cadangan-2025-01-15T01-00-00-000Z-manual.sqlite` (UTC time; `-2` after the time if two backups
 * share a millisecond). Only files matching this are listed, restored or removed by retention.
 */
export const BACKUP_FILE_PATTERN =
  /^cadangan-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d{1,3}))?-(mulai|tutup|berkala|manual|sebelum-pemulihan)\.sqlite$/;

export interface BackupInfo {
  fileName: string;
  /** ISO instant the backup was made (from the file name). */
  time: string;
  reason: BackupReason;
  sizeBytes: number;
  /** The database schema version inside (`user_version`), read from the file header. */
  schemaVersion: number;
  /** Why it cannot be restored (foreign, newer, truncated), from its header; null = looks restorable. */
  problem: string | null;
}

export interface BackupList {
  /** The cadangan folder next to the database file. */
  folder: string;
  /** Newest first. */
  backups: BackupInfo[];
  /** The newest `sebelum-pemulihan` backup, which `backup.undoRestore` would bring back. */
  undoPoint: BackupInfo | null;
}

export interface BackupResult {
  backup: BackupInfo;
  /** Full path of the new file. */
  path: string;
}

export interface RestoreResult {
  /** The backup that is now the database. */
  restored: BackupInfo;
  /** The copy of the database as it was just before (the undo point); null when it was damaged. */
  undoPoint: BackupInfo | null;
  /** A damaged database is not backed up but copied aside, as this file next to it. */
  setAside?: string | null;
  /** Schema version after opening (migrated if the backup was older). */
  schemaVersion: number;
}

const fileName = z
  .string({ error: 'Nama berkas cadangan wajib diisi' })
  .max(120, { error: 'Nama berkas cadangan tidak sah' })
  .regex(BACKUP_FILE_PATTERN, { error: 'Nama berkas cadangan tidak sah' });

/** A backup into the cadangan folder; another folder goes through `backup.toFolder` (admin). */
export const backupNowInput = z.strictObject({});

/** A folder outside the app where an admin lets backups go (e.g. a USB disk). */
export interface BackupFolder {
  path: string;
  /** The folder exists and can be written now (a USB disk may be unplugged). */
  available: boolean;
}

export const backupFolderInput = z.strictObject({
  folder: requiredText('Folder tujuan', 1000),
});

export const restoreInput = z.strictObject({ fileName });

export const backupRequests = {
  'backup.list': request<BackupList>()(noInput, { write: false }),
  'backup.now': request<BackupResult>()(backupNowInput, { write: true }),
  'backup.restore': request<RestoreResult>()(restoreInput, { write: true }),
  'backup.undoRestore': request<RestoreResult>()(noInput, { write: true }),
  'backup.folders': request<BackupFolder[]>()(noInput, { write: false }),
  'backup.addFolder': request<BackupFolder[]>()(backupFolderInput, { write: true }),
  'backup.removeFolder': request<BackupFolder[]>()(backupFolderInput, { write: true }),
  'backup.toFolder': request<BackupResult>()(backupFolderInput, { write: true }),
};
