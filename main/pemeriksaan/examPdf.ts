import type { ExportedFile } from '../../shared/ledger/books';
import { conflict } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { beritaAcaraPdf } from '../reports/beritaAcara';
import { examRow } from './examCompute';
import { readSnapshot } from './examFinalise';

/** `001/BA-PK/UPK/VII/2025` → `BA-Pemeriksaan-Kas-001-BA-PK-UPK-VII-2025.pdf`. */
export function beritaAcaraFileName(number: string): string {
  const safe = number
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `BA-Pemeriksaan-Kas-${safe || 'tanpa-nomor'}.pdf`;
}

/**
 * The Berita Acara Pemeriksaan Kas of a finalised examination, printed from its frozen snapshot
 * (office, parties, numbers as they were at finalisation) on the snapshot's paper size; only the
 * print time differs between two prints. A draft has no number and nothing frozen: refused.
 */
export async function examPdf(ctx: ServiceContext, input: { id: number }): Promise<ExportedFile> {
  const row = examRow(ctx.sqlite, input.id);
  if (row.status === 'draft' || !row.snapshot || !row.snapshot_hash || !row.number) {
    throw conflict(
      'Finalkan pemeriksaan dulu: berita acara hanya dicetak dari pemeriksaan yang sudah final dan bernomor.',
    );
  }
  const snapshot = readSnapshot(row);
  const bytes = await beritaAcaraPdf(snapshot, row.snapshot_hash, snapshot.office?.paperSize ?? 'A4', {
    printedAt: ctx.now(),
  });
  return {
    fileName: beritaAcaraFileName(row.number),
    mime: 'application/pdf',
    base64: bytes.toString('base64'),
  };
}
