import type { Migration } from '../migrator';

/**
 * The audit trail: one row per inserted, changed or deleted row of every table, written by
 * triggers generated at open (main/audit/auditTriggers.ts) in the same transaction as the change.
 * Rows are appended with hash NULL and sealed into a hash chain after each write request
 * (main/audit/auditChain.ts). AUTOINCREMENT: a removed newest row leaves a gap the check sees.
 */
export const audit: Migration = {
  version: 6,
  name: 'jejak audit',
  sql: `
    CREATE TABLE audit_log (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      table_name TEXT NOT NULL,
      row_id TEXT,
      action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
      before_json TEXT,
      after_json TEXT,
      prev_hash TEXT,
      hash TEXT
    ) STRICT;
    CREATE INDEX audit_log_by_table ON audit_log (table_name);

    -- Who makes the changes of the current request: dispatch sets it before a write request.
    CREATE TABLE audit_session (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      actor TEXT NOT NULL
    ) STRICT;
    INSERT INTO audit_session (id, actor) VALUES (1, 'sistem');

    -- Append only: the one update allowed is sealing (hash and prev_hash set once, nothing else).
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    WHEN NOT (
      OLD.hash IS NULL AND OLD.prev_hash IS NULL AND NEW.hash IS NOT NULL AND NEW.prev_hash IS NOT NULL
      AND NEW.id IS OLD.id AND NEW.at IS OLD.at AND NEW.actor IS OLD.actor AND NEW.table_name IS OLD.table_name
      AND NEW.row_id IS OLD.row_id AND NEW.action IS OLD.action
      AND NEW.before_json IS OLD.before_json AND NEW.after_json IS OLD.after_json)
    BEGIN SELECT RAISE(ABORT, 'Jejak audit tidak boleh diubah'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'Jejak audit tidak boleh dihapus'); END;
    CREATE TRIGGER audit_session_no_delete BEFORE DELETE ON audit_session
    BEGIN SELECT RAISE(ABORT, 'Sesi jejak audit tidak boleh dihapus'); END;
  `,
};
