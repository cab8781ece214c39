import type { Migration } from '../migrator';
import { SEED_CHART } from './002_ledger_seed';
import { forbidDelete, timestamps } from './helpers';

export const ledger: Migration = {
  version: 2,
  name: 'bagan akun, jurnal, buku kas dan bank',
  sql: `
    CREATE TABLE accounts (
      id INTEGER PRIMARY KEY,
      code TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      type TEXT NOT NULL CHECK (type IN ('aset', 'kewajiban', 'ekuitas', 'pendapatan', 'beban')),
      normal_side TEXT NOT NULL CHECK (normal_side IN ('D', 'K')),
      parent_id INTEGER REFERENCES accounts(id),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      money_kind TEXT CHECK (money_kind IN ('kas', 'bank')),
      bank_name TEXT,
      bank_account_number TEXT,
      bank_holder TEXT,
      bank_type TEXT CHECK (bank_type IN ('tabungan', 'giro', 'deposito')),
      ${timestamps}
    ) STRICT;
    ${forbidDelete('accounts', 'Akun')}

    CREATE TABLE journal_entries (
      id INTEGER PRIMARY KEY,
      entry_date TEXT NOT NULL,
      entry_time TEXT NOT NULL,
      bukti TEXT NOT NULL,
      description TEXT NOT NULL,
      desa_id INTEGER REFERENCES desa(id),
      kind TEXT NOT NULL,
      voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
      void_reason TEXT,
      reverses_entry_id INTEGER REFERENCES journal_entries(id),
      import_batch TEXT,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_by TEXT,
      updated_at TEXT,
      voided_by TEXT,
      voided_at TEXT
    ) STRICT;
    ${forbidDelete('journal_entries', 'Jurnal', 'batalkan dengan alasan')}
    CREATE INDEX journal_entries_order ON journal_entries (entry_date, entry_time, id);
    CREATE INDEX journal_entries_bukti ON journal_entries (bukti COLLATE NOCASE);
    CREATE INDEX journal_entries_reverses ON journal_entries (reverses_entry_id) WHERE reverses_entry_id IS NOT NULL;

    -- Date, time and voided are copied from the entry so a book is one index range.
    CREATE TABLE journal_lines (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      debit INTEGER NOT NULL CHECK (debit >= 0),
      credit INTEGER NOT NULL CHECK (credit >= 0),
      entry_date TEXT NOT NULL,
      entry_time TEXT NOT NULL,
      voided INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
      CHECK ((debit > 0 AND credit = 0) OR (debit = 0 AND credit > 0))
    ) STRICT;
    CREATE INDEX journal_lines_entry ON journal_lines (entry_id);
    CREATE INDEX journal_lines_book ON journal_lines
      (account_id, entry_date, entry_time, entry_id, id, voided, debit, credit);

    -- Checkpoints: per account and day with activity, the running totals (voided lines excluded)
    -- at the end of that day. Balance at an instant = last checkpoint before its day plus that
    -- day's lines up to the instant; rebuilt from the changed day on every write.
    CREATE TABLE account_daily (
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      day TEXT NOT NULL,
      cum_debit INTEGER NOT NULL,
      cum_credit INTEGER NOT NULL,
      cum_lines INTEGER NOT NULL,
      PRIMARY KEY (account_id, day)
    ) STRICT, WITHOUT ROWID;

    -- Every earlier version of an edited entry, kept whole.
    CREATE TABLE journal_revisions (
      id INTEGER PRIMARY KEY,
      entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
      snapshot TEXT NOT NULL,
      reason TEXT NOT NULL,
      changed_by TEXT NOT NULL,
      changed_at TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('journal_revisions', 'Riwayat jurnal', 'riwayat disimpan selamanya')}
    CREATE INDEX journal_revisions_entry ON journal_revisions (entry_id);

    CREATE TABLE ledger_locks (
      id INTEGER PRIMARY KEY,
      locked_until TEXT NOT NULL,
      reason TEXT NOT NULL,
      created_by TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    ${forbidDelete('ledger_locks', 'Kunci periode', 'periode yang terkunci tetap terkunci')}

    CREATE TABLE app_settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    ${SEED_CHART}
  `,
};
