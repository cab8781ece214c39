import type { Migration } from '../migrator';
import { SEED_CHECKLIST } from './004_praaudit_seed';
import { forbidDelete, timestamps } from './helpers';

/** Refuses changes to the rows of a published checklist version. */
function publishedFrozen(table: string, versionOf: (row: 'NEW' | 'OLD') => string): string {
  const refuse = `SELECT RAISE(ABORT, 'Versi checklist yang sudah terbit tidak boleh diubah; buat versi baru')`;
  const published = (row: 'NEW' | 'OLD') =>
    `(SELECT status FROM checklist_versions WHERE id = ${versionOf(row)}) = 'terbit'`;
  return `
    CREATE TRIGGER ${table}_published_insert BEFORE INSERT ON ${table} WHEN ${published('NEW')} BEGIN ${refuse}; END;
    CREATE TRIGGER ${table}_published_update BEFORE UPDATE ON ${table} WHEN ${published('OLD')} BEGIN ${refuse}; END;
    CREATE TRIGGER ${table}_published_delete BEFORE DELETE ON ${table} WHEN ${published('OLD')} BEGIN ${refuse}; END;`;
}

/** Refuses changes to the rows of a final pra-audit. */
function auditFrozen(table: string): string {
  const refuse = `SELECT RAISE(ABORT, 'Pra-audit yang sudah final tidak boleh diubah')`;
  const final = (row: 'NEW' | 'OLD') =>
    `(SELECT status FROM pra_audits WHERE id = ${row}.audit_id) != 'draft'`;
  return `
    CREATE TRIGGER ${table}_frozen_insert BEFORE INSERT ON ${table} WHEN ${final('NEW')} BEGIN ${refuse}; END;
    CREATE TRIGGER ${table}_frozen_update BEFORE UPDATE ON ${table} WHEN ${final('OLD')} BEGIN ${refuse}; END;
    CREATE TRIGGER ${table}_frozen_delete BEFORE DELETE ON ${table} WHEN ${final('OLD')} BEGIN ${refuse}; END;`;
}

const FINDING_CONTENT =
  'number, kondisi, kriteria, sebab, akibat, rekomendasi, amount, severity, tanggapan, pic, due_date, dibawa_ke_mad, exam_id, pra_audit_id, checklist_item_id';

export const praAudit: Migration = {
  version: 4,
  name: 'kegiatan, checklist pra-audit, pra-audit TPK, temuan dan tindak lanjut',
  sql: `
    CREATE TABLE kegiatan (
      id INTEGER PRIMARY KEY,
      desa_id INTEGER NOT NULL REFERENCES desa(id),
      name TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('sarana_prasarana', 'spp_uep', 'pendidikan', 'kesehatan', 'lainnya')),
      year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      blm_amount INTEGER NOT NULL CHECK (blm_amount >= 0),
      location TEXT,
      status TEXT NOT NULL CHECK (status IN ('perencanaan', 'pelaksanaan', 'selesai', 'dihentikan')),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;
    CREATE INDEX kegiatan_by_desa ON kegiatan (desa_id, year);
    ${forbidDelete('kegiatan', 'Data kegiatan')}

    CREATE TABLE kegiatan_tpk (
      kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id),
      tpk_member_id INTEGER NOT NULL REFERENCES tpk_members(id),
      PRIMARY KEY (kegiatan_id, tpk_member_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE checklist_templates (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      description TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;
    CREATE UNIQUE INDEX checklist_templates_name ON checklist_templates (name COLLATE NOCASE);
    ${forbidDelete('checklist_templates', 'Template checklist')}

    CREATE TABLE checklist_versions (
      id INTEGER PRIMARY KEY,
      template_id INTEGER NOT NULL REFERENCES checklist_templates(id),
      version INTEGER NOT NULL CHECK (version > 0),
      status TEXT NOT NULL CHECK (status IN ('draft', 'terbit')),
      published_at TEXT,
      published_by TEXT,
      created_at TEXT NOT NULL,
      UNIQUE (template_id, version)
    ) STRICT;
    ${forbidDelete('checklist_versions', 'Versi checklist')}
    CREATE TRIGGER checklist_versions_published BEFORE UPDATE ON checklist_versions WHEN OLD.status = 'terbit'
    BEGIN SELECT RAISE(ABORT, 'Versi checklist yang sudah terbit tidak boleh diubah; buat versi baru'); END;

    CREATE TABLE checklist_sections (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL REFERENCES checklist_versions(id),
      code TEXT NOT NULL,
      title TEXT NOT NULL,
      sort INTEGER NOT NULL,
      UNIQUE (version_id, code)
    ) STRICT;
    ${publishedFrozen('checklist_sections', (r) => `${r}.version_id`)}

    CREATE TABLE checklist_items (
      id INTEGER PRIMARY KEY,
      version_id INTEGER NOT NULL REFERENCES checklist_versions(id),
      section_id INTEGER NOT NULL REFERENCES checklist_sections(id),
      code TEXT NOT NULL,
      text TEXT NOT NULL,
      help TEXT,
      default_severity TEXT NOT NULL CHECK (default_severity IN ('ringan', 'sedang', 'berat')),
      applies_to TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(applies_to)),
      sort INTEGER NOT NULL,
      UNIQUE (version_id, code)
    ) STRICT;
    CREATE INDEX checklist_items_by_section ON checklist_items (section_id, sort);
    ${publishedFrozen('checklist_items', (r) => `${r}.version_id`)}

    CREATE TABLE pra_audits (
      id INTEGER PRIMARY KEY,
      number TEXT UNIQUE,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
      kegiatan_id INTEGER NOT NULL REFERENCES kegiatan(id),
      desa_id INTEGER NOT NULL REFERENCES desa(id),
      template_version_id INTEGER NOT NULL REFERENCES checklist_versions(id),
      audit_date TEXT NOT NULL,
      period_from TEXT,
      period_to TEXT,
      place TEXT NOT NULL,
      ketua_tpk TEXT,
      fk_name TEXT,
      conclusion TEXT,
      snapshot TEXT,
      snapshot_hash TEXT,
      finalised_at TEXT,
      finalised_by TEXT,
      created_by TEXT NOT NULL,
      ${timestamps},
      CHECK (period_to IS NULL OR period_from IS NULL OR period_to >= period_from),
      CHECK (status = 'draft' OR (number IS NOT NULL AND snapshot IS NOT NULL AND snapshot_hash IS NOT NULL))
    ) STRICT;
    CREATE INDEX pra_audits_by_desa ON pra_audits (desa_id, audit_date);
    ${forbidDelete('pra_audits', 'Pra-audit')}
    CREATE TRIGGER pra_audits_published_version BEFORE INSERT ON pra_audits
    WHEN (SELECT status FROM checklist_versions WHERE id = NEW.template_version_id) != 'terbit'
    BEGIN SELECT RAISE(ABORT, 'Pra-audit hanya boleh memakai versi checklist yang sudah terbit'); END;
    CREATE TRIGGER pra_audits_frozen BEFORE UPDATE ON pra_audits WHEN OLD.status != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Pra-audit yang sudah final tidak boleh diubah'); END;

    CREATE TABLE pra_audit_team (
      audit_id INTEGER NOT NULL REFERENCES pra_audits(id),
      sort INTEGER NOT NULL,
      name TEXT NOT NULL,
      jabatan TEXT NOT NULL,
      PRIMARY KEY (audit_id, sort)
    ) STRICT, WITHOUT ROWID;
    ${auditFrozen('pra_audit_team')}

    CREATE TABLE pra_audit_answers (
      audit_id INTEGER NOT NULL REFERENCES pra_audits(id),
      item_id INTEGER NOT NULL REFERENCES checklist_items(id),
      answer TEXT NOT NULL DEFAULT 'belum_diperiksa'
        CHECK (answer IN ('ada_sesuai', 'ada_tidak_lengkap', 'tidak_ada', 'tidak_relevan', 'belum_diperiksa')),
      note TEXT,
      amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
      severity TEXT NOT NULL CHECK (severity IN ('ringan', 'sedang', 'berat')),
      answered_by TEXT,
      answered_at TEXT,
      PRIMARY KEY (audit_id, item_id)
    ) STRICT, WITHOUT ROWID;
    ${auditFrozen('pra_audit_answers')}

    -- Files (photos, scans) kept in the database so a backup holds everything; never deleted.
    CREATE TABLE attachments (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'application/pdf')),
      size INTEGER NOT NULL CHECK (size > 0),
      sha256 TEXT NOT NULL,
      content BLOB NOT NULL,
      attached_by TEXT NOT NULL,
      attached_at TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('attachments', 'Lampiran', 'lepaskan saja dari butirnya')}
    CREATE TRIGGER attachments_no_update BEFORE UPDATE ON attachments
    BEGIN SELECT RAISE(ABORT, 'Lampiran tidak boleh diubah'); END;

    CREATE TABLE pra_audit_evidence (
      id INTEGER PRIMARY KEY,
      audit_id INTEGER NOT NULL REFERENCES pra_audits(id),
      item_id INTEGER NOT NULL REFERENCES checklist_items(id),
      attachment_id INTEGER NOT NULL REFERENCES attachments(id)
    ) STRICT;
    CREATE INDEX pra_audit_evidence_by_audit ON pra_audit_evidence (audit_id, item_id);
    ${auditFrozen('pra_audit_evidence')}

    -- findings gains the pra-audit source and the fields of DOMAIN §7.4 (a CHECK can only change by a rebuild).
    ALTER TABLE findings RENAME TO findings_v3;
    CREATE TABLE findings (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL CHECK (source IN ('pemeriksaan_kas', 'pra_audit')),
      exam_id INTEGER REFERENCES examinations(id),
      pra_audit_id INTEGER REFERENCES pra_audits(id),
      checklist_item_id INTEGER REFERENCES checklist_items(id),
      number INTEGER NOT NULL,
      kondisi TEXT NOT NULL,
      kriteria TEXT,
      sebab TEXT,
      akibat TEXT,
      rekomendasi TEXT NOT NULL,
      amount INTEGER NOT NULL DEFAULT 0,
      severity TEXT CHECK (severity IN ('ringan', 'sedang', 'berat')),
      tanggapan TEXT,
      pic TEXT,
      due_date TEXT,
      dibawa_ke_mad INTEGER NOT NULL DEFAULT 0 CHECK (dibawa_ke_mad IN (0, 1)),
      status TEXT NOT NULL DEFAULT 'terbuka' CHECK (status IN ('terbuka', 'dalam_proses', 'selesai', 'tidak_dapat_ditindaklanjuti')),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      CHECK ((source = 'pemeriksaan_kas' AND exam_id IS NOT NULL AND pra_audit_id IS NULL)
          OR (source = 'pra_audit' AND pra_audit_id IS NOT NULL AND exam_id IS NULL))
    ) STRICT;
    INSERT INTO findings (id, source, exam_id, number, kondisi, kriteria, rekomendasi, amount, pic, due_date, status, created_by, created_at)
      SELECT id, source, exam_id, number, kondisi, kriteria, rekomendasi, amount, pic, due_date, status, created_by, created_at
      FROM findings_v3;
    DROP TABLE findings_v3;
    CREATE INDEX findings_exam ON findings (exam_id);
    CREATE INDEX findings_pra_audit ON findings (pra_audit_id);
    CREATE INDEX findings_status ON findings (status, due_date);
    -- What a final document printed stays; only the follow-up status moves on.
    CREATE TRIGGER findings_frozen_update BEFORE UPDATE OF ${FINDING_CONTENT} ON findings
    WHEN (SELECT status FROM examinations WHERE id = OLD.exam_id) != 'draft'
      OR (SELECT status FROM pra_audits WHERE id = OLD.pra_audit_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Temuan dari dokumen yang sudah final tidak boleh diubah'); END;
    CREATE TRIGGER findings_frozen_insert BEFORE INSERT ON findings
    WHEN (SELECT status FROM examinations WHERE id = NEW.exam_id) != 'draft'
      OR (SELECT status FROM pra_audits WHERE id = NEW.pra_audit_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Dokumen yang sudah final tidak boleh diubah'); END;
    CREATE TRIGGER findings_frozen_delete BEFORE DELETE ON findings
    WHEN (SELECT status FROM examinations WHERE id = OLD.exam_id) != 'draft'
      OR (SELECT status FROM pra_audits WHERE id = OLD.pra_audit_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Temuan dari dokumen yang sudah final tidak boleh dihapus'); END;

    CREATE TABLE finding_followups (
      id INTEGER PRIMARY KEY,
      finding_id INTEGER NOT NULL REFERENCES findings(id),
      followup_date TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('terbuka', 'dalam_proses', 'selesai', 'tidak_dapat_ditindaklanjuti')),
      note TEXT NOT NULL,
      verified_by TEXT,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      CHECK (status NOT IN ('selesai', 'tidak_dapat_ditindaklanjuti') OR verified_by IS NOT NULL)
    ) STRICT;
    CREATE INDEX finding_followups_by_finding ON finding_followups (finding_id);
    ${forbidDelete('finding_followups', 'Riwayat tindak lanjut', 'catat tindak lanjut baru')}
    CREATE TRIGGER finding_followups_no_update BEFORE UPDATE ON finding_followups
    BEGIN SELECT RAISE(ABORT, 'Riwayat tindak lanjut tidak boleh diubah; catat tindak lanjut baru'); END;

    CREATE TABLE finding_followup_evidence (
      followup_id INTEGER NOT NULL REFERENCES finding_followups(id),
      attachment_id INTEGER NOT NULL REFERENCES attachments(id),
      PRIMARY KEY (followup_id, attachment_id)
    ) STRICT, WITHOUT ROWID;
    ${forbidDelete('finding_followup_evidence', 'Bukti tindak lanjut', 'catat tindak lanjut baru')}

    ${SEED_CHECKLIST}
  `,
};
