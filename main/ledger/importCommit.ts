import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { ImportGrouping } from '../../shared/ledger/importTypes';
import { AppError } from '../core/appError';
import { checkpoints } from './checkpoints';
import type { ImportPlan } from './import/plan';

export interface CommitResult {
  batch: string;
  entries: number;
  skippedDuplicates: number;
  totalDebit: number;
  totalCredit: number;
}

export interface BatchMeta {
  fileName: string;
  grouping: ImportGrouping;
  includeDuplicates: boolean;
  actor: string;
  now: string;
}

/**
 * Writes a checked plan as one batch in one transaction: the batch row, every entry with its
 * lines and fingerprint, and the checkpoints of the touched accounts from their earliest new day.
 * Entries identical to live ones are skipped unless `includeDuplicates`.
 */
export function commitPlan(sqlite: BetterSqlite3.Database, plan: ImportPlan, meta: BatchMeta): CommitResult {
  const chosen = plan.entries
    .map((entry, i) => ({ entry, fingerprint: plan.fingerprints[i] as string, dup: plan.duplicate[i] }))
    .filter((e) => meta.includeDuplicates || !e.dup);
  if (chosen.length === 0) {
    throw new AppError(
      'VALIDATION',
      plan.entries.length > 0
        ? 'Semua jurnal di file ini sudah ada di buku; tidak ada yang diimpor.'
        : 'Tidak ada baris yang bisa diimpor.',
    );
  }
  const accountId = (code: string): number => {
    const a = plan.accounts.get(code);
    if (!a) throw new AppError('VALIDATION', `Kode akun ${code} tidak ada di bagan akun.`);
    return a.id;
  };
  let lines = 0;
  let totalDebit = 0;
  let totalCredit = 0;
  for (const { entry } of chosen) {
    for (const l of entry.lines) {
      lines++;
      totalDebit += l.debit;
      totalCredit += l.credit;
    }
  }

  const batch = randomUUID();
  const insertBatch = sqlite.prepare(
    `INSERT INTO import_batches (id, source, file_name, file_hash, grouping, entries, lines, total_debit,
       total_credit, skipped_duplicates, created_by, created_at) VALUES (?, 'jurnal', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEntry = sqlite.prepare(
    `INSERT INTO journal_entries (entry_date, entry_time, bukti, description, kind, import_batch, created_by, created_at)
     VALUES (?, ?, ?, ?, 'impor', ?, ?, ?)`,
  );
  const insertLine = sqlite.prepare(
    'INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertFingerprint = sqlite.prepare(
    'INSERT INTO import_entries (entry_id, batch_id, fingerprint) VALUES (?, ?, ?)',
  );
  const earliest = new Map<number, string>();
  const touch = (account: number, day: string) => {
    const known = earliest.get(account);
    if (known === undefined || day < known) earliest.set(account, day);
  };
  sqlite.transaction(() => {
    insertBatch.run(
      batch,
      meta.fileName,
      plan.fileHash,
      meta.grouping,
      chosen.length,
      lines,
      totalDebit,
      totalCredit,
      plan.entries.length - chosen.length,
      meta.actor,
      meta.now,
    );
    for (const { entry: e, fingerprint } of chosen) {
      const id = insertEntry.run(
        e.date,
        e.time,
        e.bukti,
        e.description,
        batch,
        meta.actor,
        meta.now,
      ).lastInsertRowid;
      for (const l of e.lines) {
        const account = accountId(l.accountCode);
        insertLine.run(id, account, l.debit, l.credit, e.date, e.time);
        touch(account, e.date);
      }
      insertFingerprint.run(id, batch, fingerprint);
    }
    const cp = checkpoints(sqlite);
    for (const [account, day] of earliest) cp.rebuildFrom(account, day);
  })();
  return {
    batch,
    entries: chosen.length,
    skippedDuplicates: plan.entries.length - chosen.length,
    totalDebit,
    totalCredit,
  };
}
