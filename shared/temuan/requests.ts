import { z } from 'zod';
import { attachmentInput } from '../attachments/attachments';
import { request } from '../contract/define';
import { choice, clockTime, flag, id, isoDate, money, optionalText, requiredText } from '../contract/fields';
import type { ExportedFile } from '../ledger/books';
import {
  type DepositCandidate,
  FINDING_SOURCES,
  FINDING_STATUSES,
  type FindingSettings,
  type FindingsOverview,
  type RecoverySummary,
  type TrackedFinding,
} from './temuan';

const filters = {
  source: choice('Sumber', FINDING_SOURCES).optional(),
  desaId: id('Desa').optional(),
  status: choice('Status', FINDING_STATUSES).optional(),
  overdueOnly: flag('Hanya yang lewat batas waktu').default(false),
};

export const temuanRequests = {
  'finding.list': request<TrackedFinding[]>()(z.strictObject(filters), { write: false }),
  'finding.get': request<TrackedFinding>()(z.strictObject({ id: id('Temuan') }), { write: false }),
  /**
   * A follow-up step: new status, what was done, evidence. Closing (S / TDTD) is verified by the
   * signed-in user making the request, who must be a Pemeriksa or Admin other than the PIC and the audited.
   */
  'finding.addFollowUp': request<TrackedFinding>()(
    z.strictObject({
      id: id('Temuan'),
      date: isoDate('Tanggal tindak lanjut'),
      status: choice('Status', FINDING_STATUSES),
      note: optionalText('Uraian tindak lanjut', 2000).refine((s) => s !== null, {
        error: 'Uraian tindak lanjut wajib diisi',
      }),
      evidence: z
        .array(attachmentInput)
        .max(5, { error: 'Paling banyak 5 berkas sekali simpan' })
        .default([]),
    }),
    { write: true },
  ),
  'finding.overview': request<FindingsOverview>()(z.strictObject({}), { write: false }),
  /**
   * Money returned for a finding, with its bukti setor, booked by a journal entry: one picked from
   * the book (`journalEntryId`) or posted now (`counterAccountId`: the account credited).
   */
  'finding.addDeposit': request<TrackedFinding>()(
    z
      .strictObject({
        id: id('Temuan'),
        date: isoDate('Tanggal setor'),
        amount: money('Jumlah disetor'),
        receiptNumber: requiredText('Nomor bukti setor', 40),
        accountId: id('Kas/rekening penerima'),
        journalEntryId: id('Jurnal').optional(),
        counterAccountId: id('Akun lawan').optional(),
        time: clockTime('Jam').default('12:00'),
        note: optionalText('Keterangan', 300),
      })
      .refine((v) => (v.journalEntryId === undefined) !== (v.counterAccountId === undefined), {
        error: 'Pilih jurnal yang membukukan setoran, atau buat jurnalnya di sini',
        path: ['journalEntryId'],
      }),
    { write: true },
  ),
  'finding.depositCandidates': request<DepositCandidate[]>()(
    z.strictObject({ id: id('Temuan'), accountId: id('Kas/rekening penerima') }),
    { write: false },
  ),
  'finding.recovery': request<RecoverySummary>()(z.strictObject({}), { write: false }),
  'finding.settings': request<FindingSettings>()(z.strictObject({}), { write: false }),
  'finding.setSettings': request<FindingSettings>()(
    z.strictObject({
      deadlineDays: z
        .number({ error: 'Jumlah hari harus berupa angka' })
        .int({ error: 'Jumlah hari harus bilangan bulat' })
        .min(1, { error: 'Paling sedikit 1 hari' })
        .max(365, { error: 'Paling banyak 365 hari' }),
    }),
    { write: true },
  ),
  /** Matriks Tindak Lanjut: findings × status, nilai, disetor, sisa, % pemulihan, days. */
  'finding.matrix': request<ExportedFile>()(
    z.strictObject({
      format: choice('Format', ['pdf', 'xlsx'] as const),
      source: filters.source,
      desaId: filters.desaId,
    }),
    { write: false },
  ),
};
