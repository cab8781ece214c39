import type { AttachmentRef } from '../attachments/attachments';
import type { Sen } from '../format/money';
import type { KegiatanType } from '../kegiatan/kegiatan';
import type { OfficeProfile } from '../office/profile';
import type { ReviewStamp } from '../review/review';
import type { Severity, TrackedFinding } from '../temuan/temuan';

/** Answer options of a checklist item (DOMAIN §7.2). */
export const ANSWERS = [
  'ada_sesuai',
  'ada_tidak_lengkap',
  'tidak_ada',
  'tidak_relevan',
  'belum_diperiksa',
] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABELS: Record<Answer, string> = {
  ada_sesuai: 'Ada & sesuai',
  ada_tidak_lengkap: 'Ada, belum lengkap/perlu perbaikan',
  tidak_ada: 'Tidak ada',
  tidak_relevan: 'Tidak relevan (TR)',
  belum_diperiksa: 'Belum diperiksa',
};
/** Short labels for tables and buttons. */
export const ANSWER_SHORT: Record<Answer, string> = {
  ada_sesuai: 'Sesuai',
  ada_tidak_lengkap: 'Belum lengkap',
  tidak_ada: 'Tidak ada',
  tidak_relevan: 'TR',
  belum_diperiksa: 'Belum',
};
/** Answers that call for a catatan kekurangan. */
export const FINDING_ANSWERS: readonly Answer[] = ['ada_tidak_lengkap', 'tidak_ada'];

// --- checklist templates ---------------------------------------------------------------

export interface ChecklistItem {
  id: number;
  code: string;
  text: string;
  help: string | null;
  defaultSeverity: Severity;
  /** Kegiatan types the item applies to; empty = all. */
  appliesTo: KegiatanType[];
}

export interface ChecklistSection {
  id: number;
  code: string;
  title: string;
  items: ChecklistItem[];
}

export type TemplateVersionStatus = 'draft' | 'terbit';

export interface TemplateVersionSummary {
  id: number;
  version: number;
  status: TemplateVersionStatus;
  publishedAt: string | null;
  itemCount: number;
  /** Pra-audits done with this version. */
  usedBy: number;
}

export interface ChecklistTemplate {
  id: number;
  name: string;
  description: string | null;
  active: boolean;
  versions: TemplateVersionSummary[];
}

export interface TemplateVersion extends TemplateVersionSummary {
  templateId: number;
  templateName: string;
  sections: ChecklistSection[];
}

// --- pra-audits ------------------------------------------------------------------------

export interface TeamMember {
  name: string;
  /** What the report prints under the name, e.g. `Fasilitator Kecamatan`, `TPK Desa Sukamaju`. */
  jabatan: string;
}

export interface Tally {
  total: number;
  examined: number;
  sesuai: number;
  tidakLengkap: number;
  tidakAda: number;
  tidakRelevan: number;
  /**
   * Completeness in whole percent: (2·sesuai + belum lengkap) / (2·relevant examined items);
   * null while nothing relevant has been examined.
   */
  score: number | null;
}

export interface AuditItem {
  itemId: number;
  code: string;
  text: string;
  help: string | null;
  answer: Answer;
  note: string | null;
  amount: Sen;
  severity: Severity;
  evidence: AttachmentRef[];
  /** Number of the catatan kekurangan made from this item, if any. */
  findingNumber: number | null;
}

export interface AuditSection {
  code: string;
  title: string;
  items: AuditItem[];
  tally: Tally;
}

export type PraAuditStatus = 'draft' | 'final';

export interface PraAudit {
  id: number;
  number: string | null;
  status: PraAuditStatus;
  desaId: number;
  desaName: string;
  kepalaDesa: string | null;
  kegiatan: {
    id: number;
    name: string;
    type: KegiatanType;
    year: number;
    blmAmount: Sen;
    location: string | null;
  };
  templateVersionId: number;
  /** `Checklist Pra-Audit TPK (standar) v1`. */
  templateLabel: string;
  auditDate: string;
  periodFrom: string | null;
  periodTo: string | null;
  place: string;
  team: TeamMember[];
  ketuaTpk: string | null;
  /** The FK who signs "Mengetahui". */
  fkName: string | null;
  sections: AuditSection[];
  tally: Tally;
  findings: TrackedFinding[];
  conclusion: string | null;
  /** What still blocks finalisation; empty when it can be finalised. */
  missing: string[];
  finalisedAt: string | null;
  finalisedBy: string | null;
  hash: string | null;
}

export interface PraAuditSummary {
  id: number;
  number: string | null;
  status: PraAuditStatus;
  desaId: number;
  desaName: string;
  kegiatanId: number;
  kegiatanName: string;
  kegiatanType: KegiatanType;
  auditDate: string;
  templateLabel: string;
  tally: Tally;
  findingCount: number;
  openFindings: number;
}

/** Everything the three pra-audit documents print, frozen at finalisation. */
export interface PraAuditSnapshot {
  audit: PraAudit;
  office: OfficeProfile | null;
  /** Absent in pra-audits finalised before review existed. */
  review?: ReviewStamp;
}

export const PRA_AUDIT_DOCUMENTS = ['laporan', 'tanggapan', 'checklist'] as const;
export type PraAuditDocument = (typeof PRA_AUDIT_DOCUMENTS)[number];
export const PRA_AUDIT_DOCUMENT_LABELS: Record<PraAuditDocument, string> = {
  laporan: 'Laporan Hasil Pra-Audit',
  tanggapan: 'Lembar Tanggapan Pra-Audit',
  checklist: 'Checklist Pra-Audit',
};

// --- comparison ------------------------------------------------------------------------

export type ComparisonOutcome = 'membaik' | 'masih_terbuka' | 'memburuk' | 'tetap_baik' | 'lainnya';
export const COMPARISON_LABELS: Record<ComparisonOutcome, string> = {
  membaik: 'Membaik',
  masih_terbuka: 'Masih terbuka',
  memburuk: 'Memburuk',
  tetap_baik: 'Tetap baik',
  lainnya: 'Belum dapat dibandingkan',
};

export interface ComparisonRow {
  code: string;
  text: string;
  /** null when the item is not part of that audit (other template version or kegiatan type). */
  before: Answer | null;
  after: Answer | null;
  outcome: ComparisonOutcome;
}

export interface PraAuditComparison {
  before: PraAuditSummary;
  after: PraAuditSummary;
  rows: ComparisonRow[];
  counts: Record<ComparisonOutcome, number>;
}
