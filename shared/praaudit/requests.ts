import { z } from 'zod';
import { attachmentInput } from '../attachments/attachments';
import { request } from '../contract/define';
import {
  choice,
  flag,
  id,
  isoDate,
  money,
  optionalIsoDate,
  optionalText,
  requiredText,
} from '../contract/fields';
import { KEGIATAN_TYPES } from '../kegiatan/kegiatan';
import type { ExportedFile } from '../ledger/books';
import { SEVERITIES } from '../temuan/temuan';
import {
  ANSWERS,
  type ChecklistTemplate,
  PRA_AUDIT_DOCUMENTS,
  type PraAudit,
  type PraAuditComparison,
  type PraAuditSummary,
  type TemplateVersion,
} from './praaudit';

const versionId = { versionId: id('Versi checklist') };
const code = (label: string) =>
  requiredText(label, 10).refine((s) => /^[A-Za-z0-9.]+$/.test(s), {
    error: `${label} hanya huruf, angka dan titik, mis. C4`,
  });

/** Checklist templates: published versions are frozen; edits go to a new draft version. */
const templateRequests = {
  'template.list': request<ChecklistTemplate[]>()(z.strictObject({}), { write: false }),
  'template.get': request<TemplateVersion>()(z.strictObject(versionId), { write: false }),
  /** A new template (family) whose first draft copies the given version. */
  'template.copy': request<TemplateVersion>()(
    z.strictObject({ ...versionId, name: requiredText('Nama template', 120) }),
    { write: true },
  ),
  /** A draft next version of a template, copied from its newest version. */
  'template.newVersion': request<TemplateVersion>()(z.strictObject({ templateId: id('Template') }), {
    write: true,
  }),
  'template.saveSection': request<TemplateVersion>()(
    z.strictObject({
      ...versionId,
      sectionId: id('Bagian').optional(),
      code: code('Kode bagian'),
      title: requiredText('Judul bagian', 200),
    }),
    { write: true },
  ),
  'template.saveItem': request<TemplateVersion>()(
    z.strictObject({
      ...versionId,
      sectionId: id('Bagian'),
      itemId: id('Butir').optional(),
      code: code('Kode butir'),
      text: requiredText('Butir periksa', 500),
      help: optionalText('Petunjuk', 1000),
      defaultSeverity: choice('Tingkat', SEVERITIES),
      appliesTo: z.array(choice('Jenis kegiatan', KEGIATAN_TYPES)).max(KEGIATAN_TYPES.length).default([]),
    }),
    { write: true },
  ),
  'template.removeItem': request<TemplateVersion>()(z.strictObject({ ...versionId, itemId: id('Butir') }), {
    write: true,
  }),
  'template.publish': request<TemplateVersion>()(z.strictObject(versionId), { write: true }),
  'template.setActive': request<ChecklistTemplate[]>()(
    z.strictObject({ templateId: id('Template'), active: flag('Status aktif') }),
    { write: true },
  ),
};

const auditId = { id: id('Pra-audit') };
const header = {
  auditDate: isoDate('Tanggal pra-audit'),
  periodFrom: optionalIsoDate('Awal periode'),
  periodTo: optionalIsoDate('Akhir periode'),
  place: requiredText('Tempat', 200),
  team: z
    .array(
      z.strictObject({ name: requiredText('Nama pemeriksa', 120), jabatan: requiredText('Jabatan', 120) }),
    )
    .min(1, { error: 'Isi sedikitnya satu anggota tim pemeriksa' })
    .max(10, { error: 'Tim pemeriksa paling banyak 10 orang' }),
  ketuaTpk: optionalText('Ketua TPK', 120),
  fkName: optionalText('Fasilitator Kecamatan', 120),
};

const findingFields = {
  kondisi: requiredText('Kondisi', 2000),
  kriteria: optionalText('Kriteria', 1000),
  sebab: optionalText('Sebab', 1000),
  akibat: optionalText('Akibat', 1000),
  rekomendasi: requiredText('Rekomendasi', 2000),
  amount: money('Nilai', { allowZero: true }).default(0),
  severity: choice('Tingkat', SEVERITIES),
  tanggapan: optionalText('Tanggapan TPK', 2000),
  pic: optionalText('Penanggung jawab', 120),
  dueDate: optionalIsoDate('Batas waktu'),
  dibawaKeMad: flag('Dibawa ke Musdes/MAD').default(false),
  recommendedAmount: money('Nilai rekomendasi', { allowZero: true }).default(0),
  libraryVersionId: id('Entri bank temuan').optional(),
};

const auditRequests = {
  'praAudit.list': request<PraAuditSummary[]>()(z.strictObject({ desaId: id('Desa').optional() }), {
    write: false,
  }),
  'praAudit.get': request<PraAudit>()(z.strictObject(auditId), { write: false }),
  'praAudit.create': request<PraAudit>()(
    z.strictObject({ kegiatanId: id('Kegiatan'), ...versionId, ...header }),
    { write: true },
  ),
  'praAudit.updateHeader': request<PraAudit>()(z.strictObject({ ...auditId, ...header }), { write: true }),
  'praAudit.answer': request<PraAudit>()(
    z.strictObject({
      ...auditId,
      itemId: id('Butir'),
      answer: choice('Jawaban', ANSWERS),
      note: optionalText('Catatan', 2000),
      amount: money('Jumlah selisih', { allowZero: true }).default(0),
      severity: choice('Tingkat', SEVERITIES).optional(),
    }),
    { write: true },
  ),
  'praAudit.attachEvidence': request<PraAudit>()(
    z.strictObject({ ...auditId, itemId: id('Butir'), file: attachmentInput }),
    { write: true },
  ),
  'praAudit.removeEvidence': request<PraAudit>()(z.strictObject({ ...auditId, evidenceId: id('Lampiran') }), {
    write: true,
  }),
  /** Makes a numbered catatan kekurangan for every item answered "belum lengkap" or "tidak ada" that has none. */
  'praAudit.createFindings': request<PraAudit>()(z.strictObject(auditId), { write: true }),
  'praAudit.saveFinding': request<PraAudit>()(
    z.strictObject({
      ...auditId,
      findingId: id('Catatan').optional(),
      itemId: id('Butir').optional(),
      ...findingFields,
    }),
    { write: true },
  ),
  'praAudit.removeFinding': request<PraAudit>()(z.strictObject({ ...auditId, findingId: id('Catatan') }), {
    write: true,
  }),
  'praAudit.setConclusion': request<PraAudit>()(
    z.strictObject({ ...auditId, conclusion: optionalText('Kesimpulan', 3000) }),
    { write: true },
  ),
  'praAudit.finalise': request<PraAudit>()(z.strictObject(auditId), { write: true }),
  'praAudit.pdf': request<ExportedFile>()(
    z.strictObject({ ...auditId, document: choice('Dokumen', PRA_AUDIT_DOCUMENTS) }),
    { write: false },
  ),
  'praAudit.compare': request<PraAuditComparison>()(
    z.strictObject({ beforeId: id('Pra-audit sebelumnya'), afterId: id('Pra-audit sesudahnya') }),
    { write: false },
  ),
};

/** Any attachment (item evidence or follow-up evidence) by id. */
const fileRequests = {
  'attachment.get': request<ExportedFile>()(z.strictObject({ id: id('Lampiran') }), { write: false }),
};

export const praAuditRequests = { ...templateRequests, ...auditRequests, ...fileRequests };
