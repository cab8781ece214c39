import type { Migration } from '../migrator';
import { forbidDelete, lit } from './helpers';

/** Bank Indonesia's current legal tender (DOMAIN §4.2); 75.000 and coin 50 hidden by default. */
const DENOMINATIONS: [kind: 'kertas' | 'logam', rupiah: number, active: 0 | 1][] = [
  ['kertas', 100_000, 1],
  ['kertas', 75_000, 0],
  ['kertas', 50_000, 1],
  ['kertas', 20_000, 1],
  ['kertas', 10_000, 1],
  ['kertas', 5_000, 1],
  ['kertas', 2_000, 1],
  ['kertas', 1_000, 1],
  ['logam', 1_000, 1],
  ['logam', 500, 1],
  ['logam', 200, 1],
  ['logam', 100, 1],
  ['logam', 50, 0],
];

const OBSERVATIONS = [
  'Brankas/tempat penyimpanan uang ada dan terkunci',
  'Uang tunai di kas tidak melebihi batas yang ditetapkan SOP',
  'Buku Kas Umum ditutup dan diparaf pada hari pemeriksaan',
  'Bukti transaksi tersimpan rapi dan urut',
  'Semua penerimaan hari ini sudah dibukukan',
  'Rekening bank atas nama lembaga, bukan pribadi',
];

/** Once final, an examination is frozen: only its status may move on to `ditandatangani`. */
function frozen(table: string, key = 'exam_id'): string {
  return `
    CREATE TRIGGER ${table}_frozen_update BEFORE UPDATE ON ${table}
    WHEN (SELECT status FROM examinations WHERE id = OLD.${key}) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Pemeriksaan yang sudah final tidak boleh diubah'); END;
    CREATE TRIGGER ${table}_frozen_insert BEFORE INSERT ON ${table}
    WHEN (SELECT status FROM examinations WHERE id = NEW.${key}) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Pemeriksaan yang sudah final tidak boleh diubah'); END;
    CREATE TRIGGER ${table}_frozen_delete BEFORE DELETE ON ${table}
    WHEN (SELECT status FROM examinations WHERE id = OLD.${key}) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Pemeriksaan yang sudah final tidak boleh diubah'); END;`;
}

export const pemeriksaan: Migration = {
  version: 3,
  name: 'pemeriksaan kas dan bank',
  sql: `
    CREATE TABLE denominations (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('kertas', 'logam')),
      value INTEGER NOT NULL CHECK (value > 0),
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      UNIQUE (kind, value)
    ) STRICT;
    ${forbidDelete('denominations', 'Pecahan uang')}
    ${DENOMINATIONS.map(([k, rp, a]) => `INSERT INTO denominations (kind, value, active) VALUES (${lit(k)}, ${rp * 100}, ${a});`).join('\n')}

    CREATE TABLE observation_items (
      id INTEGER PRIMARY KEY,
      text TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      sort INTEGER NOT NULL
    ) STRICT;
    ${forbidDelete('observation_items', 'Butir pengamatan')}
    ${OBSERVATIONS.map((t, i) => `INSERT INTO observation_items (text, sort) VALUES (${lit(t)}, ${i + 1});`).join('\n')}

    CREATE TABLE examinations (
      id INTEGER PRIMARY KEY,
      number TEXT UNIQUE,
      type TEXT NOT NULL CHECK (type IN ('rutin', 'mendadak', 'serah_terima', 'tutup_buku')),
      exam_date TEXT NOT NULL,
      exam_time TEXT NOT NULL,
      place TEXT NOT NULL,
      basis TEXT,
      -- A correction of a final examination is a new examination linked to it, never an edit.
      addendum_of INTEGER REFERENCES examinations(id),
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'ditandatangani')),
      examined_officer_id INTEGER NOT NULL REFERENCES officers(id),
      conclusion TEXT,
      unexplained_ack INTEGER NOT NULL DEFAULT 0 CHECK (unexplained_ack IN (0, 1)),
      snapshot TEXT,
      snapshot_hash TEXT,
      finalised_at TEXT,
      finalised_by TEXT,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('examinations', 'Pemeriksaan kas', 'pemeriksaan disimpan selamanya')}
    CREATE TRIGGER examinations_frozen BEFORE UPDATE ON examinations
    WHEN OLD.status != 'draft' AND NOT (
      OLD.status = 'final' AND NEW.status = 'ditandatangani'
      AND NEW.snapshot IS OLD.snapshot AND NEW.snapshot_hash IS OLD.snapshot_hash AND NEW.number IS OLD.number)
    BEGIN SELECT RAISE(ABORT, 'Pemeriksaan yang sudah final tidak boleh diubah'); END;

    CREATE TABLE exam_parties (
      exam_id INTEGER NOT NULL REFERENCES examinations(id),
      role TEXT NOT NULL CHECK (role IN ('pemeriksa', 'mengetahui')),
      officer_id INTEGER NOT NULL REFERENCES officers(id),
      sort INTEGER NOT NULL,
      PRIMARY KEY (exam_id, role, officer_id)
    ) STRICT;
    ${frozen('exam_parties')}

    CREATE TABLE exam_counts (
      exam_id INTEGER NOT NULL REFERENCES examinations(id),
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      denomination_id INTEGER NOT NULL REFERENCES denominations(id),
      count INTEGER NOT NULL CHECK (count >= 0),
      PRIMARY KEY (exam_id, account_id, denomination_id)
    ) STRICT;
    ${frozen('exam_counts')}

    -- Non-cash items, explanations and reconciliation items of one examination.
    CREATE TABLE exam_items (
      id INTEGER PRIMARY KEY,
      exam_id INTEGER NOT NULL REFERENCES examinations(id),
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      kind TEXT NOT NULL CHECK (kind IN ('nonCash', 'explanation', 'recon')),
      code TEXT NOT NULL,
      description TEXT NOT NULL,
      amount INTEGER NOT NULL
    ) STRICT;
    ${frozen('exam_items')}

    CREATE TABLE exam_statements (
      exam_id INTEGER NOT NULL REFERENCES examinations(id),
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      balance INTEGER NOT NULL,
      statement_date TEXT NOT NULL,
      source TEXT NOT NULL,
      PRIMARY KEY (exam_id, account_id)
    ) STRICT;
    ${frozen('exam_statements')}

    CREATE TABLE exam_observations (
      exam_id INTEGER NOT NULL REFERENCES examinations(id),
      item_id INTEGER NOT NULL REFERENCES observation_items(id),
      answer TEXT NOT NULL CHECK (answer IN ('ya', 'tidak', 'na')),
      note TEXT,
      PRIMARY KEY (exam_id, item_id)
    ) STRICT;
    ${frozen('exam_observations')}

    -- The scan or photo of the signed paper; attaching it marks the examination 'ditandatangani'.
    CREATE TABLE exam_signed_copies (
      exam_id INTEGER PRIMARY KEY REFERENCES examinations(id),
      mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'application/pdf')),
      content BLOB NOT NULL,
      sha256 TEXT NOT NULL,
      attached_by TEXT NOT NULL,
      attached_at TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('exam_signed_copies', 'Salinan bertanda tangan', 'salinan disimpan selamanya')}
    CREATE TRIGGER exam_signed_copies_no_update BEFORE UPDATE ON exam_signed_copies
    BEGIN SELECT RAISE(ABORT, 'Salinan bertanda tangan tidak boleh diubah'); END;

    -- Findings of every source share one store (the pra-audit adds its own source later).
    CREATE TABLE findings (
      id INTEGER PRIMARY KEY,
      source TEXT NOT NULL CHECK (source IN ('pemeriksaan_kas')),
      exam_id INTEGER REFERENCES examinations(id),
      number INTEGER NOT NULL,
      kondisi TEXT NOT NULL,
      kriteria TEXT,
      rekomendasi TEXT NOT NULL,
      amount INTEGER NOT NULL DEFAULT 0,
      pic TEXT,
      due_date TEXT,
      status TEXT NOT NULL DEFAULT 'terbuka' CHECK (status IN ('terbuka', 'dalam_proses', 'selesai', 'tidak_dapat_ditindaklanjuti')),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX findings_exam ON findings (exam_id);
    -- What a finalised examination printed stays; only the follow-up status moves on.
    CREATE TRIGGER findings_frozen_update BEFORE UPDATE OF number, kondisi, kriteria, rekomendasi, amount, pic, due_date, exam_id
    ON findings WHEN (SELECT status FROM examinations WHERE id = OLD.exam_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Pemeriksaan yang sudah final tidak boleh diubah'); END;
    CREATE TRIGGER findings_frozen_insert BEFORE INSERT ON findings
    WHEN (SELECT status FROM examinations WHERE id = NEW.exam_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Pemeriksaan yang sudah final tidak boleh diubah'); END;
    CREATE TRIGGER findings_frozen_delete BEFORE DELETE ON findings
    WHEN (SELECT status FROM examinations WHERE id = OLD.exam_id) != 'draft'
    BEGIN SELECT RAISE(ABORT, 'Temuan pemeriksaan yang sudah final tidak boleh dihapus'); END;
  `,
};
