import type { AttachmentRef } from '../attachments/attachments';
import type { Sen } from '../format/money';

/** Findings (temuan) from every source and their follow-up (tindak lanjut), DOMAIN §7.4. */
export const SEVERITIES = ['ringan', 'sedang', 'berat'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SEVERITY_LABELS: Record<Severity, string> = {
  ringan: 'Ringan',
  sedang: 'Sedang',
  berat: 'Berat',
};

export const FINDING_SOURCES = ['pemeriksaan_kas', 'pra_audit'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];
export const FINDING_SOURCE_LABELS: Record<FindingSource, string> = {
  pemeriksaan_kas: 'Pemeriksaan kas',
  pra_audit: 'Pra-audit TPK',
};

export const FINDING_STATUSES = [
  'terbuka',
  'dalam_proses',
  'selesai',
  'tidak_dapat_ditindaklanjuti',
] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  terbuka: 'Terbuka',
  dalam_proses: 'Dalam proses',
  selesai: 'Selesai',
  tidak_dapat_ditindaklanjuti: 'Tidak dapat ditindaklanjuti',
};
/** Statuses that end the follow-up; they need a verifier. */
export const CLOSED_STATUSES: readonly FindingStatus[] = ['selesai', 'tidak_dapat_ditindaklanjuti'];

export interface FollowUp {
  id: number;
  date: string;
  status: FindingStatus;
  note: string;
  verifiedBy: string | null;
  evidence: AttachmentRef[];
  createdBy: string;
  createdAt: string;
}

export interface TrackedFinding {
  id: number;
  source: FindingSource;
  /** The examination or pra-audit it came from. */
  sourceId: number;
  /** The document number once final, else null. */
  sourceNumber: string | null;
  sourceFinal: boolean;
  /** `Pemeriksaan kas 31/07/2025` or `Pra-audit Desa Sukamaju — Jalan rabat beton`. */
  sourceLabel: string;
  /** Date of the examination or pra-audit. */
  sourceDate: string;
  desaId: number | null;
  desaName: string | null;
  checklistItemCode: string | null;
  number: number;
  kondisi: string;
  kriteria: string | null;
  sebab: string | null;
  akibat: string | null;
  rekomendasi: string;
  amount: Sen;
  severity: Severity | null;
  tanggapan: string | null;
  pic: string | null;
  dueDate: string | null;
  status: FindingStatus;
  /** Past its batas waktu and not closed (as of today in main). */
  overdue: boolean;
  /** Days since the source document's date. */
  ageDays: number;
  dibawaKeMad: boolean;
  followUps: FollowUp[];
}

export interface FindingAgeBucket {
  label: string;
  count: number;
}

export interface FindingsOverview {
  open: number;
  overdue: number;
  byAge: FindingAgeBucket[];
  bySource: Record<FindingSource, number>;
}
