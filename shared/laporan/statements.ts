import { z } from 'zod';
import { request } from '../contract/define';
import { choice, isoDate, requiredText } from '../contract/fields';
import type { IsoDate } from '../format/date';
import type { Sen } from '../format/money';
import type { ExportedFile } from '../ledger/books';
import { COMPARE_MODES } from './periods';

/** One account under a statement row (the drill-down's second level). */
export interface StatementAccount {
  accountId: number;
  code: string;
  name: string;
  amount: Sen;
  compare: Sen | null;
  /** Printed as a deduction (a contra account such as cadangan kerugian piutang). */
  contra: boolean;
}

export interface StatementRow {
  key: string;
  label: string;
  amount: Sen;
  compare: Sen | null;
  accounts: StatementAccount[];
  /** Computed from other figures (surplus tahun berjalan), not from accounts of its own. */
  computed?: boolean;
}

export interface StatementTotal {
  label: string;
  amount: Sen;
  compare: Sen | null;
}

export interface StatementSection {
  key: string;
  label: string;
  rows: StatementRow[];
  total: StatementTotal;
}

/** A block: a heading (ASET), its sections and the block's total (Jumlah Aset). */
export interface StatementBlock {
  heading: string | null;
  sections: StatementSection[];
  total: StatementTotal | null;
}

export interface StatementNote {
  tone: 'peringatan' | 'info';
  text: string;
}

export const STATEMENT_KINDS = ['neraca', 'laba_rugi', 'arus_kas', 'perubahan_ekuitas'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
export const STATEMENT_TITLES: Record<StatementKind | 'neraca_saldo' | 'calk', string> = {
  neraca: 'Neraca',
  laba_rugi: 'Laporan Laba Rugi',
  arus_kas: 'Laporan Arus Kas',
  perubahan_ekuitas: 'Laporan Perubahan Ekuitas',
  neraca_saldo: 'Neraca Saldo',
  calk: 'Catatan atas Laporan Keuangan',
};

/** Neraca, Laba Rugi, Arus Kas and Perubahan Ekuitas share this shape (and one printer). */
export interface Statement {
  kind: StatementKind;
  title: string;
  /** Balance sheet: `from` null (a position at `to`). */
  period: { from: IsoDate | null; to: IsoDate };
  compare: { from: IsoDate | null; to: IsoDate } | null;
  columnLabel: string;
  compareLabel: string | null;
  blocks: StatementBlock[];
  /** Lines after the blocks (arus kas: saldo awal and akhir of kas and bank). */
  totals: StatementTotal[];
  notes: StatementNote[];
  /** Neraca: Aset − (Kewajiban + Ekuitas); zero when it balances. */
  difference: Sen | null;
}

export interface TrialBalanceRow {
  accountId: number;
  code: string;
  name: string;
  /** Signed debit − credit. */
  opening: Sen;
  debit: Sen;
  credit: Sen;
  closing: Sen;
}

export interface TrialBalance {
  period: { from: IsoDate; to: IsoDate };
  rows: TrialBalanceRow[];
  totals: {
    openingDebit: Sen;
    openingCredit: Sen;
    debit: Sen;
    credit: Sen;
    closingDebit: Sen;
    closingCredit: Sen;
  };
  notes: StatementNote[];
}

export interface CalkNote {
  number: number;
  title: string;
  /** Neraca line total at the date and at the comparative date. */
  amount: Sen;
  compare: Sen | null;
  accounts: StatementAccount[];
}

export interface Calk {
  date: IsoDate;
  compareDate: IsoDate | null;
  policies: string;
  notes: CalkNote[];
}

const compareMode = choice('Pembanding', COMPARE_MODES).default('tahun_lalu');

export const periodInput = z
  .strictObject({ from: isoDate('Tanggal awal'), to: isoDate('Tanggal akhir'), compare: compareMode })
  .refine((q) => q.from <= q.to, { error: 'Tanggal akhir tidak boleh sebelum tanggal awal', path: ['to'] });

export const dateInput = z.strictObject({ date: isoDate('Tanggal'), compare: compareMode });

export const REPORT_FORMATS = ['pdf', 'xlsx'] as const;

const pointExport = <K extends 'neraca' | 'calk'>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    date: isoDate('Tanggal'),
    compare: compareMode,
    format: choice('Format', REPORT_FORMATS),
  });

const periodExport = <K extends 'laba_rugi' | 'arus_kas' | 'perubahan_ekuitas' | 'neraca_saldo'>(kind: K) =>
  z
    .strictObject({
      kind: z.literal(kind),
      from: isoDate('Tanggal awal'),
      to: isoDate('Tanggal akhir'),
      compare: compareMode,
      format: choice('Format', REPORT_FORMATS),
    })
    .refine((q) => q.from <= q.to, { error: 'Tanggal akhir tidak boleh sebelum tanggal awal', path: ['to'] });

export const statementExportInput = z.discriminatedUnion('kind', [
  pointExport('neraca'),
  pointExport('calk'),
  periodExport('laba_rugi'),
  periodExport('arus_kas'),
  periodExport('perubahan_ekuitas'),
  periodExport('neraca_saldo'),
]);

export const statementsRequests = {
  'laporan.neraca': request<Statement>()(dateInput, { write: false }),
  'laporan.labaRugi': request<Statement>()(periodInput, { write: false }),
  'laporan.arusKas': request<Statement>()(periodInput, { write: false }),
  'laporan.perubahanEkuitas': request<Statement>()(periodInput, { write: false }),
  'laporan.neracaSaldo': request<TrialBalance>()(periodInput, { write: false }),
  'laporan.calk': request<Calk>()(dateInput, { write: false }),
  'laporan.export': request<ExportedFile>()(statementExportInput, { write: false }),
  /** The office's accounting policies, printed as the first note of the CALK. */
  'laporan.setPolicies': request<{ policies: string }>()(
    z.strictObject({ policies: requiredText('Kebijakan akuntansi', 8000) }),
    { write: true },
  ),
};
