import { z } from 'zod';
import { request } from '../contract/define';
import { noInput, optionalIsoDate, optionalText } from '../contract/fields';

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  insert: 'Tambah',
  update: 'Ubah',
  delete: 'Hapus',
};

/** Friendly names of the tables people look for most; other tables show their own name. */
export const AUDIT_TABLE_LABELS: Record<string, string> = {
  office_profile: 'Profil kantor',
  officers: 'Pejabat',
  officer_terms: 'Masa jabatan',
  desa: 'Desa',
  tpk_members: 'Anggota TPK',
  accounts: 'Akun',
  journal_entries: 'Jurnal',
  journal_lines: 'Baris jurnal',
  journal_revisions: 'Riwayat jurnal',
  ledger_locks: 'Kunci periode',
  app_settings: 'Pengaturan',
  examinations: 'Pemeriksaan kas',
  exam_counts: 'Hitungan kas',
  exam_items: 'Rincian pemeriksaan',
  exam_signed_copies: 'Salinan bertanda tangan',
  findings: 'Temuan',
  finding_followups: 'Tindak lanjut temuan',
  kegiatan: 'Kegiatan',
  pra_audits: 'Pra-audit',
  pra_audit_answers: 'Jawaban pra-audit',
  attachments: 'Lampiran',
  kelompok: 'Kelompok',
  anggota: 'Anggota',
  loans: 'Pinjaman',
  repayments: 'Angsuran',
  users: 'Pengguna',
};

export function auditTableLabel(table: string): string {
  return AUDIT_TABLE_LABELS[table] ?? table;
}

/** One changed field of an audited row: before (null for an insert) and after (null for a delete). */
export interface AuditChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface AuditRow {
  id: number;
  /** ISO instant (UTC) of the change. */
  at: string;
  actor: string;
  table: string;
  rowId: string | null;
  action: AuditAction;
  /** Only the fields that changed (for an insert or delete: every non-empty field). */
  changes: AuditChange[];
  /** False until the row is sealed into the hash chain (after the request that wrote it). */
  sealed: boolean;
}

export interface AuditPage {
  rows: AuditRow[];
  page: number;
  pageSize: number;
  hasMore: boolean;
  /** Tables with an audit trail, for the filter. */
  tables: string[];
}

export const auditListInput = z.strictObject({
  table: optionalText('Tabel', 100),
  actor: optionalText('Pengguna', 200),
  from: optionalIsoDate('Tanggal awal'),
  to: optionalIsoDate('Tanggal akhir'),
  text: optionalText('Teks dicari', 200),
  page: z
    .number({ error: 'Halaman harus berupa angka' })
    .int({ error: 'Halaman tidak sah' })
    .min(1, { error: 'Halaman tidak sah' })
    .max(1_000_000, { error: 'Halaman tidak sah' })
    .default(1),
  pageSize: z
    .number({ error: 'Jumlah per halaman harus berupa angka' })
    .int({ error: 'Jumlah per halaman tidak sah' })
    .min(1, { error: 'Jumlah per halaman tidak sah' })
    .max(200, { error: 'Jumlah per halaman paling banyak 200' })
    .default(50),
});

export type ChainProblemKind =
  | 'isi_diubah'
  | 'baris_hilang'
  | 'rantai_putus'
  | 'segel_hilang'
  | 'baris_terbaru_hilang';

export interface ChainProblem {
  kind: ChainProblemKind;
  /** The audit row where the break shows (for a missing row: the row after the gap). */
  id: number;
  table: string | null;
  message: string;
}

export interface ChainReport {
  ok: boolean;
  rows: number;
  sealed: number;
  /** Newest rows not sealed yet (sealed after the next change made in the app). */
  unsealed: number;
  firstBreak: ChainProblem | null;
  /** At most 50, oldest first. */
  problems: ChainProblem[];
  problemCount: number;
}

export type DocumentKind = 'pemeriksaan_kas' | 'pra_audit';

export interface DocumentCheck {
  kind: DocumentKind;
  id: number;
  number: string | null;
  /** e.g. "Pemeriksaan kas (rutin)". */
  label: string;
  date: string;
  /** The frozen snapshot still gives its stored hash. */
  snapshotOk: boolean;
  /** The audit row that recorded the finalisation agrees with the stored snapshot and hash. */
  auditOk: boolean;
  /** The audit row of the finalisation, if the trail has one. */
  auditRowId: number | null;
  ok: boolean;
  /** What is wrong, in words (empty when ok). */
  problems: string[];
}

/** What part of the file a finding is about. */
export type IntegrityArea = 'jurnal' | 'kunci' | 'saldo' | 'pemicu' | 'lampiran' | 'dokumen';

export const INTEGRITY_AREA_LABELS: Record<IntegrityArea, string> = {
  jurnal: 'Jurnal',
  kunci: 'Kunci periode',
  saldo: 'Saldo harian',
  pemicu: 'Pemicu pelindung',
  lampiran: 'Lampiran',
  dokumen: 'Dokumen final',
};

export interface IntegrityFinding {
  area: IntegrityArea;
  message: string;
}

export interface IntegrityReport {
  checkedAt: string;
  ok: boolean;
  chain: ChainReport;
  documents: DocumentCheck[];
  /** Journal, locks, checkpoints, protective triggers, attachments (documents: see `documents`). */
  findings: IntegrityFinding[];
}

export const auditRequests = {
  'audit.list': request<AuditPage>()(auditListInput, { write: false }),
  'integrity.check': request<IntegrityReport>()(noInput, { write: false }),
  /** The newest check (made at open or on demand), for the Beranda. */
  'integrity.latest': request<IntegrityReport>()(noInput, { write: false }),
};
