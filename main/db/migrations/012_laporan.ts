import type { Migration } from '../migrator';
import { forbidDelete, lit } from './helpers';

/**
 * Statement mapping of the default chart (DOMAIN §3.4), frozen here: code → statement line and
 * arus-kas class. Groups carry the default of the accounts an office adds under them.
 */
const DEFAULT_MAPPING: ReadonlyArray<readonly [code: string, line: string, cash: string]> = [
  ['1', 'aset_lain', 'operasi'],
  ['1.1', 'aset_lancar_lain', 'operasi'],
  ['1.1.01', 'kas_bank', 'operasi'],
  ['1.1.03', 'piutang_pinjaman', 'operasi'],
  ['1.1.04', 'cadangan_piutang', 'operasi'],
  ['1.1.05', 'piutang_lain', 'operasi'],
  ['1.2', 'aset_tetap', 'investasi'],
  ['1.2.01', 'aset_tetap', 'investasi'],
  ['1.2.02', 'akumulasi_penyusutan', 'investasi'],
  ['2', 'utang_lancar', 'operasi'],
  ['2.1.01', 'utang_lancar', 'operasi'],
  ['2.1.02', 'utang_surplus', 'pendanaan'],
  ['2.1.03', 'utang_pajak', 'operasi'],
  ['3', 'ekuitas_lain', 'pendanaan'],
  ['3.1.01', 'modal', 'pendanaan'],
  ['3.1.02', 'surplus_ditahan', 'pendanaan'],
  ['3.1.03', 'surplus_belum_dialokasikan', 'pendanaan'],
  ['3.1.09', 'ekuitas_lain', 'pendanaan'],
  ['4', 'pendapatan_non_operasional', 'operasi'],
  ['4.1', 'pendapatan_operasional', 'operasi'],
  ['4.2', 'pendapatan_non_operasional', 'operasi'],
  ['5', 'beban_operasional', 'operasi'],
  ['5.1.06', 'beban_penyusutan_penyisihan', 'operasi'],
  ['5.1.07', 'beban_penyusutan_penyisihan', 'operasi'],
];

const TYPES_OF_LINE: Record<string, string> = {
  aset_lain: "'aset'",
  aset_lancar_lain: "'aset'",
  kas_bank: "'aset'",
  piutang_pinjaman: "'aset'",
  cadangan_piutang: "'aset'",
  piutang_lain: "'aset'",
  aset_tetap: "'aset'",
  akumulasi_penyusutan: "'aset'",
  utang_lancar: "'kewajiban'",
  utang_surplus: "'kewajiban'",
  utang_pajak: "'kewajiban'",
  ekuitas_lain: "'ekuitas'",
  modal: "'ekuitas'",
  surplus_ditahan: "'ekuitas'",
  surplus_belum_dialokasikan: "'ekuitas'",
  pendapatan_operasional: "'pendapatan'",
  pendapatan_non_operasional: "'pendapatan'",
  beban_operasional: "'beban'",
  beban_penyusutan_penyisihan: "'beban'",
};

// An office that changed its chart keeps what fits: a code is mapped only if it exists with a matching type.
const seedMapping = DEFAULT_MAPPING.map(
  ([
    code,
    line,
    cash,
  ]) => `INSERT OR IGNORE INTO account_statement_map (account_id, line, cash_class, updated_at)
    SELECT id, ${lit(line)}, ${lit(cash)}, strftime('%Y-%m-%dT%H:%M:%fZ') FROM accounts
    WHERE code = ${lit(code)} AND type IN (${TYPES_OF_LINE[line]});`,
).join('\n');

export const laporan: Migration = {
  version: 12,
  name: 'pemetaan laporan keuangan dan tutup buku',
  sql: `
    CREATE TABLE account_statement_map (
      account_id INTEGER PRIMARY KEY REFERENCES accounts(id),
      line TEXT NOT NULL,
      cash_class TEXT NOT NULL CHECK (cash_class IN ('operasi', 'investasi', 'pendanaan')),
      updated_at TEXT NOT NULL
    ) STRICT;
    ${seedMapping}
    INSERT OR IGNORE INTO account_statement_map (account_id, line, cash_class, updated_at)
      SELECT id, 'kas_bank', 'operasi', strftime('%Y-%m-%dT%H:%M:%fZ') FROM accounts WHERE money_kind IS NOT NULL;

    -- A lock lifted by reopening a closed year stays on record, with who lifted it and why.
    ALTER TABLE ledger_locks ADD COLUMN lifted_at TEXT;
    ALTER TABLE ledger_locks ADD COLUMN lifted_by TEXT;
    ALTER TABLE ledger_locks ADD COLUMN lift_reason TEXT;

    -- Tutup buku: one row per closing; a reopened closing stays (status 'dibuka') and a new row is
    -- made when the year is closed again. Its statements are frozen in the snapshot.
    CREATE TABLE year_closings (
      id INTEGER PRIMARY KEY,
      year INTEGER NOT NULL,
      number TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'tutup' CHECK (status IN ('tutup', 'dibuka')),
      closing_entry_id INTEGER NOT NULL REFERENCES journal_entries(id),
      allocation_entry_id INTEGER REFERENCES journal_entries(id),
      mad_date TEXT NOT NULL,
      mad_reference TEXT NOT NULL,
      surplus INTEGER NOT NULL,
      lock_id INTEGER NOT NULL REFERENCES ledger_locks(id),
      snapshot TEXT NOT NULL,
      snapshot_hash TEXT NOT NULL,
      closed_by TEXT NOT NULL,
      closed_at TEXT NOT NULL,
      reopened_by TEXT,
      reopened_at TEXT,
      reopen_reason TEXT
    ) STRICT;
    ${forbidDelete('year_closings', 'Tutup buku', 'buka kembali dengan alasan')}
    CREATE UNIQUE INDEX year_closings_one_open ON year_closings (year) WHERE status = 'tutup';
    CREATE TRIGGER year_closings_frozen BEFORE UPDATE ON year_closings
      WHEN NEW.snapshot IS NOT OLD.snapshot OR NEW.snapshot_hash IS NOT OLD.snapshot_hash
        OR NEW.number IS NOT OLD.number OR NEW.year IS NOT OLD.year OR NEW.surplus IS NOT OLD.surplus
        OR OLD.status = 'dibuka'
      BEGIN SELECT RAISE(ABORT, 'Laporan tutup buku yang dibekukan tidak boleh diubah'); END;

    CREATE TABLE year_closing_allocations (
      closing_id INTEGER NOT NULL REFERENCES year_closings(id),
      sort INTEGER NOT NULL,
      label TEXT NOT NULL,
      account_id INTEGER NOT NULL REFERENCES accounts(id),
      basis_points INTEGER NOT NULL CHECK (basis_points > 0 AND basis_points <= 10000),
      amount INTEGER NOT NULL,
      PRIMARY KEY (closing_id, sort)
    ) STRICT;
    ${forbidDelete('year_closing_allocations', 'Alokasi surplus', 'buka kembali tahun bukunya')}
    CREATE TRIGGER year_closing_allocations_frozen BEFORE UPDATE ON year_closing_allocations
      BEGIN SELECT RAISE(ABORT, 'Alokasi surplus yang dibekukan tidak boleh diubah'); END;
  `,
};
