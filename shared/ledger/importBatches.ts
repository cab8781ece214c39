import { z } from 'zod';
import { request } from '../contract/define';
import { requiredText } from '../contract/fields';
import type { Sen } from '../format/money';
import type { ImportAccountTotal } from './importTypes';

/** One journal import as Riwayat impor shows it. */
export interface ImportBatch {
  id: string;
  source: 'jurnal' | 'sidbm';
  fileName: string;
  /** SHA-256 of the normalised rows; '' for imports made before batches were recorded. */
  fileHash: string;
  grouping: 'bukti' | 'per_baris';
  entries: number;
  lines: number;
  totalDebit: Sen;
  totalCredit: Sen;
  skippedDuplicates: number;
  createdAt: string;
  createdBy: string;
  undone: { at: string; by: string; reason: string } | null;
}

export interface ImportBatchDetail extends ImportBatch {
  /** What the batch's live entries put on each account (all entries while not undone). */
  accountTotals: ImportAccountTotal[];
  /** First and last entry date. */
  firstDate: string | null;
  lastDate: string | null;
}

const batchId = z
  .string({ error: 'Impor tidak ditemukan' })
  .trim()
  .min(1, { error: 'Impor tidak ditemukan' })
  .max(64, { error: 'Impor tidak ditemukan' })
  .regex(/^[0-9A-Za-z-]+$/, { error: 'Impor tidak ditemukan' });

export const importBatchRequests = {
  'importBatch.list': request<ImportBatch[]>()(z.strictObject({}), { write: false }),
  'importBatch.get': request<ImportBatchDetail>()(z.strictObject({ id: batchId }), { write: false }),
  /** Voids every entry of the batch in one transaction; refused when any lies in a locked period. */
  'importBatch.undo': request<{ voided: number }>()(
    z.strictObject({ id: batchId, reason: requiredText('Alasan pembatalan', 300) }),
    { write: true },
  ),
};
