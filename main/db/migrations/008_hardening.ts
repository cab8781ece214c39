import type { Migration } from '../migrator';
import { forbidDelete } from './helpers';

/**
 * Tamper evidence and safe writes:
 * - `ledger_locks.digest`: SHA-256 of the journal a lock closes (entries and lines stamped after the
 *   previous lock, up to this one), written with the lock so its audit row seals it.
 * - `system_events`: what the app did to the file itself (protective triggers rebuilt at open, a
 *   restore, its undo); audited like every table, never changed or deleted.
 * - `request_log`: the first answer of each write request id, so a retried request is answered
 *   again instead of writing twice. Not audited (it only repeats answers).
 */
export const hardening: Migration = {
  version: 8,
  name: 'bukti perubahan dan penulisan aman',
  sql: `
    ALTER TABLE ledger_locks ADD COLUMN digest TEXT;

    CREATE TABLE system_events (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('pemicu_dipulihkan', 'pemulihan_cadangan', 'batal_pemulihan', 'sidik_kunci_dibuat')),
      detail TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('system_events', 'Catatan sistem', 'catatan ini bagian dari jejak audit')}
    CREATE TRIGGER system_events_no_update BEFORE UPDATE ON system_events
    BEGIN SELECT RAISE(ABORT, 'Catatan sistem tidak boleh diubah'); END;

    CREATE TABLE request_log (
      request_id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      answer TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
  `,
};
