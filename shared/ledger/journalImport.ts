import { z } from 'zod';
import { request } from '../contract/define';
import { flag, requiredText } from '../contract/fields';
import type { Sen } from '../format/money';
import { type ImportMapping, type ImportPreview, importMappingSchema } from './importTypes';

/** Largest workbook accepted from the screen (it travels as base64 inside one request). */
export const IMPORT_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

const file = {
  fileName: requiredText('Nama file', 260),
  base64: z
    .string({ error: 'Isi file tidak sah' })
    .min(1, { error: 'File kosong' })
    .max(Math.ceil((IMPORT_UPLOAD_MAX_BYTES * 4) / 3) + 4, { error: 'File paling besar 10 MB' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Isi file tidak sah' }),
};

export interface ImportResult {
  batch: string;
  entries: number;
  /** Entries identical to live ones that were left out. */
  skippedDuplicates: number;
  totalDebit: Sen;
  totalCredit: Sen;
}

export const journalImportRequests = {
  /** Reads the file and shows what an import would do; with `mapping` null the mapping is guessed. */
  'journal.importPreview': request<ImportPreview>()(
    z.strictObject({
      ...file,
      mapping: importMappingSchema.nullable(),
      sheet: z
        .string({ error: 'Lembar kerja tidak sah' })
        .max(200)
        .nullish()
        .transform((v) => v ?? null),
    }),
    { write: false },
  ),
  /**
   * All rows or none, in one transaction, as one batch; the mapping is remembered for next time.
   * Warnings and a file imported before answer NEEDS_CONFIRMATION until `confirmed`.
   */
  'journal.importCommit': request<ImportResult>()(
    z.strictObject({
      ...file,
      mapping: importMappingSchema,
      confirmed: flag('Konfirmasi impor').default(false),
      includeDuplicates: flag('Pilihan jurnal kembar').default(false),
    }),
    { write: true },
  ),
  'journal.importMapping': request<ImportMapping | null>()(z.strictObject({}), { write: false }),
};
