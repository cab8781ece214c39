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
/** The follow-up status codes of APIP monitoring (DOMAIN §7.4). */
export const FINDING_STATUS_CODES: Record<FindingStatus, string> = {
  terbuka: 'BD',
  dalam_proses: 'BS',
  selesai: 'S',
  tidak_dapat_ditindaklanjuti: 'TDTD',
};
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  terbuka: 'BD · Belum ditindaklanjuti',
  dalam_proses: 'BS · Belum sesuai / dalam proses',
  selesai: 'S · Sesuai rekomendasi',
  tidak_dapat_ditindaklanjuti: 'TDTD · Tidak dapat ditindaklanjuti',
};
/** Statuses that end the follow-up; they need a verifier. */
export const CLOSED_STATUSES: readonly FindingStatus[] = ['selesai', 'tidak_dapat_ditindaklanjuti'];

export interface FollowUp {
  id: number;
  date: string;
  status: FindingStatus;
  note: string;
  /** Name of the verifier (a signed-in user since follow-ups are verified in the app). */
  verifiedBy: string | null;
  verifierUserId: number | null;
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
  /** Library entry it was made from (code and version), if any. */
  library: { code: string; version: number } | null;
  /** Nilai rekomendasi: money to be returned or deposited. */
  recommendedAmount: Sen;
  deposits: Deposit[];
  deposited: Sen;
  /** Nilai rekomendasi − disetor. */
  remaining: Sen;
  /** Batas waktu tindak lanjut: the finding's own, else the report date + the office's days. */
  deadline: string;
  /** Days to the deadline (negative: late); null once closed. */
  daysLeft: number | null;
}

/** Money returned for a finding and the journal entry that booked it. */
export interface Deposit {
  id: number;
  date: string;
  amount: Sen;
  receiptNumber: string;
  accountId: number;
  accountName: string;
  journalEntryId: number;
  journalBukti: string;
  note: string | null;
  createdBy: string;
  createdAt: string;
}

/** % pemulihan = Σ disetor ÷ Σ nilai rekomendasi (null when nothing is to be recovered). */
export interface RecoveryLine {
  label: string;
  findings: number;
  recommended: Sen;
  deposited: Sen;
  remaining: Sen;
  /** Basis points (1 % = 100), rounded down. */
  recoveryBp: number | null;
}

export interface RecoverySummary {
  total: RecoveryLine;
  bySource: RecoveryLine[];
  byDesa: RecoveryLine[];
}

export function recoveryBp(recommended: Sen, deposited: Sen): number | null {
  return recommended > 0 ? Math.floor((deposited * 10_000) / recommended) : null;
}

const RECOVERY_FORMAT = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** `51,28%`, `25%`, or `–` when nothing is to be recovered. */
export function formatRecovery(bp: number | null): string {
  return bp === null ? '–' : `${RECOVERY_FORMAT.format(bp / 100)}%`;
}

export interface FindingSettings {
  /** Days after the report date by which a finding must be followed up (the office's rule, 60 by default). */
  deadlineDays: number;
}

/** A journal entry that may book a deposit: not voided, not linked yet, debiting the receiving account. */
export interface DepositCandidate {
  entryId: number;
  date: string;
  bukti: string;
  description: string;
  amount: Sen;
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
