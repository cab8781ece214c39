import type { Sen } from '../format/money';

export const EXAM_TYPES = ['rutin', 'mendadak', 'serah_terima', 'tutup_buku'] as const;
export type ExamType = (typeof EXAM_TYPES)[number];
export const EXAM_TYPE_LABELS: Record<ExamType, string> = {
  rutin: 'Rutin',
  mendadak: 'Mendadak',
  serah_terima: 'Serah terima jabatan',
  tutup_buku: 'Tutup buku',
};
export type ExamStatus = 'draft' | 'final' | 'ditandatangani';

/** Explanations of a cash difference, signed relative to the book (DOMAIN §4.3). */
export const EXPLANATION_CODES = [
  'BELUM_BUKU_KELUAR',
  'BELUM_BUKU_MASUK',
  'KASBON',
  'SETOR_PERJALANAN',
  'SALAH_CATAT',
  'UANG_DICABUT',
  'TIDAK_DIKETAHUI',
] as const;
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];
export const EXPLANATION_LABELS: Record<ExplanationCode, string> = {
  BELUM_BUKU_KELUAR: 'Pengeluaran sudah dibayar, belum dibukukan',
  BELUM_BUKU_MASUK: 'Penerimaan sudah diterima, belum dibukukan',
  KASBON: 'Kasbon / bon sementara',
  SETOR_PERJALANAN: 'Setoran ke bank dalam perjalanan',
  SALAH_CATAT: 'Salah catat',
  UANG_DICABUT: 'Uang dicabut / palsu',
  TIDAK_DIKETAHUI: 'Tidak diketahui',
};

/** Which way each explanation moves the difference; 0 = either way (SALAH_CATAT, TIDAK_DIKETAHUI). */
export const EXPLANATION_SIGN: Record<ExplanationCode, 1 | -1 | 0> = {
  BELUM_BUKU_KELUAR: -1,
  BELUM_BUKU_MASUK: 1,
  KASBON: -1,
  SETOR_PERJALANAN: -1,
  SALAH_CATAT: 0,
  UANG_DICABUT: -1,
  TIDAK_DIKETAHUI: 0,
};

export const NON_CASH_KINDS = ['kasbon', 'cek', 'meterai', 'voucher', 'uang_dicabut', 'lainnya'] as const;
export type NonCashKind = (typeof NON_CASH_KINDS)[number];
export const NON_CASH_LABELS: Record<NonCashKind, string> = {
  kasbon: 'Kasbon / bon sementara',
  cek: 'Cek / giro',
  meterai: 'Meterai',
  voucher: 'Voucher',
  uang_dicabut: 'Uang yang sudah dicabut',
  lainnya: 'Lainnya',
};

/** Bank reconciliation items (DOMAIN §5): side `bank` adjusts the statement, `buku` the book. */
export const RECON_CODES = [
  'SETORAN_DALAM_PERJALANAN',
  'PENARIKAN_BELUM_DIDEBET',
  'KOREKSI_BANK',
  'BUNGA_JASA_GIRO',
  'TRANSFER_MASUK_BELUM_DICATAT',
  'BIAYA_ADM_BANK',
  'PAJAK_BUNGA',
  'KOREKSI_BUKU',
] as const;
export type ReconCode = (typeof RECON_CODES)[number];
export const RECON_RULES: Record<ReconCode, { side: 'bank' | 'buku'; sign: 1 | -1 | 0; label: string }> = {
  SETORAN_DALAM_PERJALANAN: { side: 'bank', sign: 1, label: 'Setoran dalam perjalanan' },
  PENARIKAN_BELUM_DIDEBET: { side: 'bank', sign: -1, label: 'Penarikan/cek belum didebet bank' },
  KOREKSI_BANK: { side: 'bank', sign: 0, label: 'Koreksi kesalahan bank' },
  BUNGA_JASA_GIRO: { side: 'buku', sign: 1, label: 'Bunga/jasa giro belum dicatat' },
  TRANSFER_MASUK_BELUM_DICATAT: { side: 'buku', sign: 1, label: 'Transfer masuk belum dicatat' },
  BIAYA_ADM_BANK: { side: 'buku', sign: -1, label: 'Biaya administrasi bank belum dicatat' },
  PAJAK_BUNGA: { side: 'buku', sign: -1, label: 'Pajak bunga belum dicatat' },
  KOREKSI_BUKU: { side: 'buku', sign: 0, label: 'Koreksi kesalahan pencatatan UPK' },
};

export const STATEMENT_SOURCES = [
  'rekening_koran',
  'buku_tabungan',
  'internet_banking',
  'surat_keterangan',
] as const;
export type StatementSource = (typeof STATEMENT_SOURCES)[number];
export const STATEMENT_SOURCE_LABELS: Record<StatementSource, string> = {
  rekening_koran: 'Rekening koran',
  buku_tabungan: 'Buku tabungan',
  internet_banking: 'Tangkapan layar internet banking',
  surat_keterangan: 'Surat keterangan saldo bank',
};

export interface Denomination {
  id: number;
  kind: 'kertas' | 'logam';
  value: Sen;
  active: boolean;
}

export interface Party {
  officerId: number;
  name: string;
  nip: string | null;
  /** Jabatan on the examination date. */
  position: string;
}

export interface CountLine {
  denominationId: number;
  kind: 'kertas' | 'logam';
  value: Sen;
  count: number;
  subtotal: Sen;
}

export interface CashPart {
  accountId: number;
  accountName: string;
  accountCode: string;
  /** Book side at the examination instant, from the journal (never typed). */
  book: {
    periodStart: string;
    opening: Sen;
    receipts: Sen;
    payments: Sen;
    balance: Sen;
    lastBukti: string | null;
  };
  counts: CountLine[];
  totalKertas: Sen;
  totalLogam: Sen;
  physical: Sen;
  nonCash: { id: number; kind: NonCashKind; description: string; amount: Sen }[];
  difference: Sen;
  status: 'sesuai' | 'lebih' | 'kurang';
  explanations: { id: number; code: ExplanationCode; description: string; amount: Sen }[];
  explained: Sen;
  unexplained: Sen;
  counted: boolean;
}

export interface BankPart {
  accountId: number;
  accountName: string;
  bankLabel: string;
  bookBalance: Sen;
  statement: { balance: Sen; date: string; source: StatementSource } | null;
  items: { id: number; code: ReconCode; description: string; amount: Sen }[];
  adjustedBank: Sen | null;
  adjustedBook: Sen;
  reconciled: boolean;
}

export interface Finding {
  id: number;
  number: number;
  kondisi: string;
  kriteria: string | null;
  rekomendasi: string;
  amount: Sen;
  pic: string | null;
  dueDate: string | null;
  /** Absent in examinations finalised before the findings library existed. */
  sebab?: string | null;
  akibat?: string | null;
  /** Nilai rekomendasi: to be returned or deposited. */
  recommendedAmount?: Sen;
  /** Library code and version it was made from. */
  library?: { code: string; version: number } | null;
}

export interface ObservationAnswer {
  itemId: number;
  text: string;
  answer: 'ya' | 'tidak' | 'na' | null;
  note: string | null;
}

/** The loan side of the examination (dana bergulir): register against journal, kolektibilitas. */
export interface ExamLoanSection {
  /** Name of the kolektibilitas table used. */
  tableName: string;
  loanCount: number;
  /** Receivable (piutang pinjaman) in the journal at the end of the examination date. */
  receivableInBooks: Sen;
  /** Sum of the loans' saldo pokok in the register on that date. */
  registerSaldo: Sen;
  /** books − register; must be 0. */
  difference: Sen;
  tunggakanPokok: Sen;
  tunggakanJasa: Sen;
  byClass: { code: string; name: string; count: number; saldo: Sen; provisionBp: number; provision: Sen }[];
  provisionRequired: Sen;
  provisionBooked: Sen;
}

export interface Examination {
  id: number;
  number: string | null;
  type: ExamType;
  date: string;
  time: string;
  zone: 'WIB' | 'WITA' | 'WIT';
  place: string;
  basis: string | null;
  /** Set on an addendum: the final examination it corrects. */
  addendumOf: { id: number; number: string } | null;
  status: ExamStatus;
  examined: Party;
  examiners: Party[];
  acknowledgers: Party[];
  cash: CashPart[];
  banks: BankPart[];
  observations: ObservationAnswer[];
  findings: Finding[];
  /** Absent in examinations finalised before the loan register existed; null when there are no loans. */
  loans?: ExamLoanSection | null;
  conclusion: string | null;
  unexplainedAcknowledged: boolean;
  totals: { bookCashAndBank: Sen; examinedCashAndBank: Sen };
  /** What still blocks finalisation (empty when it can be finalised). */
  missing: string[];
  hash: string | null;
  finalisedAt: string | null;
  finalisedBy: string | null;
}

export interface ExamSummary {
  id: number;
  number: string | null;
  type: ExamType;
  date: string;
  time: string;
  place: string;
  status: ExamStatus;
  examinedName: string;
}

/** A journal entry the Bendahara can post for a book-side reconciliation item (after the instant). */
export interface SuggestedEntry {
  itemId: number;
  code: ReconCode;
  date: string;
  time: string;
  description: string;
  lines: { accountId: number; accountCode: string; accountName: string; debit: Sen; credit: Sen }[];
}

export interface ExamSchedule {
  /** How often a cash examination is due, in months (1 = monthly, the default). */
  intervalMonths: number;
  lastFinalDate: string | null;
  /** The date the next examination is due (null when none has been finalised yet). */
  nextDue: string | null;
  overdue: boolean;
  pattern: string;
}

export const SIGNED_COPY_MIME_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const;
export const SIGNED_COPY_MAX_BYTES = 10 * 1024 * 1024;

/** One cash account's result in a finalised examination, for the history chart. */
export interface ExamHistoryPoint {
  examId: number;
  number: string;
  date: string;
  accountId: number;
  accountName: string;
  book: Sen;
  physical: Sen;
  difference: Sen;
  unexplained: Sen;
}

export interface ObservationItem {
  id: number;
  text: string;
  active: boolean;
}
