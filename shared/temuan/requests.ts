import { z } from 'zod';
import { attachmentInput } from '../attachments/attachments';
import { request } from '../contract/define';
import { choice, flag, id, isoDate, optionalText } from '../contract/fields';
import { FINDING_SOURCES, FINDING_STATUSES, type FindingsOverview, type TrackedFinding } from './temuan';

export const temuanRequests = {
  'finding.list': request<TrackedFinding[]>()(
    z.strictObject({
      source: choice('Sumber', FINDING_SOURCES).optional(),
      desaId: id('Desa').optional(),
      status: choice('Status', FINDING_STATUSES).optional(),
      overdueOnly: flag('Hanya yang lewat batas waktu').default(false),
    }),
    { write: false },
  ),
  'finding.get': request<TrackedFinding>()(z.strictObject({ id: id('Temuan') }), { write: false }),
  /** A follow-up step: new status, what was done, who verified it, evidence. Only for findings of final documents. */
  'finding.addFollowUp': request<TrackedFinding>()(
    z.strictObject({
      id: id('Temuan'),
      date: isoDate('Tanggal tindak lanjut'),
      status: choice('Status', FINDING_STATUSES),
      note: optionalText('Uraian tindak lanjut', 2000).refine((s) => s !== null, {
        error: 'Uraian tindak lanjut wajib diisi',
      }),
      verifiedBy: optionalText('Diverifikasi oleh', 120),
      evidence: z
        .array(attachmentInput)
        .max(5, { error: 'Paling banyak 5 berkas sekali simpan' })
        .default([]),
    }),
    { write: true },
  ),
  'finding.overview': request<FindingsOverview>()(z.strictObject({}), { write: false }),
};
