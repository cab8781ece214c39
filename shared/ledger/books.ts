import { z } from 'zod';
import { request } from '../contract/define';
import { choice, clockTime, flag, id, isoDate, optionalText, requiredText } from '../contract/fields';
import type { Sen } from '../format/money';

/**
 * Ordering of the journal, used by every book and balance: by date, then time (HH:MM), then the
 * order of recording (entry id), then line. "Saldo pada saat T" includes every entry stamped at or
 * before T (`sesudah`), or strictly before T (`sebelum`) — entries sharing T are all in or all out.
 */
export const BALANCE_MOMENTS = ['sebelum', 'sesudah'] as const;
export type BalanceMoment = (typeof BALANCE_MOMENTS)[number];

/** A book is one account's lines, or `bku`: every cash and bank account together. */
export type BookKey = { accountId: number } | { bku: true };

export interface BookRow {
  entryId: number;
  lineId: number;
  date: string;
  time: string;
  bukti: string;
  description: string;
  /** The cash/bank account of the line (shown in the Buku Kas Umum). */
  accountName: string;
  debit: Sen;
  credit: Sen;
  /** Running saldo after this row (normal side of the book); a voided row repeats the previous saldo. */
  balance: Sen;
  voided: boolean;
}

/** Keyset position: the last row seen. */
export interface BookCursor {
  date: string;
  time: string;
  entryId: number;
  lineId: number;
}

export interface BookPage {
  title: string;
  accountLabel: string;
  /** Saldo before the period (the opening row). */
  openingBalance: Sen;
  rows: BookRow[];
  /** Cursor for the next page, or null at the end. */
  next: BookCursor | null;
  /** Totals of the whole period (not only this page), voided rows excluded. */
  totalDebit: Sen;
  totalCredit: Sen;
  closingBalance: Sen;
  /** Live rows in the period (without a search filter; null when filtered). */
  rowCount: number | null;
}

const cursor = z.strictObject({
  date: isoDate('Posisi'),
  time: clockTime('Posisi'),
  entryId: id('Posisi'),
  lineId: id('Posisi'),
});

export const bookQuery = z
  .strictObject({
    accountId: id('Rekening')
      .nullish()
      .transform((v) => v ?? null),
    bku: flag('Buku kas umum').default(false),
    from: isoDate('Tanggal awal'),
    to: isoDate('Tanggal akhir'),
    search: optionalText('Cari', 100),
  })
  .refine((q) => q.bku || q.accountId !== null, {
    error: 'Pilih buku yang akan ditampilkan',
    path: ['accountId'],
  })
  .refine((q) => q.from <= q.to, { error: 'Tanggal akhir tidak boleh sebelum tanggal awal', path: ['to'] });

export const EXPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
}

export interface LockState {
  /** Entries stamped at or before this moment cannot change; null when nothing is locked. */
  lockedUntil: { date: string; time: string } | null;
  reason: string | null;
}

export const bookExportInput = z.strictObject({ query: bookQuery, format: choice('Format', EXPORT_FORMATS) });

export const booksRequests = {
  'books.export': request<ExportedFile>()(bookExportInput, { write: false }),
  'books.page': request<BookPage>()(
    z.strictObject({
      query: bookQuery,
      after: cursor.nullish().transform((v) => v ?? null),
      limit: z.number().int().min(1).max(500).default(100),
    }),
    { write: false },
  ),
  'books.balanceAt': request<{ balance: Sen }>()(
    z.strictObject({
      accountId: id('Akun'),
      date: isoDate('Tanggal'),
      time: clockTime('Jam'),
      moment: choice('Saat', BALANCE_MOMENTS).default('sesudah'),
    }),
    { write: false },
  ),
  'books.lockState': request<LockState>()(z.strictObject({}), { write: false }),
  /** Used by a finalised cash examination; also available to the admin for closing a year. */
  'books.lock': request<LockState>()(
    z.strictObject({ date: isoDate('Tanggal'), time: clockTime('Jam'), reason: requiredText('Alasan', 300) }),
    { write: true },
  ),
};
