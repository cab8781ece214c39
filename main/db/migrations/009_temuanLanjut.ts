import type { Migration } from '../migrator';
import { BANK_TEMUAN_009 } from './009_bankTemuan';
import { forbidDelete, lit, timestamps } from './helpers';

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ')`;

function noUpdate(table: string, what: string): string {
  return `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} tidak boleh diubah; catat yang baru'); END;`;
}

const seedLibrary = BANK_TEMUAN_009.map(
  (e) => `INSERT INTO finding_library (code, category, active, created_at, updated_at)
      VALUES (${lit(e.code)}, ${lit(e.category)}, 1, ${NOW}, ${NOW});
    INSERT INTO finding_library_versions (entry_id, version, title, kondisi, kriteria, sebab, akibat, rekomendasi, item_codes, created_by, created_at)
      VALUES ((SELECT id FROM finding_library WHERE code = ${lit(e.code)}), 1, ${lit(e.title)}, ${lit(e.kondisi)},
        ${lit(e.kriteria)}, ${lit(e.sebab)}, ${lit(e.akibat)}, ${lit(e.rekomendasi)}, ${lit(JSON.stringify(e.items))}, 'aplikasi', ${NOW});`,
).join('\n');

/**
 * Findings library, money recovered in follow-up, verification by a signed-in user, and review
 * before finalising (DOMAIN §7.4). `document_reviews` is keyed by document kind and id so that
 * any document that is finalised (examinations, pra-audits, later year-end statements) can use it.
 */
export const temuanLanjut: Migration = {
  version: 9,
  name: 'bank temuan, pemulihan dana, verifikasi dan reviu',
  sql: `
    CREATE TABLE finding_library (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(code) != ''),
      category TEXT NOT NULL CHECK (trim(category) != ''),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;
    ${forbidDelete('finding_library', 'Entri bank temuan')}

    -- Each edit is a new version; a finding keeps the version it was made from.
    CREATE TABLE finding_library_versions (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES finding_library(id),
      version INTEGER NOT NULL CHECK (version > 0),
      title TEXT NOT NULL CHECK (trim(title) != ''),
      kondisi TEXT NOT NULL CHECK (trim(kondisi) != ''),
      kriteria TEXT NOT NULL CHECK (trim(kriteria) != ''),
      sebab TEXT,
      akibat TEXT,
      rekomendasi TEXT NOT NULL CHECK (trim(rekomendasi) != ''),
      item_codes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(item_codes)),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (entry_id, version)
    ) STRICT;
    ${forbidDelete('finding_library_versions', 'Versi bank temuan', 'buat versi baru')}
    ${noUpdate('finding_library_versions', 'Versi bank temuan')}
    ${seedLibrary}

    ALTER TABLE findings ADD COLUMN library_version_id INTEGER REFERENCES finding_library_versions(id);
    ALTER TABLE findings ADD COLUMN recommended_amount INTEGER NOT NULL DEFAULT 0 CHECK (recommended_amount >= 0);
    CREATE TRIGGER findings_frozen_update_009 BEFORE UPDATE OF library_version_id, recommended_amount ON findings
    WHEN (SELECT status FROM examinations WHERE id = OLD.exam_id) != 'draft'
      OR (SELECT status FROM pra_audits WHERE id = OLD.pra_audit_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Temuan dari dokumen yang sudah final tidak boleh diubah'); END;

    -- Money returned or deposited for a finding, each booked by one journal entry.
    CREATE TABLE finding_deposits (
      id INTEGER PRIMARY KEY,
      finding_id INTEGER NOT NULL REFERENCES findings(id),
      deposit_date TEXT NOT NULL,
      amount INTEGER NOT NULL CHECK (amount > 0),
      receipt_number TEXT NOT NULL CHECK (trim(receipt_number) != ''),
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      journal_entry_id INTEGER NOT NULL UNIQUE REFERENCES journal_entries(id),
      note TEXT,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX finding_deposits_by_finding ON finding_deposits (finding_id);
    ${forbidDelete('finding_deposits', 'Setoran tindak lanjut', 'setoran disimpan selamanya')}
    ${noUpdate('finding_deposits', 'Setoran tindak lanjut')}

    -- Who verified a closing step: a signed-in user (the free-text name stays for older rows).
    ALTER TABLE finding_followups ADD COLUMN verifier_user_id INTEGER REFERENCES users(id);

    CREATE TABLE document_reviews (
      id INTEGER PRIMARY KEY,
      doc_kind TEXT NOT NULL CHECK (trim(doc_kind) != ''),
      doc_id INTEGER NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('diajukan', 'perlu_revisi', 'disetujui')),
      user_id INTEGER NOT NULL REFERENCES users(id),
      user_name TEXT NOT NULL,
      note TEXT,
      created_at TEXT NOT NULL,
      CHECK (action != 'perlu_revisi' OR note IS NOT NULL)
    ) STRICT;
    CREATE INDEX document_reviews_by_doc ON document_reviews (doc_kind, doc_id, id);
    ${forbidDelete('document_reviews', 'Riwayat reviu', 'riwayat disimpan selamanya')}
    ${noUpdate('document_reviews', 'Riwayat reviu')}

    INSERT INTO app_settings (key, value, updated_at) VALUES ('findings.deadlineDays', '60', ${NOW})
      ON CONFLICT (key) DO NOTHING;
    INSERT INTO app_settings (key, value, updated_at) VALUES ('review.required', '0', ${NOW})
      ON CONFLICT (key) DO NOTHING;
    INSERT INTO app_settings (key, value, updated_at) VALUES ('review.roles', '["admin","pemeriksa"]', ${NOW})
      ON CONFLICT (key) DO NOTHING;
  `,
};
