import { z } from 'zod';
import { request } from '../contract/define';
import { requiredText } from '../contract/fields';
import type { Sen } from '../format/money';
import { IMPORT_UPLOAD_MAX_BYTES } from '../ledger/journalImport';

/**
 * Import of an existing loan register from one workbook with three sheets: kelompok, pinjaman and
 * angsuran. Columns are found by their titles (the first row holding them); the preview shows what
 * was found and every row's error; the commit writes all or nothing.
 */
export const LOAN_IMPORT_SHEETS = {
  kelompok: {
    label: 'Kelompok',
    fields: { desa: 'Desa', name: 'Nama kelompok', jenis: 'Jenis', ketua: 'Ketua' },
  },
  pinjaman: {
    label: 'Pinjaman',
    fields: {
      number: 'No. pinjaman',
      desa: 'Desa',
      kelompok: 'Kelompok',
      product: 'Produk',
      amount: 'Alokasi',
      disbursedOn: 'Tanggal cair',
      decision: 'No. BA MAD',
      tenor: 'Jangka waktu',
      frequency: 'Sistem angsuran',
      instalment: 'Angsuran pokok',
    },
  },
  angsuran: {
    label: 'Angsuran',
    fields: { number: 'No. pinjaman', date: 'Tanggal', pokok: 'Pokok', jasa: 'Jasa', denda: 'Denda' },
  },
} as const;
export type LoanImportSheetKey = keyof typeof LOAN_IMPORT_SHEETS;

/** Columns a sheet cannot do without; the rest are optional (when present, they are checked). */
export const LOAN_IMPORT_REQUIRED: Record<LoanImportSheetKey, readonly string[]> = {
  kelompok: ['desa', 'name'],
  pinjaman: ['number', 'desa', 'kelompok', 'product', 'amount', 'disbursedOn'],
  angsuran: ['number', 'date'],
};

export interface LoanImportSheetFound {
  key: LoanImportSheetKey;
  /** The workbook sheet used, or null when none looked like it. */
  sheet: string | null;
  headerRow: number | null;
  /** Field → column letter found, or null. */
  columns: Record<string, string | null>;
  rows: number;
}

export interface LoanImportError {
  sheet: string;
  row: number;
  message: string;
}

export interface LoanImportPreview {
  sheets: LoanImportSheetFound[];
  errors: LoanImportError[];
  totals: { kelompokNew: number; loans: number; payments: number; amount: Sen; saldo: Sen };
}

const upload = {
  fileName: requiredText('Nama file', 200),
  base64: z
    .string({ error: 'Isi file tidak sah' })
    .min(1, { error: 'File kosong' })
    .max(Math.ceil((IMPORT_UPLOAD_MAX_BYTES * 4) / 3) + 4, { error: 'File paling besar 10 MB' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Isi file tidak sah' }),
};

export const loanImportRequests = {
  'loanImport.preview': request<LoanImportPreview>()(z.strictObject(upload), { write: false }),
  /** Reads the file again and writes every kelompok, loan and repayment, or nothing when any row is wrong. */
  'loanImport.commit': request<LoanImportPreview>()(z.strictObject(upload), { write: true }),
};
