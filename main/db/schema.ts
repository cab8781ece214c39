import type { Generated } from 'kysely';

/** Kysely's view of the tables. Keep in step with migrations/ (the schema test checks both). */
export interface OfficeProfileTable {
  id: Generated<number>;
  name: string;
  institution_kind: 'upk' | 'bumdesma';
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  address: string;
  postal_code: string | null;
  phone: string | null;
  email: string | null;
  time_zone: 'WIB' | 'WITA' | 'WIT';
  paper_size: 'A4' | 'F4';
  logo_mime: 'image/png' | 'image/jpeg' | null;
  logo: Uint8Array | null;
  created_at: string;
  updated_at: string;
}

export interface OfficersTable {
  id: Generated<number>;
  full_name: string;
  nip: string | null;
  phone: string | null;
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface OfficerTermsTable {
  id: Generated<number>;
  officer_id: number;
  position: string;
  start_date: string;
  end_date: string | null;
  decree_number: string | null;
  created_at: string;
  updated_at: string;
}

export interface DesaTable {
  id: Generated<number>;
  name: string;
  code: string | null;
  kepala_desa: string | null;
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface TpkMembersTable {
  id: Generated<number>;
  desa_id: number;
  full_name: string;
  role: 'ketua' | 'sekretaris' | 'bendahara' | 'anggota';
  phone: string | null;
  active: 0 | 1;
  created_at: string;
  updated_at: string;
}

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
  app_version: string;
  /** SHA-256 of the migration's SQL (migrationChecksum); null only until the first open by this app. */
  checksum: string | null;
}

export interface AccountsTable {
  id: Generated<number>;
  code: string;
  name: string;
  type: 'aset' | 'kewajiban' | 'ekuitas' | 'pendapatan' | 'beban';
  normal_side: 'D' | 'K';
  parent_id: number | null;
  active: 0 | 1;
  money_kind: 'kas' | 'bank' | null;
  bank_name: string | null;
  bank_account_number: string | null;
  bank_holder: string | null;
  bank_type: 'tabungan' | 'giro' | 'deposito' | null;
  created_at: string;
  updated_at: string;
}

export interface JournalEntriesTable {
  id: Generated<number>;
  entry_date: string;
  entry_time: string;
  bukti: string;
  description: string;
  desa_id: number | null;
  kind: string;
  voided: Generated<0 | 1>;
  void_reason: string | null;
  reverses_entry_id: number | null;
  import_batch: string | null;
  created_by: string;
  created_at: string;
  updated_by: string | null;
  updated_at: string | null;
  voided_by: string | null;
  voided_at: string | null;
}

export interface JournalLinesTable {
  id: Generated<number>;
  entry_id: number;
  account_id: number;
  debit: number;
  credit: number;
  entry_date: string;
  entry_time: string;
  voided: Generated<0 | 1>;
}

export interface AccountDailyTable {
  account_id: number;
  day: string;
  cum_debit: number;
  cum_credit: number;
  cum_lines: number;
}

export interface JournalRevisionsTable {
  id: Generated<number>;
  entry_id: number;
  snapshot: string;
  reason: string;
  changed_by: string;
  changed_at: string;
}

export interface LedgerLocksTable {
  id: Generated<number>;
  locked_until: string;
  reason: string;
  created_by: string;
  created_at: string;
  /** SHA-256 of the journal this lock closed (migration 008); null only for a lock not yet backfilled. */
  digest: string | null;
  lifted_at: Generated<string | null>;
  lifted_by: Generated<string | null>;
  lift_reason: Generated<string | null>;
}

export interface AppSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface DenominationsTable {
  id: Generated<number>;
  kind: 'kertas' | 'logam';
  value: number;
  active: 0 | 1;
}

export interface ObservationItemsTable {
  id: Generated<number>;
  text: string;
  active: Generated<0 | 1>;
  sort: number;
}

export interface ExaminationsTable {
  id: Generated<number>;
  number: string | null;
  type: 'rutin' | 'mendadak' | 'serah_terima' | 'tutup_buku';
  exam_date: string;
  exam_time: string;
  place: string;
  basis: string | null;
  addendum_of: number | null;
  status: Generated<'draft' | 'final' | 'ditandatangani'>;
  examined_officer_id: number;
  conclusion: string | null;
  unexplained_ack: Generated<0 | 1>;
  snapshot: string | null;
  snapshot_hash: string | null;
  finalised_at: string | null;
  finalised_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface ExamPartiesTable {
  exam_id: number;
  role: 'pemeriksa' | 'mengetahui';
  officer_id: number;
  sort: number;
}

export interface ExamCountsTable {
  exam_id: number;
  account_id: number;
  denomination_id: number;
  count: number;
}

export interface ExamItemsTable {
  id: Generated<number>;
  exam_id: number;
  account_id: number;
  kind: 'nonCash' | 'explanation' | 'recon';
  code: string;
  description: string;
  amount: number;
}

export interface ExamStatementsTable {
  exam_id: number;
  account_id: number;
  balance: number;
  statement_date: string;
  source: string;
}

export interface ExamObservationsTable {
  exam_id: number;
  item_id: number;
  answer: 'ya' | 'tidak' | 'na';
  note: string | null;
}

export interface ExamSignedCopiesTable {
  exam_id: number;
  mime: 'image/png' | 'image/jpeg' | 'application/pdf';
  content: Uint8Array;
  sha256: string;
  attached_by: string;
  attached_at: string;
}

type FindingStatus = 'terbuka' | 'dalam_proses' | 'selesai' | 'tidak_dapat_ditindaklanjuti';
type Severity = 'ringan' | 'sedang' | 'berat';

export interface FindingsTable {
  id: Generated<number>;
  source: 'pemeriksaan_kas' | 'pra_audit';
  exam_id: number | null;
  pra_audit_id: number | null;
  checklist_item_id: number | null;
  number: number;
  kondisi: string;
  kriteria: string | null;
  sebab: string | null;
  akibat: string | null;
  rekomendasi: string;
  amount: Generated<number>;
  severity: Severity | null;
  tanggapan: string | null;
  pic: string | null;
  due_date: string | null;
  dibawa_ke_mad: Generated<0 | 1>;
  status: Generated<FindingStatus>;
  created_by: string;
  created_at: string;
  library_version_id: number | null;
  recommended_amount: Generated<number>;
}

export interface KegiatanTable {
  id: Generated<number>;
  desa_id: number;
  name: string;
  type: 'sarana_prasarana' | 'spp_uep' | 'pendidikan' | 'kesehatan' | 'lainnya';
  year: number;
  blm_amount: number;
  location: string | null;
  status: 'perencanaan' | 'pelaksanaan' | 'selesai' | 'dihentikan';
  active: Generated<0 | 1>;
  created_at: string;
  updated_at: string;
}

export interface KegiatanTpkTable {
  kegiatan_id: number;
  tpk_member_id: number;
}

export interface ChecklistTemplatesTable {
  id: Generated<number>;
  name: string;
  description: string | null;
  active: Generated<0 | 1>;
  created_at: string;
  updated_at: string;
}

export interface ChecklistVersionsTable {
  id: Generated<number>;
  template_id: number;
  version: number;
  status: 'draft' | 'terbit';
  published_at: string | null;
  published_by: string | null;
  created_at: string;
}

export interface ChecklistSectionsTable {
  id: Generated<number>;
  version_id: number;
  code: string;
  title: string;
  sort: number;
}

export interface ChecklistItemsTable {
  id: Generated<number>;
  version_id: number;
  section_id: number;
  code: string;
  text: string;
  help: string | null;
  default_severity: Severity;
  /** JSON array of kegiatan types; empty = all. */
  applies_to: Generated<string>;
  sort: number;
}

export interface PraAuditsTable {
  id: Generated<number>;
  number: string | null;
  status: Generated<'draft' | 'final'>;
  kegiatan_id: number;
  desa_id: number;
  template_version_id: number;
  audit_date: string;
  period_from: string | null;
  period_to: string | null;
  place: string;
  ketua_tpk: string | null;
  fk_name: string | null;
  conclusion: string | null;
  snapshot: string | null;
  snapshot_hash: string | null;
  finalised_at: string | null;
  finalised_by: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface PraAuditTeamTable {
  audit_id: number;
  sort: number;
  name: string;
  jabatan: string;
}

export interface PraAuditAnswersTable {
  audit_id: number;
  item_id: number;
  answer: Generated<'ada_sesuai' | 'ada_tidak_lengkap' | 'tidak_ada' | 'tidak_relevan' | 'belum_diperiksa'>;
  note: string | null;
  amount: Generated<number>;
  severity: Severity;
  answered_by: string | null;
  answered_at: string | null;
}

export interface AttachmentsTable {
  id: Generated<number>;
  file_name: string;
  mime: 'image/png' | 'image/jpeg' | 'application/pdf';
  size: number;
  sha256: string;
  content: Uint8Array;
  attached_by: string;
  attached_at: string;
}

export interface PraAuditEvidenceTable {
  id: Generated<number>;
  audit_id: number;
  item_id: number;
  attachment_id: number;
}

export interface FindingFollowupsTable {
  id: Generated<number>;
  finding_id: number;
  followup_date: string;
  status: FindingStatus;
  note: string;
  verified_by: string | null;
  created_by: string;
  created_at: string;
  verifier_user_id: number | null;
}

export interface FindingFollowupEvidenceTable {
  followup_id: number;
  attachment_id: number;
}

export interface KelompokTable {
  id: Generated<number>;
  desa_id: number;
  name: string;
  jenis: 'spp' | 'uep' | 'lainnya';
  ketua: string | null;
  address: string | null;
  founded_on: string | null;
  active: Generated<0 | 1>;
  created_at: string;
  updated_at: string;
}

export interface AnggotaTable {
  id: Generated<number>;
  kelompok_id: number;
  name: string;
  nik: string | null;
  gender: 'L' | 'P' | null;
  address: string | null;
  rtm: Generated<0 | 1>;
  active: Generated<0 | 1>;
  created_at: string;
  updated_at: string;
}

export interface LoanProductsTable {
  id: Generated<number>;
  code: string;
  name: string;
  /** JSON of the product's loan terms. */
  terms: string;
  receivable_account_id: number;
  jasa_account_id: number;
  denda_account_id: number;
  active: Generated<0 | 1>;
  created_at: string;
  updated_at: string;
}

export interface ClassTablesTable {
  id: Generated<number>;
  name: string;
  /** JSON array of kolektibilitas classes. */
  classes: string;
  created_by: string;
  created_at: string;
}

export interface LoansTable {
  id: Generated<number>;
  number: string;
  kelompok_id: number;
  product_id: number;
  status:
    | 'usulan'
    | 'diverifikasi'
    | 'disetujui'
    | 'aktif'
    | 'lunas'
    | 'dihapus'
    | 'dijadwal_ulang'
    | 'ditolak';
  amount: number;
  terms: string;
  purpose: string | null;
  proposed_on: string;
  verified_on: string | null;
  approved_on: string | null;
  decision_number: string | null;
  disbursed_on: string | null;
  disbursed_account_id: number | null;
  disbursement_entry_id: number | null;
  closed_on: string | null;
  close_note: string | null;
  rescheduled_from: number | null;
  migrated: Generated<0 | 1>;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface LoanMembersTable {
  loan_id: number;
  anggota_id: number;
  amount: number;
  purpose: string | null;
}

export interface LoanScheduleTable {
  loan_id: number;
  no: number;
  due_date: string;
  pokok: number;
  jasa: number;
}

export interface RepaymentsTable {
  id: Generated<number>;
  loan_id: number;
  paid_on: string;
  pokok: number;
  jasa: number;
  denda: number;
  account_id: number | null;
  entry_id: number | null;
  voided: Generated<0 | 1>;
  created_by: string;
  created_at: string;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  officer_id: number | null;
  role: 'admin' | 'bendahara' | 'pemeriksa' | 'pembaca';
  password_hash: string;
  must_change_password: Generated<number>;
  active: Generated<number>;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor: string;
  table_name: string;
  row_id: string | null;
  action: 'insert' | 'update' | 'delete';
  before_json: string | null;
  after_json: string | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface AuditSessionTable {
  id: number;
  actor: string;
}

export interface FindingLibraryTable {
  id: Generated<number>;
  code: string;
  category: string;
  active: Generated<0 | 1>;
  created_at: string;
  updated_at: string;
}
export interface FindingLibraryVersionsTable {
  id: Generated<number>;
  entry_id: number;
  version: number;
  title: string;
  kondisi: string;
  kriteria: string;
  sebab: string | null;
  akibat: string | null;
  rekomendasi: string;
  item_codes: Generated<string>;
  created_by: string;
  created_at: string;
}
export interface FindingDepositsTable {
  id: Generated<number>;
  finding_id: number;
  deposit_date: string;
  amount: number;
  receipt_number: string;
  account_id: number;
  journal_entry_id: number;
  note: string | null;
  created_by: string;
  created_at: string;
}
export interface DocumentReviewsTable {
  id: Generated<number>;
  doc_kind: string;
  doc_id: number;
  action: 'diajukan' | 'perlu_revisi' | 'disetujui';
  user_id: number;
  user_name: string;
  note: string | null;
  created_at: string;
}

export interface DB {
  audit_log: AuditLogTable;
  audit_session: AuditSessionTable;
  office_profile: OfficeProfileTable;
  officers: OfficersTable;
  officer_terms: OfficerTermsTable;
  desa: DesaTable;
  tpk_members: TpkMembersTable;
  schema_migrations: SchemaMigrationsTable;
  accounts: AccountsTable;
  journal_entries: JournalEntriesTable;
  journal_lines: JournalLinesTable;
  account_daily: AccountDailyTable;
  journal_revisions: JournalRevisionsTable;
  ledger_locks: LedgerLocksTable;
  app_settings: AppSettingsTable;
  users: UsersTable;
  denominations: DenominationsTable;
  observation_items: ObservationItemsTable;
  examinations: ExaminationsTable;
  exam_parties: ExamPartiesTable;
  exam_counts: ExamCountsTable;
  exam_items: ExamItemsTable;
  exam_statements: ExamStatementsTable;
  exam_observations: ExamObservationsTable;
  findings: FindingsTable;
  exam_signed_copies: ExamSignedCopiesTable;
  kegiatan: KegiatanTable;
  kegiatan_tpk: KegiatanTpkTable;
  checklist_templates: ChecklistTemplatesTable;
  checklist_versions: ChecklistVersionsTable;
  checklist_sections: ChecklistSectionsTable;
  checklist_items: ChecklistItemsTable;
  pra_audits: PraAuditsTable;
  pra_audit_team: PraAuditTeamTable;
  pra_audit_answers: PraAuditAnswersTable;
  attachments: AttachmentsTable;
  pra_audit_evidence: PraAuditEvidenceTable;
  finding_followups: FindingFollowupsTable;
  finding_followup_evidence: FindingFollowupEvidenceTable;
  kelompok: KelompokTable;
  anggota: AnggotaTable;
  loan_products: LoanProductsTable;
  class_tables: ClassTablesTable;
  loans: LoansTable;
  loan_members: LoanMembersTable;
  loan_schedule: LoanScheduleTable;
  repayments: RepaymentsTable;
  system_events: SystemEventsTable;
  request_log: RequestLogTable;
  finding_library: FindingLibraryTable;
  finding_library_versions: FindingLibraryVersionsTable;
  finding_deposits: FindingDepositsTable;
  document_reviews: DocumentReviewsTable;
  import_batches: ImportBatchesTable;
  import_entries: ImportEntriesTable;
  account_statement_map: AccountStatementMapTable;
  year_closings: YearClosingsTable;
  year_closing_allocations: YearClosingAllocationsTable;
}

export interface AccountStatementMapTable {
  account_id: number;
  line: string;
  cash_class: 'operasi' | 'investasi' | 'pendanaan';
  updated_at: string;
}

export interface YearClosingsTable {
  id: Generated<number>;
  year: number;
  number: string;
  status: Generated<'tutup' | 'dibuka'>;
  closing_entry_id: number;
  allocation_entry_id: number | null;
  mad_date: string;
  mad_reference: string;
  surplus: number;
  lock_id: number;
  snapshot: string;
  snapshot_hash: string;
  closed_by: string;
  closed_at: string;
  reopened_by: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
}

export interface YearClosingAllocationsTable {
  closing_id: number;
  sort: number;
  label: string;
  account_id: number;
  basis_points: number;
  amount: number;
}

export interface ImportBatchesTable {
  id: string;
  source: 'jurnal' | 'sidbm';
  file_name: string;
  file_hash: string;
  grouping: 'bukti' | 'per_baris';
  entries: number;
  lines: number;
  total_debit: number;
  total_credit: number;
  skipped_duplicates: Generated<number>;
  created_by: string;
  created_at: string;
  undone_by: string | null;
  undone_at: string | null;
  undo_reason: string | null;
}

export interface ImportEntriesTable {
  entry_id: number;
  batch_id: string;
  fingerprint: string;
}

export type SystemEventKind =
  | 'pemicu_dipulihkan'
  | 'pemulihan_cadangan'
  | 'batal_pemulihan'
  | 'sidik_kunci_dibuat';

export interface SystemEventsTable {
  id: Generated<number>;
  at: string;
  actor: string;
  kind: SystemEventKind;
  detail: string;
}

export interface RequestLogTable {
  request_id: string;
  name: string;
  answer: string;
  at: string;
}
