import { z } from 'zod';
import { request } from '../contract/define';
import { choice, clockTime, flag, id, isoDate, money, optionalText, requiredText } from '../contract/fields';
import type { Sen } from '../format/money';
import type { ExportedFile } from '../ledger/books';
import type { LoanStatus } from './arrears';
import { kolekSeriesRequests } from './kolekSeries';
import { CLASS_BASES, type ClassTableDef, type KolekClass } from './kolektibilitas';
import type { RatioSheet } from './ratios';
import type { Instalment } from './schedule';
import { type LoanTerms, loanTermsInput } from './terms';

export const LOAN_STATUSES = [
  'usulan',
  'diverifikasi',
  'disetujui',
  'aktif',
  'lunas',
  'dihapus',
  'dijadwal_ulang',
  'ditolak',
] as const;
export type LoanStatusCode = (typeof LOAN_STATUSES)[number];
export const LOAN_STATUS_LABELS: Record<LoanStatusCode, string> = {
  usulan: 'Usulan',
  diverifikasi: 'Diverifikasi',
  disetujui: 'Disetujui',
  aktif: 'Aktif',
  lunas: 'Lunas',
  dihapus: 'Dihapusbukukan',
  dijadwal_ulang: 'Dijadwal ulang',
  ditolak: 'Ditolak',
};

export interface LoanProduct {
  id: number;
  code: string;
  name: string;
  terms: LoanTerms;
  receivableAccountId: number;
  jasaAccountId: number;
  dendaAccountId: number;
  active: boolean;
}

export interface ClassTable extends ClassTableDef {
  id: number;
  createdAt: string;
}

export interface RepaymentRow {
  id: number;
  date: string;
  pokok: Sen;
  jasa: Sen;
  denda: Sen;
  accountId: number | null;
  entryId: number | null;
  bukti: string | null;
  voided: boolean;
}

export interface LoanSummary {
  id: number;
  number: string;
  kelompokId: number;
  kelompokName: string;
  desaId: number;
  desaName: string;
  productCode: string;
  status: LoanStatusCode;
  amount: Sen;
  disbursedOn: string | null;
  /** As of the date asked for (today by default); null before disbursement. */
  position: LoanStatus | null;
  kolek: KolekClass | null;
}

export interface Loan extends LoanSummary {
  productId: number;
  terms: LoanTerms;
  purpose: string | null;
  proposedOn: string;
  verifiedOn: string | null;
  approvedOn: string | null;
  decisionNumber: string | null;
  closedOn: string | null;
  closeNote: string | null;
  migrated: boolean;
  members: { anggotaId: number; name: string; amount: Sen }[];
  schedule: Instalment[];
  repayments: RepaymentRow[];
  asOf: string;
}

/** One row of the portfolio at a date (LPP + kolektibilitas). */
export interface PortfolioRow {
  loanId: number;
  number: string;
  kelompokId: number;
  kelompokName: string;
  desaId: number;
  desaName: string;
  amount: Sen;
  saldo: Sen;
  /** Σ pokok of the instalments due by the date (target kumulatif). */
  targetPokok: Sen;
  /** Σ pokok paid by the date (live repayments). */
  paidPokok: Sen;
  tunggakanPokok: Sen;
  tunggakanJasa: Sen;
  instalmentsInArrears: number;
  daysPastDue: number;
  classCode: string;
  provision: Sen;
  frequency: LoanTerms['frequency'];
  /** Wajib pokok: the regular pokok per instalment. */
  regularPokok: Sen;
  /** Angsuran ke: instalments due by the date. */
  dueInstalments: number;
  /** Whole months (weekly: weeks) since disbursement, as SIDBM counts them. */
  elapsedPeriods: number;
  /** The number the class table's bounds were compared with (days, instalments or SIDBM's count). */
  classValue: number;
}

export interface PortfolioReport {
  date: string;
  table: ClassTable;
  rows: PortfolioRow[];
  byClass: { code: string; name: string; count: number; saldo: Sen; provisionBp: number; provision: Sen }[];
  totals: { count: number; amount: Sen; saldo: Sen; tunggakanPokok: Sen; tunggakanJasa: Sen; provision: Sen };
  /** Balance of the receivable accounts in the journal at the end of the date. */
  receivableInBooks: Sen;
  /** Balance of the provision (cadangan) account in the journal, as a positive amount. */
  provisionBooked: Sen;
  /** The whole office's register (every desa) at the date: what the journal's piutang is compared with. */
  office: { count: number; saldo: Sen; provision: Sen };
  /** Named warnings about the data and the chosen table (e.g. weekly loans under an instalment table). */
  warnings: string[];
}

const loanId = { id: id('Pinjaman') };
const posting = {
  date: isoDate('Tanggal'),
  time: clockTime('Jam'),
  accountId: id('Kas/rekening'),
  bukti: requiredText('Nomor bukti', 40),
};

const productRequests = {
  'loanProduct.list': request<LoanProduct[]>()(z.strictObject({}), { write: false }),
  'loanProduct.save': request<LoanProduct[]>()(
    z.strictObject({
      id: id('Produk').optional(),
      code: requiredText('Kode produk', 20),
      name: requiredText('Nama produk', 120),
      terms: loanTermsInput,
      receivableAccountId: id('Akun piutang'),
      jasaAccountId: id('Akun pendapatan jasa'),
      dendaAccountId: id('Akun pendapatan denda'),
    }),
    { write: true },
  ),
  'classTable.list': request<{ tables: ClassTable[]; currentId: number }>()(z.strictObject({}), {
    write: false,
  }),
  /** Saves an edited class table as a new version and makes it current. */
  'classTable.save': request<{ tables: ClassTable[]; currentId: number }>()(
    z.strictObject({
      name: requiredText('Nama tabel', 120),
      basis: choice('Dasar penggolongan', CLASS_BASES),
      classes: z
        .array(
          z.strictObject({
            code: requiredText('Kode kelas', 10),
            name: requiredText('Nama kelas', 60),
            min: z
              .number({ error: 'Batas bawah harus angka' })
              .int({ error: 'Batas bawah bulat' })
              .min(0)
              .max(100_000),
            max: z
              .number({ error: 'Batas atas harus angka' })
              .int({ error: 'Batas atas bulat' })
              .min(0)
              .max(100_000)
              .nullable(),
            provisionBp: z.number({ error: 'Cadangan harus angka' }).int().min(0).max(10_000),
            npl: flag('NPL'),
          }),
        )
        .min(2, { error: 'Sedikitnya dua kelas' })
        .max(10, { error: 'Paling banyak 10 kelas' }),
    }),
    { write: true },
  ),
  'classTable.setCurrent': request<{ tables: ClassTable[]; currentId: number }>()(
    z.strictObject({ id: id('Tabel') }),
    {
      write: true,
    },
  ),
};

const loanRequests = {
  'loan.list': request<LoanSummary[]>()(
    z.strictObject({ kelompokId: id('Kelompok').optional(), asOf: isoDate('Per tanggal').optional() }),
    { write: false },
  ),
  'loan.get': request<Loan>()(z.strictObject({ ...loanId, asOf: isoDate('Per tanggal').optional() }), {
    write: false,
  }),
  'loan.propose': request<Loan>()(
    z.strictObject({
      kelompokId: id('Kelompok'),
      productId: id('Produk'),
      amount: money('Jumlah pinjaman'),
      purpose: optionalText('Tujuan usaha', 300),
      proposedOn: isoDate('Tanggal usulan'),
      members: z
        .array(z.strictObject({ anggotaId: id('Anggota'), amount: money('Alokasi anggota') }))
        .max(100)
        .default([]),
    }),
    { write: true },
  ),
  'loan.verify': request<Loan>()(z.strictObject({ ...loanId, date: isoDate('Tanggal verifikasi') }), {
    write: true,
  }),
  'loan.approve': request<Loan>()(
    z.strictObject({
      ...loanId,
      date: isoDate('Tanggal penetapan'),
      decisionNumber: requiredText('Nomor BA/keputusan MAD', 80),
    }),
    { write: true },
  ),
  'loan.reject': request<Loan>()(
    z.strictObject({ ...loanId, date: isoDate('Tanggal'), reason: requiredText('Alasan', 300) }),
    {
      write: true,
    },
  ),
  /** Posts the disbursement (piutang D / kas or bank K) and fixes the instalment plan, in one transaction. */
  'loan.disburse': request<Loan>()(z.strictObject({ ...loanId, ...posting }), { write: true }),
  /** Posts a repayment (kas or bank D / piutang, jasa, denda K); more than is owed is refused. */
  'loan.repay': request<Loan>()(
    z.strictObject({
      ...loanId,
      ...posting,
      pokok: money('Pokok', { allowZero: true }),
      jasa: money('Jasa', { allowZero: true }),
      denda: money('Denda', { allowZero: true }).default(0),
    }),
    { write: true },
  ),
  'loan.voidRepayment': request<Loan>()(
    z.strictObject({
      ...loanId,
      repaymentId: id('Angsuran'),
      reason: requiredText('Alasan pembatalan', 300),
    }),
    { write: true },
  ),
  /** Writes the remaining pokok off against the provision (MAD decision). */
  'loan.writeOff': request<Loan>()(
    z.strictObject({
      ...loanId,
      date: isoDate('Tanggal'),
      time: clockTime('Jam'),
      decisionNumber: requiredText('Nomor keputusan MAD', 80),
      bukti: requiredText('Nomor bukti', 40),
    }),
    { write: true },
  ),
  /** Penjadwalan ulang: the remaining pokok becomes a new loan with a new schedule (no journal entry). */
  'loan.reschedule': request<Loan>()(
    z.strictObject({
      ...loanId,
      date: isoDate('Tanggal penjadwalan ulang'),
      decisionNumber: requiredText('Nomor keputusan MAD', 80),
      tenor: z
        .number({ error: 'Jangka waktu harus angka' })
        .int({ error: 'Jangka waktu dalam angsuran bulat' })
        .min(1, { error: 'Jangka waktu paling sedikit 1 angsuran' })
        .max(260, { error: 'Jangka waktu paling banyak 260 angsuran' }),
      rateBp: z
        .number({ error: 'Jasa harus angka' })
        .int({ error: 'Jasa dalam basis poin bulat (150 = 1,5%)' })
        .min(0, { error: 'Jasa tidak boleh negatif' })
        .max(10_000, { error: 'Jasa paling tinggi 100%' })
        .optional(),
    }),
    { write: true },
  ),
  /** The portfolio at the end of the date under the office's table, or under `classTableId` (nothing saved). */
  'loan.portfolio': request<PortfolioReport>()(
    z.strictObject({
      date: isoDate('Per tanggal'),
      desaId: id('Desa').optional(),
      classTableId: id('Tabel kolektibilitas').optional(),
    }),
    { write: false },
  ),
  /** RR, PAR, LAR, NPL and the §6.5 health score at the end of the date (ratios.ts, healthScore.ts). */
  'loan.ratios': request<RatioSheet>()(z.strictObject({ date: isoDate('Per tanggal') }), {
    write: false,
  }),
  /** LPP or Laporan Kolektibilitas & Cadangan at the end of the date, as PDF or XLSX. */
  'loan.report': request<ExportedFile>()(
    z.strictObject({
      date: isoDate('Per tanggal'),
      report: choice('Laporan', ['lpp', 'kolektibilitas'] as const),
      format: choice('Format', ['pdf', 'xlsx'] as const),
      desaId: id('Desa').optional(),
      classTableId: id('Tabel kolektibilitas').optional(),
    }),
    { write: false },
  ),
  /** Kartu angsuran of one loan (PDF) as of a date (today by default). */
  'loan.card': request<ExportedFile>()(
    z.strictObject({ ...loanId, asOf: isoDate('Per tanggal').optional() }),
    { write: false },
  ),
};

export const pinjamanRequests = { ...productRequests, ...loanRequests, ...kolekSeriesRequests };
