import type { ParsedInputOf } from '../../shared/contract';
import type { ExportedFile } from '../../shared/ledger/books';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import { matchesType } from '../attachments/attachmentStore';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { sha256 } from '../core/snapshot';
import { examRow } from './examCompute';
import { readExam } from './examService';

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
  if (!matchesType(bytes, input.mimeType)) {
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
      .run(input.id, input.mimeType, bytes, sha256(bytes), ctx.actor, now);
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
