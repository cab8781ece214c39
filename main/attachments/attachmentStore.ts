import type BetterSqlite3 from 'better-sqlite3';
import type { AttachmentMime, AttachmentRef } from '../../shared/attachments/attachments';
import type { ExportedFile } from '../../shared/ledger/books';
import { AppError, notFound } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { sha256 } from '../core/snapshot';

const MAGIC: Record<AttachmentMime, number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
};

/** True when the bytes start like a file of the declared type. */
export function matchesType(bytes: Uint8Array, mime: AttachmentMime): boolean {
  return MAGIC[mime].every((b, i) => bytes[i] === b);
}

export interface UploadedFile {
  fileName: string;
  mimeType: AttachmentMime;
  base64: string;
}

/** Decodes and checks an upload; refuses a file whose content is not what its type says. */
export function decodeUpload(file: UploadedFile, field = 'file'): Buffer {
  const bytes = Buffer.from(file.base64, 'base64');
  if (!matchesType(bytes, file.mimeType)) {
    throw new AppError('VALIDATION', `Berkas "${file.fileName}" bukan PNG, JPEG atau PDF yang sah.`, {
      [field]: 'Hanya foto (PNG/JPEG) atau PDF yang sah',
    });
  }
  return bytes;
}

/** Stores a checked file; call inside the transaction that links it. */
export function storeAttachment(
  sqlite: BetterSqlite3.Database,
  file: UploadedFile,
  bytes: Buffer,
  actor: string,
  now: string,
): number {
  const name = file.fileName.replace(/[\\/]/g, '_');
  return Number(
    sqlite
      .prepare(
        `INSERT INTO attachments (file_name, mime, size, sha256, content, attached_by, attached_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(name, file.mimeType, bytes.length, sha256(bytes), bytes, actor, now).lastInsertRowid,
  );
}

interface RefRow {
  id: number;
  file_name: string;
  mime: AttachmentMime;
  size: number;
  attached_by: string;
  attached_at: string;
}

export function toRef(r: RefRow): AttachmentRef {
  return {
    id: r.id,
    fileName: r.file_name,
    mime: r.mime,
    size: r.size,
    attachedBy: r.attached_by,
    attachedAt: r.attached_at,
  };
}

export const REF_COLUMNS = 'a.id, a.file_name, a.mime, a.size, a.attached_by, a.attached_at';

export function getAttachment(ctx: ServiceContext, input: { id: number }): ExportedFile {
  const row = ctx.sqlite
    .prepare('SELECT file_name, mime, content FROM attachments WHERE id = ?')
    .get(input.id) as { file_name: string; mime: string; content: Buffer } | undefined;
  if (!row) throw notFound('Lampiran');
  return { fileName: row.file_name, mime: row.mime, base64: Buffer.from(row.content).toString('base64') };
}
