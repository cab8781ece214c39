import type { Migration } from '../migrator';
import { forbidDelete, timestamps } from './helpers';

export const foundation: Migration = {
  version: 1,
  name: 'profil kantor, pejabat, desa dan TPK',
  sql: `
    CREATE TABLE office_profile (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      name TEXT NOT NULL,
      institution_kind TEXT NOT NULL CHECK (institution_kind IN ('upk', 'bumdesma')),
      kecamatan TEXT NOT NULL,
      kabupaten TEXT NOT NULL,
      provinsi TEXT NOT NULL,
      address TEXT NOT NULL,
      postal_code TEXT,
      phone TEXT,
      email TEXT,
      time_zone TEXT NOT NULL CHECK (time_zone IN ('WIB', 'WITA', 'WIT')),
      paper_size TEXT NOT NULL CHECK (paper_size IN ('A4', 'F4')),
      logo_mime TEXT CHECK (logo_mime IN ('image/png', 'image/jpeg')),
      logo BLOB,
      ${timestamps}
    ) STRICT;

    CREATE TABLE officers (
      id INTEGER PRIMARY KEY,
      full_name TEXT NOT NULL,
      nip TEXT,
      phone TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;

    CREATE TABLE officer_terms (
      id INTEGER PRIMARY KEY,
      officer_id INTEGER NOT NULL REFERENCES officers (id) ON DELETE RESTRICT,
      position TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT,
      decree_number TEXT,
      ${timestamps},
      CHECK (end_date IS NULL OR end_date >= start_date)
    ) STRICT;
    CREATE INDEX officer_terms_by_position ON officer_terms (position, start_date);
    CREATE INDEX officer_terms_by_officer ON officer_terms (officer_id);

    CREATE TABLE desa (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      code TEXT,
      kepala_desa TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;
    CREATE UNIQUE INDEX desa_name_unique ON desa (name COLLATE NOCASE);

    CREATE TABLE tpk_members (
      id INTEGER PRIMARY KEY,
      desa_id INTEGER NOT NULL REFERENCES desa (id) ON DELETE RESTRICT,
      full_name TEXT NOT NULL,
      role TEXT NOT NULL CHECK (role IN ('ketua', 'sekretaris', 'bendahara', 'anggota')),
      phone TEXT,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      ${timestamps}
    ) STRICT;
    CREATE INDEX tpk_members_by_desa ON tpk_members (desa_id);

    ${forbidDelete('officers', 'Data pejabat')}
    ${forbidDelete('officer_terms', 'Masa jabatan')}
    ${forbidDelete('desa', 'Data desa')}
    ${forbidDelete('tpk_members', 'Anggota TPK')}
  `,
};
