import type { Migration } from '../migrator';
import { forbidDelete } from './helpers';

/**
 * Local accounts. Passwords are stored only as scrypt hashes. Users are never deleted (the audit
 * trail names them); they are deactivated. The first admin is created from the login screen.
 */
export const users: Migration = {
  version: 7,
  name: 'pengguna lokal dan peran',
  sql: `
    CREATE TABLE users (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE COLLATE NOCASE,
      full_name TEXT NOT NULL,
      officer_id INTEGER REFERENCES officers(id),
      role TEXT NOT NULL CHECK (role IN ('admin', 'bendahara', 'pemeriksa', 'pembaca')),
      password_hash TEXT NOT NULL,
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      last_login_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('users', 'Pengguna', 'nonaktifkan saja')}
    INSERT INTO app_settings (key, value, updated_at)
      VALUES ('auth.idleMinutes', '15', strftime('%Y-%m-%dT%H:%M:%fZ'))
      ON CONFLICT (key) DO NOTHING;
  `,
};
