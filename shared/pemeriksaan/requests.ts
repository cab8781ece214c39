import { z } from 'zod';
import { request } from '../contract/define';
import { choice, clockTime, flag, id, isoDate, money, optionalText, requiredText } from '../contract/fields';
import type { ExportedFile } from '../ledger/books';
import {
  type Denomination,
  EXAM_TYPES,
  EXPLANATION_CODES,
  type ExamHistoryPoint,
  type Examination,
  type ExamSchedule,
  type ExamSummary,
  NON_CASH_KINDS,
  type ObservationItem,
  RECON_CODES,
  SIGNED_COPY_MAX_BYTES,
  SIGNED_COPY_MIME_TYPES,
  STATEMENT_SOURCES,
  type SuggestedEntry,
} from './pemeriksaan';

/** The requests of the cash examination: the register, the draft, finalisation and what follows it. */
const header = {
  type: choice('Jenis pemeriksaan', EXAM_TYPES),
  date: isoDate('Tanggal pemeriksaan'),
  time: clockTime('Jam pemeriksaan'),
  place: requiredText('Tempat', 200),
  basis: optionalText('Dasar pemeriksaan', 300),
  examinedOfficerId: id('Pihak yang diperiksa'),
  examinerOfficerIds: z.array(id('Pemeriksa')).min(1, { error: 'Pilih sedikitnya satu pemeriksa' }).max(10),
  acknowledgerOfficerIds: z.array(id('Yang mengetahui')).max(5).default([]),
};

const examId = { id: id('Pemeriksaan') };
const count = z
  .number({ error: 'Jumlah lembar/keping harus angka' })
  .int({ error: 'Jumlah lembar/keping harus bilangan bulat' })
  .min(0, { error: 'Jumlah lembar/keping tidak boleh negatif' })
  .max(10_000_000, { error: 'Jumlah lembar/keping terlalu besar' });

/** A signed amount (explanations and corrections can go either way). */
const signedMoney = z
  .strictObject({ direction: choice('Arah', ['tambah', 'kurang'] as const), amount: money('Jumlah') })
  .transform((v) => (v.direction === 'tambah' ? v.amount : -v.amount));

const examRequests = {
  'exam.list': request<ExamSummary[]>()(z.strictObject({}), { write: false }),
  'exam.get': request<Examination>()(z.strictObject(examId), { write: false }),
  'exam.denominations': request<Denomination[]>()(z.strictObject({}), { write: false }),
  'exam.create': request<Examination>()(z.strictObject(header), { write: true }),
  'exam.updateHeader': request<Examination>()(z.strictObject({ ...examId, ...header }), { write: true }),
  'exam.setCounts': request<Examination>()(
    z.strictObject({
      ...examId,
      accountId: id('Kas'),
      counts: z.array(z.strictObject({ denominationId: id('Pecahan'), count })).max(50),
    }),
    { write: true },
  ),
  'exam.addNonCash': request<Examination>()(
    z.strictObject({
      ...examId,
      accountId: id('Kas'),
      kind: choice('Jenis', NON_CASH_KINDS),
      description: requiredText('Keterangan', 300),
      amount: money('Nilai'),
    }),
    { write: true },
  ),
  'exam.addExplanation': request<Examination>()(
    z.strictObject({
      ...examId,
      accountId: id('Kas'),
      code: choice('Jenis penjelasan', EXPLANATION_CODES),
      description: requiredText('Keterangan', 300),
      amount: signedMoney,
    }),
    { write: true },
  ),
  'exam.setStatement': request<Examination>()(
    z.strictObject({
      ...examId,
      accountId: id('Rekening'),
      balance: money('Saldo rekening koran', { allowZero: true }),
      date: isoDate('Tanggal rekening koran'),
      source: choice('Sumber', STATEMENT_SOURCES),
    }),
    { write: true },
  ),
  'exam.addReconItem': request<Examination>()(
    z.strictObject({
      ...examId,
      accountId: id('Rekening'),
      code: choice('Jenis penyesuaian', RECON_CODES),
      description: requiredText('Keterangan', 300),
      amount: signedMoney,
    }),
    { write: true },
  ),
  /** Removes a draft line (count extra, explanation, reconciliation item, finding) added by mistake. */
  'exam.removeItem': request<Examination>()(
    z.strictObject({
      ...examId,
      kind: choice('Jenis', ['nonCash', 'explanation', 'recon', 'finding'] as const),
      itemId: id('Baris'),
    }),
    { write: true },
  ),
  'exam.setObservation': request<Examination>()(
    z.strictObject({
      ...examId,
      itemId: id('Butir pengamatan'),
      answer: choice('Jawaban', ['ya', 'tidak', 'na'] as const),
      note: optionalText('Catatan', 300),
    }),
    { write: true },
  ),
  'exam.addFinding': request<Examination>()(
    z.strictObject({
      ...examId,
      kondisi: requiredText('Kondisi', 1000),
      kriteria: optionalText('Kriteria', 500),
      rekomendasi: requiredText('Rekomendasi', 1000),
      amount: money('Nilai', { allowZero: true }).default(0),
      pic: optionalText('Penanggung jawab', 120),
      dueDate: isoDate('Batas waktu')
        .nullish()
        .transform((v) => v ?? null),
      sebab: optionalText('Sebab', 1000),
      akibat: optionalText('Akibat', 1000),
      recommendedAmount: money('Nilai rekomendasi', { allowZero: true }).default(0),
      libraryVersionId: id('Entri bank temuan').optional(),
    }),
    { write: true },
  ),
  'exam.setConclusion': request<Examination>()(
    z.strictObject({
      ...examId,
      conclusion: optionalText('Kesimpulan', 2000),
      unexplainedAcknowledged: flag('Pengakuan selisih'),
    }),
    { write: true },
  ),
  'exam.finalise': request<Examination>()(z.strictObject(examId), { write: true }),
  /** The Berita Acara Pemeriksaan Kas (with Lampiran I and II) of a final examination, as PDF. */
  'exam.pdf': request<ExportedFile>()(z.strictObject(examId), { write: false }),
  'exam.verify': request<{ genuine: boolean; message: string }>()(
    z.strictObject({
      number: requiredText('Nomor berita acara', 80),
      hash: requiredText('Kode verifikasi', 128),
    }),
    { write: false },
  ),
};

const draftRequests = {
  'exam.suggestedEntries': request<SuggestedEntry[]>()(z.strictObject(examId), { write: false }),
};

const scheduleRequests = {
  'exam.schedule': request<ExamSchedule>()(z.strictObject({}), { write: false }),
  'exam.setSchedule': request<ExamSchedule>()(
    z.strictObject({
      intervalMonths: z
        .number({ error: 'Jarak pemeriksaan harus angka' })
        .int({ error: 'Jarak pemeriksaan dalam bulan penuh' })
        .min(1, { error: 'Paling sedikit sebulan sekali' })
        .max(12, { error: 'Paling jarang setahun sekali' }),
      pattern: requiredText('Pola nomor berita acara', 80).refine((s) => s.includes('{no}'), {
        error: 'Pola nomor harus memuat {no} (nomor urut)',
      }),
    }),
    { write: true },
  ),
};

const signedRequests = {
  'exam.attachSigned': request<Examination>()(
    z.strictObject({
      id: id('Pemeriksaan'),
      mimeType: choice('Jenis berkas', SIGNED_COPY_MIME_TYPES),
      base64: z
        .string({ error: 'Isi berkas tidak sah' })
        .min(1, { error: 'Berkas kosong' })
        .max(Math.ceil((SIGNED_COPY_MAX_BYTES * 4) / 3) + 4, { error: 'Berkas paling besar 10 MB' })
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Isi berkas tidak sah' }),
    }),
    { write: true },
  ),
  'exam.signedCopy': request<ExportedFile>()(z.strictObject({ id: id('Pemeriksaan') }), { write: false }),
};

const settingsRequests = {
  'exam.history': request<ExamHistoryPoint[]>()(z.strictObject({}), { write: false }),
  'exam.setDenominationActive': request<Denomination[]>()(
    z.strictObject({ id: id('Pecahan'), active: flag('Status aktif') }),
    { write: true },
  ),
};

const correctionRequests = {
  /** Opens a draft addendum of a final examination (same parties and accounts), linked to it. */
  'exam.addendum': request<Examination>()(
    z.strictObject({ id: id('Pemeriksaan'), reason: requiredText('Alasan adendum', 300) }),
    { write: true },
  ),
  'exam.observationItems': request<ObservationItem[]>()(z.strictObject({}), { write: false }),
  'exam.addObservationItem': request<ObservationItem[]>()(
    z.strictObject({ text: requiredText('Butir pengamatan', 200) }),
    { write: true },
  ),
  'exam.setObservationItemActive': request<ObservationItem[]>()(
    z.strictObject({ id: id('Butir pengamatan'), active: flag('Status aktif') }),
    { write: true },
  ),
};

export const pemeriksaanRequests = {
  ...examRequests,
  ...draftRequests,
  ...scheduleRequests,
  ...signedRequests,
  ...settingsRequests,
  ...correctionRequests,
};
