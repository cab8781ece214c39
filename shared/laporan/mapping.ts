import { z } from 'zod';
import { request } from '../contract/define';
import { choice, id } from '../contract/fields';
import type { AccountType } from '../ledger/accounts';

/** Where a statement line sits: the Neraca's sections, the Laba Rugi's, or outside both. */
export const STATEMENT_GROUPS = [
  'aset_lancar',
  'aset_tetap',
  'aset_lain',
  'kewajiban',
  'ekuitas',
  'pendapatan',
  'beban',
  'penampung',
] as const;
export type StatementGroup = (typeof STATEMENT_GROUPS)[number];

export const GROUP_LABELS: Record<StatementGroup, string> = {
  aset_lancar: 'Aset Lancar',
  aset_tetap: 'Aset Tetap',
  aset_lain: 'Aset Lain-lain',
  kewajiban: 'Kewajiban',
  ekuitas: 'Ekuitas',
  pendapatan: 'Pendapatan',
  beban: 'Beban',
  penampung: 'Akun Penampung (harus bersaldo nol)',
};

/** Which account types may roll up to a group (a penampung may be of any balance-sheet type). */
export const GROUP_TYPES: Record<StatementGroup, readonly AccountType[]> = {
  aset_lancar: ['aset'],
  aset_tetap: ['aset'],
  aset_lain: ['aset'],
  kewajiban: ['kewajiban'],
  ekuitas: ['ekuitas'],
  pendapatan: ['pendapatan'],
  beban: ['beban'],
  penampung: ['aset', 'kewajiban', 'ekuitas'],
};

export interface StatementLine {
  key: string;
  group: StatementGroup;
  label: string;
}

/** The lines of the Neraca and the Laba Rugi; each account rolls up to one (its sub-lines are the accounts). */
export const STATEMENT_LINES = [
  { key: 'kas_bank', group: 'aset_lancar', label: 'Kas dan Bank' },
  { key: 'piutang_pinjaman', group: 'aset_lancar', label: 'Piutang Pinjaman' },
  { key: 'cadangan_piutang', group: 'aset_lancar', label: 'Cadangan Kerugian Piutang' },
  { key: 'piutang_lain', group: 'aset_lancar', label: 'Piutang Lain dan Uang Muka' },
  { key: 'aset_lancar_lain', group: 'aset_lancar', label: 'Aset Lancar Lainnya' },
  { key: 'aset_tetap', group: 'aset_tetap', label: 'Inventaris dan Aset Tetap' },
  { key: 'akumulasi_penyusutan', group: 'aset_tetap', label: 'Akumulasi Penyusutan' },
  { key: 'aset_lain', group: 'aset_lain', label: 'Aset Lain-lain' },
  { key: 'utang_lancar', group: 'kewajiban', label: 'Utang Lancar dan Titipan' },
  { key: 'utang_surplus', group: 'kewajiban', label: 'Utang Surplus Bagian Desa/Masyarakat' },
  { key: 'utang_pajak', group: 'kewajiban', label: 'Utang Pajak' },
  { key: 'kewajiban_panjang', group: 'kewajiban', label: 'Kewajiban Jangka Panjang' },
  { key: 'modal', group: 'ekuitas', label: 'Modal (DBM/BLM Bergulir)' },
  { key: 'surplus_ditahan', group: 'ekuitas', label: 'Surplus Ditahan' },
  { key: 'surplus_belum_dialokasikan', group: 'ekuitas', label: 'Surplus Tahun Lalu Belum Dialokasikan' },
  { key: 'ekuitas_lain', group: 'ekuitas', label: 'Ekuitas Lainnya' },
  { key: 'pendapatan_operasional', group: 'pendapatan', label: 'Pendapatan Operasional' },
  { key: 'pendapatan_non_operasional', group: 'pendapatan', label: 'Pendapatan Non-Operasional' },
  { key: 'beban_operasional', group: 'beban', label: 'Beban Operasional' },
  { key: 'beban_penyusutan_penyisihan', group: 'beban', label: 'Beban Penyusutan dan Penyisihan' },
  { key: 'beban_non_operasional', group: 'beban', label: 'Beban Non-Operasional' },
  { key: 'penampung', group: 'penampung', label: 'Akun Penampung' },
] as const satisfies readonly StatementLine[];

export type StatementLineKey = (typeof STATEMENT_LINES)[number]['key'];
export const STATEMENT_LINE_KEYS = STATEMENT_LINES.map((l) => l.key) as [
  StatementLineKey,
  ...StatementLineKey[],
];

export function statementLine(key: StatementLineKey): StatementLine {
  const line = STATEMENT_LINES.find((l) => l.key === key);
  if (!line) throw new RangeError(`Baris laporan tidak dikenal: ${key}`);
  return line;
}

/** The fallback line of an account type when neither the account nor a parent is mapped. */
export const FALLBACK_LINE: Record<AccountType, StatementLineKey> = {
  aset: 'aset_lain',
  kewajiban: 'utang_lancar',
  ekuitas: 'ekuitas_lain',
  pendapatan: 'pendapatan_non_operasional',
  beban: 'beban_non_operasional',
};

/** Arus kas: the class of a cash movement, from the account on the other side of the kas/bank line. */
export const CASH_CLASSES = ['operasi', 'investasi', 'pendanaan'] as const;
export type CashClass = (typeof CASH_CLASSES)[number];
export const CASH_CLASS_LABELS: Record<CashClass, string> = {
  operasi: 'Aktivitas Operasi',
  investasi: 'Aktivitas Investasi',
  pendanaan: 'Aktivitas Pendanaan',
};

/** Natural side of a group: aset and beban grow with debits, the rest with credits. */
export function groupSide(group: StatementGroup): 'D' | 'K' {
  return group === 'aset_lancar' || group === 'aset_tetap' || group === 'aset_lain' || group === 'beban'
    ? 'D'
    : 'K';
}

export interface AccountMapping {
  accountId: number;
  code: string;
  name: string;
  type: AccountType;
  normalSide: 'D' | 'K';
  /** Has child accounts (a group; its mapping is the default of its children). */
  isGroup: boolean;
  active: boolean;
  line: StatementLineKey;
  cashClass: CashClass;
  /** Where the mapping comes from: the account's own, a parent's, or the type's fallback. */
  source: 'sendiri' | 'induk' | 'bawaan';
  /** A contra account (saldo normal opposite to its group): printed as a deduction. */
  contra: boolean;
}

export const laporanMappingRequests = {
  'laporan.mapping': request<AccountMapping[]>()(z.strictObject({}), { write: false }),
  /** Sets an account's statement line and arus-kas class; `line: null` makes it follow its parent again. */
  'laporan.setMapping': request<AccountMapping>()(
    z.strictObject({
      accountId: id('Akun'),
      line: choice('Baris laporan', STATEMENT_LINE_KEYS)
        .nullish()
        .transform((v) => v ?? null),
      cashClass: choice('Kelompok arus kas', CASH_CLASSES),
    }),
    { write: true },
  ),
};
