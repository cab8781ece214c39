import type { Migration } from '../migrator';
import { forbidDelete, lit, timestamps } from './helpers';

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ')`;

/** DOMAIN §6.4 "App default", as data (a migration never changes, so the presets are written out here). */
const PRESETS = [
  {
    name: '5 kelas menurut hari tunggakan',
    basis: 'hari',
    classes: [
      { code: '1', name: 'Lancar', min: 0, max: 0, provisionBp: 0, npl: false },
      { code: '2', name: 'Dalam Perhatian Khusus', min: 1, max: 90, provisionBp: 500, npl: false },
      { code: '3', name: 'Kurang Lancar', min: 91, max: 180, provisionBp: 1500, npl: true },
      { code: '4', name: 'Diragukan', min: 181, max: 270, provisionBp: 5000, npl: true },
      { code: '5', name: 'Macet', min: 271, max: null, provisionBp: 10000, npl: true },
    ],
  },
  {
    name: '3 kelas menurut angsuran tertunggak',
    basis: 'angsuran',
    classes: [
      { code: 'L', name: 'Lancar', min: 0, max: 3, provisionBp: 0, npl: false },
      { code: 'D', name: 'Diragukan', min: 4, max: 5, provisionBp: 5000, npl: true },
      { code: 'M', name: 'Macet', min: 6, max: null, provisionBp: 10000, npl: true },
    ],
  },
];

const PRODUCTS = [
  {
    code: 'SPP',
    name: 'Simpan Pinjam Kelompok Perempuan',
    rateBp: 150,
    piutang: '1.1.03.01',
    jasa: '4.1.01',
  },
  { code: 'UEP', name: 'Usaha Ekonomi Produktif', rateBp: 200, piutang: '1.1.03.02', jasa: '4.1.02' },
];

const seed = [
  ...PRESETS.map(
    (p, i) => `INSERT INTO class_tables (id, name, classes, created_by, created_at)
      VALUES (${i + 1}, ${lit(p.name)}, ${lit(JSON.stringify({ basis: p.basis, classes: p.classes }))}, 'aplikasi', ${NOW});`,
  ),
  `INSERT INTO app_settings (key, value, updated_at) VALUES ('loans.classTableId', '1', ${NOW})
    ON CONFLICT (key) DO NOTHING;`,
  // Only when the office's chart still has the accounts (it may have been renamed before this version).
  ...PRODUCTS.map(
    (
      p,
    ) => `INSERT INTO loan_products (code, name, terms, receivable_account_id, jasa_account_id, denda_account_id, created_at, updated_at)
      SELECT ${lit(p.code)}, ${lit(p.name)},
        ${lit(JSON.stringify({ rateBp: p.rateBp, jasaBasis: 'flat_per_bulan', tenor: 12, frequency: 'bulanan', rounding: 'rp1000', dendaPerLateInstalment: 0 }))},
        r.id, j.id, d.id, ${NOW}, ${NOW}
      FROM accounts r, accounts j, accounts d
      WHERE r.code = ${lit(p.piutang)} AND j.code = ${lit(p.jasa)} AND d.code = '4.1.03';`,
  ),
].join('\n');

/** Refuses changes to the instalment plan of a loan once it is disbursed. */
const scheduleFrozen = `
  CREATE TRIGGER loan_schedule_frozen_update BEFORE UPDATE ON loan_schedule
  WHEN (SELECT disbursed_on FROM loans WHERE id = OLD.loan_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'Jadwal angsuran pinjaman yang sudah dicairkan tidak boleh diubah'); END;
  CREATE TRIGGER loan_schedule_frozen_delete BEFORE DELETE ON loan_schedule
  WHEN (SELECT disbursed_on FROM loans WHERE id = OLD.loan_id) IS NOT NULL
  BEGIN SELECT RAISE(ABORT, 'Jadwal angsuran pinjaman yang sudah dicairkan tidak boleh dihapus'); END;`;

export const pinjaman: Migration = {
  version: 5,
  name: 'dana bergulir: kelompok, produk, pinjaman, jadwal, angsuran, tabel kolektibilitas',
  sql: `
    CREATE TABLE kelompok (
      id INTEGER PRIMARY KEY,
      desa_id INTEGER NOT NULL REFERENCES desa(id),
      name TEXT NOT NULL,
      jenis TEXT NOT NULL CHECK (jenis IN ('spp', 'uep', 'lainnya')),
      ketua TEXT,
      address TEXT,
      founded_on TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;
    CREATE UNIQUE INDEX kelompok_name ON kelompok (desa_id, name COLLATE NOCASE);
    ${forbidDelete('kelompok', 'Kelompok')}

    CREATE TABLE anggota (
      id INTEGER PRIMARY KEY,
      kelompok_id INTEGER NOT NULL REFERENCES kelompok(id),
      name TEXT NOT NULL,
      nik TEXT,
      gender TEXT CHECK (gender IN ('L', 'P')),
      address TEXT,
      rtm INTEGER NOT NULL DEFAULT 0 CHECK (rtm IN (0, 1)),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;
    CREATE INDEX anggota_by_kelompok ON anggota (kelompok_id);
    ${forbidDelete('anggota', 'Anggota kelompok')}

    -- Product rules as data; a loan copies its terms when it is approved, so a product edit changes no loan.
    CREATE TABLE loan_products (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      terms TEXT NOT NULL CHECK (json_valid(terms)),
      receivable_account_id INTEGER NOT NULL REFERENCES accounts(id),
      jasa_account_id INTEGER NOT NULL REFERENCES accounts(id),
      denda_account_id INTEGER NOT NULL REFERENCES accounts(id),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;
    ${forbidDelete('loan_products', 'Produk pinjaman')}

    -- Kolektibilitas tables are versioned: a report stores the version it used; a version never changes.
    CREATE TABLE class_tables (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      classes TEXT NOT NULL CHECK (json_valid(classes)),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('class_tables', 'Tabel kolektibilitas')}
    CREATE TRIGGER class_tables_frozen BEFORE UPDATE ON class_tables
    BEGIN SELECT RAISE(ABORT, 'Versi tabel kolektibilitas tidak boleh diubah; simpan sebagai versi baru'); END;

    CREATE TABLE loans (
      id INTEGER PRIMARY KEY,
      number TEXT NOT NULL UNIQUE,
      kelompok_id INTEGER NOT NULL REFERENCES kelompok(id),
      product_id INTEGER NOT NULL REFERENCES loan_products(id),
      status TEXT NOT NULL CHECK (status IN ('usulan', 'diverifikasi', 'disetujui', 'aktif', 'lunas', 'dihapus', 'dijadwal_ulang', 'ditolak')),
      amount INTEGER NOT NULL CHECK (amount > 0),
      terms TEXT NOT NULL CHECK (json_valid(terms)),
      purpose TEXT,
      proposed_on TEXT NOT NULL,
      verified_on TEXT,
      approved_on TEXT,
      decision_number TEXT,
      disbursed_on TEXT,
      disbursed_account_id INTEGER REFERENCES accounts(id),
      disbursement_entry_id INTEGER REFERENCES journal_entries(id),
      closed_on TEXT,
      close_note TEXT,
      rescheduled_from INTEGER REFERENCES loans(id),
      -- Taken over from the office's old register: disbursed before the books in this app begin, so without entry.
      migrated INTEGER NOT NULL DEFAULT 0 CHECK (migrated IN (0, 1)),
      created_by TEXT NOT NULL,
      ${timestamps},
      CHECK (status IN ('usulan', 'diverifikasi', 'disetujui', 'ditolak') OR disbursed_on IS NOT NULL)
    ) STRICT;
    CREATE INDEX loans_by_kelompok ON loans (kelompok_id);
    CREATE INDEX loans_by_status ON loans (status, disbursed_on);
    ${forbidDelete('loans', 'Pinjaman', 'pinjaman hanya dapat ditolak, dilunasi, dihapusbukukan atau dijadwal ulang')}

    CREATE TABLE loan_members (
      loan_id INTEGER NOT NULL REFERENCES loans(id),
      anggota_id INTEGER NOT NULL REFERENCES anggota(id),
      amount INTEGER NOT NULL CHECK (amount > 0),
      purpose TEXT,
      PRIMARY KEY (loan_id, anggota_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE loan_schedule (
      loan_id INTEGER NOT NULL REFERENCES loans(id),
      no INTEGER NOT NULL CHECK (no > 0),
      due_date TEXT NOT NULL,
      pokok INTEGER NOT NULL CHECK (pokok >= 0),
      jasa INTEGER NOT NULL CHECK (jasa >= 0),
      PRIMARY KEY (loan_id, no)
    ) STRICT, WITHOUT ROWID;
    ${scheduleFrozen}

    -- Each repayment posts its journal entry in the same transaction; a mistake is voided with its entry.
    -- A repayment without entry (account_id and entry_id NULL) is history taken over from the old register.
    CREATE TABLE repayments (
      id INTEGER PRIMARY KEY,
      loan_id INTEGER NOT NULL REFERENCES loans(id),
      paid_on TEXT NOT NULL,
      pokok INTEGER NOT NULL CHECK (pokok >= 0),
      jasa INTEGER NOT NULL CHECK (jasa >= 0),
      denda INTEGER NOT NULL CHECK (denda >= 0),
      account_id INTEGER REFERENCES accounts(id),
      entry_id INTEGER REFERENCES journal_entries(id),
      voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      CHECK (pokok + jasa + denda > 0),
      -- Only repayments taken over from the old register (before the books begin) have no journal entry.
      CHECK ((entry_id IS NULL) = (account_id IS NULL))
    ) STRICT;
    CREATE INDEX repayments_by_loan ON repayments (loan_id, paid_on);
    ${forbidDelete('repayments', 'Angsuran', 'batalkan saja')}
    CREATE TRIGGER repayments_frozen BEFORE UPDATE OF loan_id, paid_on, pokok, jasa, denda, account_id, entry_id ON repayments
    BEGIN SELECT RAISE(ABORT, 'Angsuran yang sudah dicatat tidak boleh diubah; batalkan lalu catat ulang'); END;

    ${seed}
  `,
};
