import { z } from 'zod';
import { request } from '../contract/define';
import { choice, clockTime, flag, id, isoDate, money, optionalText, requiredText } from '../contract/fields';
import type { Sen } from '../format/money';

/** How an entry was made; quick forms build the lines, `umum` is the general journal. */
export const ENTRY_KINDS = [
  'umum',
  'penerimaan_kas',
  'pengeluaran_kas',
  'setor_bank',
  'tarik_bank',
  'pindah_buku',
  'saldo_awal',
  'pembalik',
  'impor',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  umum: 'Jurnal umum',
  penerimaan_kas: 'Penerimaan',
  pengeluaran_kas: 'Pengeluaran',
  setor_bank: 'Setor ke bank',
  tarik_bank: 'Tarik dari bank',
  pindah_buku: 'Pindah buku',
  saldo_awal: 'Saldo awal',
  pembalik: 'Jurnal pembalik',
  impor: 'Impor',
};

export interface JournalLine {
  accountId: number;
  accountCode: string;
  accountName: string;
  debit: Sen;
  credit: Sen;
}

export interface JournalEntry {
  id: number;
  date: string;
  time: string;
  bukti: string;
  description: string;
  desaId: number | null;
  kind: EntryKind;
  lines: JournalLine[];
  voided: boolean;
  voidReason: string | null;
  reversesEntryId: number | null;
  reversedByEntryId: number | null;
  /** True when the entry lies in a locked period: only a reversing entry can correct it. */
  locked: boolean;
  createdBy: string;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string | null;
  voidedBy: string | null;
  voidedAt: string | null;
}

/** Result of a write: the entry, plus a warning the form shows (e.g. a bukti number used before). */
export interface PostResult {
  entry: JournalEntry;
}

const lineInput = z.strictObject({
  accountId: id('Akun'),
  debit: money('Debit', { allowZero: true }),
  credit: money('Kredit', { allowZero: true }),
});

const header = {
  date: isoDate('Tanggal'),
  time: clockTime('Jam'),
  bukti: requiredText('Nomor bukti', 40),
  description: requiredText('Uraian', 300),
  desaId: id('Desa')
    .nullish()
    .transform((v) => v ?? null),
  /** A bukti number already used is refused unless the person confirmed it. */
  allowDuplicateBukti: flag('Konfirmasi nomor bukti').default(false),
};

export const journalEntryInput = z.strictObject({
  ...header,
  lines: z
    .array(lineInput, { error: 'Baris jurnal tidak sah' })
    .min(2, { error: 'Jurnal memerlukan sedikitnya dua baris' })
    .max(200, { error: 'Paling banyak 200 baris' }),
});

export const QUICK_KINDS = [
  'penerimaan_kas',
  'pengeluaran_kas',
  'setor_bank',
  'tarik_bank',
  'pindah_buku',
] as const;
export type QuickKind = (typeof QUICK_KINDS)[number];

/**
 * The daily cases. `moneyAccountId` is the cash or bank account the money enters or leaves;
 * `otherAccountId` is the counter account (income/expense/receivable for penerimaan/pengeluaran,
 * the destination for setor/tarik/pindah buku).
 */
export const quickEntryInput = z.strictObject({
  ...header,
  kind: choice('Jenis transaksi', QUICK_KINDS),
  moneyAccountId: id('Rekening kas/bank'),
  otherAccountId: id('Akun lawan'),
  amount: money('Jumlah'),
});

export const journalRequests = {
  'journal.get': request<JournalEntry>()(z.strictObject({ id: id('Jurnal') }), { write: false }),
  'journal.post': request<PostResult>()(journalEntryInput, { write: true }),
  'journal.quick': request<PostResult>()(quickEntryInput, { write: true }),
  'journal.update': request<PostResult>()(
    z.strictObject({
      id: id('Jurnal'),
      ...journalEntryInput.shape,
      reason: requiredText('Alasan perubahan', 300),
    }),
    { write: true },
  ),
  'journal.void': request<JournalEntry>()(
    z.strictObject({ id: id('Jurnal'), reason: requiredText('Alasan pembatalan', 300) }),
    { write: true },
  ),
  /** The correction for a locked entry: the same lines with debit and credit swapped, on a later date. */
  'journal.reverse': request<PostResult>()(
    z.strictObject({
      id: id('Jurnal'),
      date: isoDate('Tanggal'),
      time: clockTime('Jam'),
      bukti: requiredText('Nomor bukti', 40),
      reason: requiredText('Alasan koreksi', 300),
    }),
    { write: true },
  ),
  /** Guided opening balances when moving from Excel: one entry against the opening-equity account. */
  'journal.openingBalances': request<PostResult>()(
    z.strictObject({
      date: isoDate('Tanggal saldo awal'),
      equityAccountId: id('Akun modal/ekuitas'),
      items: z
        .array(z.strictObject({ accountId: id('Akun'), amount: money('Saldo', { allowZero: true }) }))
        .min(1, { error: 'Isi sedikitnya satu saldo' })
        .max(500),
      bukti: optionalText('Nomor bukti', 40),
    }),
    { write: true },
  ),
};
