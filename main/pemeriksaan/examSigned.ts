import { createHash } from 'node:crypto';
import type { ParsedInputOf } from '../../shared/contract';
import type { ExportedFile } from '../../shared/ledger/books';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { examRow } from './examCompute';
import { readExam } from './examService';

const MAGIC: Record<ParsedInputOf<'exam.attachSigned'>['mimeType'], number[]> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
};

/** Attaches the scan of the signed paper to a final examination; it becomes `ditandatangani`. */
export function attachSigned(ctx: ServiceContext, input: ParsedInputOf<'exam.attachSigned'>): Examination {
  const { sqlite } = ctx;
  const row = examRow(sqlite, input.id);
  if (row.status === 'draft')
    throw conflict(
      'Finalkan dan cetak berita acara dulu, lalu lampirkan hasil pindaian yang sudah ditandatangani.',
    );
  if (row.status === 'ditandatangani')
    throw conflict('Salinan bertanda tangan sudah dilampirkan dan tidak dapat diganti.');
  const bytes = Buffer.from(input.base64, 'base64');
  if (!MAGIC[input.mimeType].every((b, i) => bytes[i] === b)) {
    throw new AppError(
      'VALIDATION',
      'Isi berkas tidak sesuai jenisnya; pilih berkas PNG, JPEG atau PDF yang sah.',
      {
        base64: 'Berkas bukan PNG, JPEG atau PDF',
      },
    );
  }
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    sqlite
      .prepare(
        'INSERT INTO exam_signed_copies (exam_id, mime, content, sha256, attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(input.id, input.mimeType, bytes, createHash('sha256').update(bytes).digest('hex'), ctx.actor, now);
    sqlite.prepare("UPDATE examinations SET status = 'ditandatangani' WHERE id = ?").run(input.id);
  })();
  return readExam(sqlite, input.id);
}

export function signedCopy(ctx: ServiceContext, input: { id: number }): ExportedFile {
  const copy = ctx.sqlite
    .prepare('SELECT mime, content FROM exam_signed_copies WHERE exam_id = ?')
    .get(input.id) as { mime: string; content: Buffer } | undefined;
  if (!copy) throw new AppError('NOT_FOUND', 'Belum ada salinan bertanda tangan untuk pemeriksaan ini.');
  const number = (examRow(ctx.sqlite, input.id).number ?? String(input.id)).replace(/[^A-Za-z0-9]+/g, '-');
  const ext = copy.mime === 'application/pdf' ? 'pdf' : copy.mime === 'image/png' ? 'png' : 'jpg';
  return {
    fileName: `BA-bertanda-tangan-${number}.${ext}`,
    mime: copy.mime,
    base64: Buffer.from(copy.content).toString('base64'),
  };
}
