import { IMPORT_SUSPENSE_CODE } from '../../../shared/ledger/importTypes';
import type { Migration } from '../migrator';
import { forbidDelete, lit } from './helpers';

/**
 * Journal imports as batches: the file's fingerprint (to recognise a file imported twice), each
 * imported entry's fingerprint, and the undo of a whole batch. Entries imported before this
 * migration get one batch per earlier import, so they show in Riwayat impor and can be undone too.
 * The default chart gains the suspense account the import suggests.
 */
export const importBatches: Migration = {
  version: 11,
  name: 'riwayat impor jurnal',
  sql: `
    CREATE TABLE import_batches (
      id TEXT PRIMARY KEY,
      source TEXT NOT NULL CHECK (source IN ('jurnal', 'sidbm')),
      file_name TEXT NOT NULL,
      file_hash TEXT NOT NULL,
      grouping TEXT NOT NULL CHECK (grouping IN ('bukti', 'per_baris')),
      entries INTEGER NOT NULL,
      lines INTEGER NOT NULL,
      total_debit INTEGER NOT NULL,
      total_credit INTEGER NOT NULL,
      skipped_duplicates INTEGER NOT NULL DEFAULT 0,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      undone_by TEXT,
      undone_at TEXT,
      undo_reason TEXT,
      CHECK ((undone_at IS NULL) = (undo_reason IS NULL))
    ) STRICT;
    ${forbidDelete('import_batches', 'Riwayat impor', 'batalkan impornya dengan alasan')}
    CREATE INDEX import_batches_hash ON import_batches (file_hash);
    CREATE INDEX import_batches_created ON import_batches (created_at);

    CREATE TABLE import_entries (
      entry_id INTEGER PRIMARY KEY REFERENCES journal_entries(id),
      batch_id TEXT NOT NULL REFERENCES import_batches(id),
      fingerprint TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('import_entries', 'Sidik jurnal impor', 'batalkan impornya dengan alasan')}
    CREATE INDEX import_entries_batch ON import_entries (batch_id);
    CREATE INDEX import_entries_fingerprint ON import_entries (fingerprint);

    CREATE INDEX journal_entries_import_batch ON journal_entries (import_batch) WHERE import_batch IS NOT NULL;

    INSERT INTO import_batches (id, source, file_name, file_hash, grouping, entries, lines, total_debit,
        total_credit, created_by, created_at)
      SELECT e.import_batch, 'jurnal', '(impor sebelum riwayat impor)', '', 'per_baris', count(DISTINCT e.id),
        count(l.id), coalesce(sum(l.debit), 0), coalesce(sum(l.credit), 0), min(e.created_by), min(e.created_at)
      FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id
      WHERE e.import_batch IS NOT NULL
      GROUP BY e.import_batch;

    -- The counter account the import suggests for "one row, one entry", where the chart has room for it.
    INSERT INTO accounts (code, name, type, normal_side, parent_id, created_at, updated_at)
      SELECT ${lit(IMPORT_SUSPENSE_CODE)}, 'Akun Penampung Impor (Suspense)', 'kewajiban', 'K', p.id,
        strftime('%Y-%m-%dT%H:%M:%fZ'), strftime('%Y-%m-%dT%H:%M:%fZ')
      FROM accounts p
      WHERE p.code = '2.1' AND NOT EXISTS (SELECT 1 FROM accounts WHERE code = ${lit(IMPORT_SUSPENSE_CODE)});
  `,
};
