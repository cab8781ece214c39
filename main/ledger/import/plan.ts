import type BetterSqlite3 from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import { formatTanggal } from '../../../shared/format/date';
import {
  groupingOf,
  IMPORT_COLUMN_LABELS,
  type ImportBatchRef,
  type ImportMapping,
  type ImportRowError,
} from '../../../shared/ledger/importTypes';
import type { DB } from '../../db/schema';
import { isLocked, lockedMessage, lockState } from '../locks';
import type { Scan } from './applyMapping';
import { entryFingerprint, fileFingerprint, formEntries, type PlannedEntry } from './entries';
import { typed } from './typedSql';

export interface ChartAccount {
  id: number;
  code: string;
  name: string;
  active: 0 | 1;
  has_children: number;
}

/** Everything the preview shows and the commit enforces, computed the same way for both. */
export interface ImportPlan {
  /** Entries without an error, duplicates included (see `duplicate`). */
  entries: PlannedEntry[];
  fingerprints: string[];
  /** Per entry: identical to a live entry of the journal. */
  duplicate: boolean[];
  /** Row errors found after parsing (vouchers, accounts, locks, opening date); parse errors excluded. */
  errors: ImportRowError[];
  /** Need confirmation: dates after today, bukti already used. */
  warnings: ImportRowError[];
  /** One note per duplicate entry, on its first row. */
  duplicates: ImportRowError[];
  /** The counter account of `per_baris` cannot take lines; null when fine. */
  counterIssue: string | null;
  /** Rows that will not be imported because of an error (their own or their voucher's). */
  badRows: Set<number>;
  earlierBatch: ImportBatchRef | null;
  fileHash: string;
  accounts: Map<string, ChartAccount>;
}

export function chartByCode(sqlite: BetterSqlite3.Database, db: Kysely<DB>): Map<string, ChartAccount> {
  const rows = typed(
    sqlite,
    db
      .selectFrom('accounts as a')
      .select([
        'a.id',
        'a.code',
        'a.name',
        'a.active',
        sql<number>`EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = a.id)`.as('has_children'),
      ]),
  ).all();
  return new Map(rows.map((a) => [a.code, a]));
}

/** Why an account cannot take journal lines, or null. */
export function unusableReason(account: ChartAccount | undefined, code: string): string | null {
  if (!account) return `Kode akun ${code} tidak ada di bagan akun`;
  if (account.active !== 1) return `Akun ${code} ${account.name} sudah nonaktif`;
  if (account.has_children > 0) return `Akun ${code} ${account.name} adalah akun induk; pakai sub-akunnya`;
  return null;
}

interface LiveEntry {
  id: number;
  entry_date: string;
  entry_time: string;
  bukti: string;
}

/**
 * Live journal entries sharing a No Bukti with the file's entries (case ignored), by upper-cased
 * bukti: one join through a temporary table instead of one query per entry.
 */
function liveEntriesByBukti(
  sqlite: BetterSqlite3.Database,
  db: Kysely<DB>,
  entries: PlannedEntry[],
): Map<string, LiveEntry[]> {
  const found = new Map<string, LiveEntry[]>();
  sqlite.exec(
    'CREATE TEMP TABLE IF NOT EXISTS import_bukti (bukti TEXT PRIMARY KEY COLLATE NOCASE) WITHOUT ROWID',
  );
  try {
    const add = sqlite.prepare('INSERT OR IGNORE INTO temp.import_bukti (bukti) VALUES (?)');
    sqlite.transaction(() => {
      for (const e of entries) if (e.bukti !== '') add.run(e.bukti);
    })();
    const rows = typed(
      sqlite,
      db
        .selectFrom('journal_entries as e')
        .select(['e.id', 'e.entry_date', 'e.entry_time', 'e.bukti'])
        .where(sql<boolean>`e.bukti COLLATE NOCASE IN (SELECT bukti FROM temp.import_bukti)`)
        .where('e.voided', '=', 0),
    ).all();
    for (const r of rows) {
      const key = r.bukti.toUpperCase();
      const list = found.get(key);
      if (list) list.push(r);
      else found.set(key, [r]);
    }
  } finally {
    sqlite.exec('DROP TABLE IF EXISTS temp.import_bukti');
  }
  return found;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function planImport(
  sqlite: BetterSqlite3.Database,
  db: Kysely<DB>,
  scan: Scan,
  mapping: ImportMapping,
  today: string,
): ImportPlan {
  const accounts = chartByCode(sqlite, db);
  const formed = formEntries(scan.rows, mapping, scan.failed);
  const errors = [...formed.errors];
  const warnings: ImportRowError[] = [];
  const duplicates: ImportRowError[] = [];
  const badRows = new Set<number>([...formed.blockedRows, ...formed.errors.map((e) => e.rowNumber)]);

  const counterCode = groupingOf(mapping) === 'per_baris' ? mapping.counterAccountCode.trim() : null;
  const counterIssue = counterCode === null ? null : unusableReason(accounts.get(counterCode), counterCode);

  const lock = lockState(sqlite);
  const opening = typed(
    sqlite,
    db
      .selectFrom('journal_entries')
      .select('entry_date')
      .where('kind', '=', 'saldo_awal')
      .where('voided', '=', 0)
      .orderBy('entry_date')
      .limit(1),
  ).get()?.entry_date;
  const latestAllowed = addDays(today, mapping.futureToleranceDays ?? 0);

  const byBukti = liveEntriesByBukti(sqlite, db, formed.entries);
  const sameInstantNoBukti = typed(
    sqlite,
    db
      .selectFrom('journal_entries')
      .select(['id', 'entry_date', 'entry_time', 'bukti'])
      .where('entry_date', '=', '')
      .where('entry_time', '=', '')
      .where('bukti', '=', '')
      .where('voided', '=', 0)
      .limit(20),
  );
  const linesOf = typed(
    sqlite,
    db
      .selectFrom('journal_lines as l')
      .innerJoin('accounts as a', 'a.id', 'l.account_id')
      .select(['a.code as accountCode', 'l.debit', 'l.credit'])
      .where('l.entry_id', '=', 0),
  );

  const entries: PlannedEntry[] = [];
  const fingerprints: string[] = [];
  const duplicate: boolean[] = [];
  const buktiInFile = new Map<string, PlannedEntry>();
  const checkBuktiInFile = groupingOf(mapping) === 'bukti';

  for (const entry of formed.entries) {
    const first = entry.rowNumbers[0] as number;
    let bad = false;
    const error = (rowNumber: number, column: string, message: string) => {
      errors.push({ rowNumber, column, message });
      bad = true;
    };
    for (const l of entry.lines) {
      if (l.accountCode === counterCode) continue;
      const reason = unusableReason(accounts.get(l.accountCode), l.accountCode);
      if (reason) error(l.rowNumber, IMPORT_COLUMN_LABELS.account, reason);
    }
    if (isLocked(lock, entry.date, entry.time)) {
      error(first, IMPORT_COLUMN_LABELS.date, lockedMessage(lock));
    }
    if (opening !== undefined && entry.date < opening) {
      error(
        first,
        IMPORT_COLUMN_LABELS.date,
        `Tanggal ${formatTanggal(entry.date)} sebelum tanggal saldo awal (${formatTanggal(opening)})`,
      );
    }
    if (bad) {
      for (const r of entry.rowNumbers) badRows.add(r);
      continue;
    }
    if (entry.date > latestAllowed) {
      warnings.push({
        rowNumber: first,
        column: IMPORT_COLUMN_LABELS.date,
        message: `Tanggal ${formatTanggal(entry.date)} sesudah hari ini (${formatTanggal(today)})`,
      });
    }
    const fingerprint = entryFingerprint(entry);
    const candidates =
      entry.bukti === ''
        ? sameInstantNoBukti.all([entry.date, entry.time, '', 0, 20])
        : (byBukti.get(entry.bukti.toUpperCase()) ?? []);
    const same = candidates.find(
      (c) =>
        c.entry_date === entry.date &&
        c.entry_time === entry.time &&
        entryFingerprint({ ...entry, lines: linesOf.all([c.id]) }) === fingerprint,
    );
    if (same) {
      duplicates.push({
        rowNumber: first,
        column: 'Duplikat',
        message: `Sama persis dengan jurnal yang sudah ada (${same.bukti || 'tanpa bukti'}, ${formatTanggal(same.entry_date)} ${same.entry_time}); dilewati kecuali Anda memilih tetap mengimpornya`,
      });
    } else if (entry.bukti !== '' && candidates.length > 0) {
      const other = candidates[0] as (typeof candidates)[number];
      warnings.push({
        rowNumber: first,
        column: IMPORT_COLUMN_LABELS.bukti,
        message: `Nomor bukti ${entry.bukti} sudah dipakai di jurnal (${formatTanggal(other.entry_date)})`,
      });
    }
    if (checkBuktiInFile) {
      const key = entry.bukti.toUpperCase();
      const earlier = buktiInFile.get(key);
      if (earlier) {
        warnings.push({
          rowNumber: first,
          column: IMPORT_COLUMN_LABELS.bukti,
          message: `Nomor bukti ${entry.bukti} juga dipakai di baris ${earlier.rowNumbers[0]} (${formatTanggal(earlier.date)})`,
        });
      } else buktiInFile.set(key, entry);
    }
    entries.push(entry);
    fingerprints.push(fingerprint);
    duplicate.push(same !== undefined);
  }

  const fileHash = fileFingerprint(scan.rows);
  const earlier = typed(
    sqlite,
    db
      .selectFrom('import_batches')
      .select(['id', 'file_name', 'created_at', 'created_by', 'entries'])
      .where('file_hash', '=', fileHash)
      .where('undone_at', 'is', null)
      .orderBy('created_at', 'desc')
      .limit(1),
  ).get();
  errors.sort((a, b) => a.rowNumber - b.rowNumber);
  warnings.sort((a, b) => a.rowNumber - b.rowNumber);
  return {
    entries,
    fingerprints,
    duplicate,
    errors,
    warnings,
    duplicates,
    counterIssue,
    badRows,
    earlierBatch: earlier
      ? {
          id: earlier.id,
          fileName: earlier.file_name,
          createdAt: earlier.created_at,
          createdBy: earlier.created_by,
          entries: earlier.entries,
        }
      : null,
    fileHash,
    accounts,
  };
}
