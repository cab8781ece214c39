import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../core/appError';
import { checkpoints } from './checkpoints';
import { isLocked, lockedMessage, lockState } from './locks';

/** One imported line: its account takes `amount` (positive = debit), the counter account the rest. */
export interface ImportLine {
  rowNumber: number;
  date: string;
  time: string;
  bukti: string;
  description: string;
  accountCode: string;
  amount: number;
}

export interface CommitResult {
  batch: string;
  entries: number;
}

interface AccountInfo {
  id: number;
  code: string;
  active: number;
  has_children: number;
}

/**
 * All or nothing: every row becomes a two-line entry (the row's account against the counter
 * account) in one transaction; checkpoints are rebuilt once per account from its earliest new day.
 */
export function commitImport(
  sqlite: BetterSqlite3.Database,
  lines: ImportLine[],
  counterAccountCode: string,
  actor: string,
  now: string,
): CommitResult {
  if (lines.length === 0) throw new AppError('VALIDATION', 'Tidak ada baris yang bisa diimpor.');
  const accounts = new Map(
    (
      sqlite
        .prepare(
          `SELECT a.id, a.code, a.active, EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = a.id) AS has_children
           FROM accounts a`,
        )
        .all() as AccountInfo[]
    ).map((a) => [a.code, a]),
  );
  const usable = (code: string, where: string): number => {
    const a = accounts.get(code);
    if (!a) throw new AppError('VALIDATION', `${where}: kode akun ${code} tidak ada di bagan akun.`);
    if (a.active !== 1) throw new AppError('VALIDATION', `${where}: akun ${code} sudah nonaktif.`);
    if (a.has_children === 1)
      throw new AppError('VALIDATION', `${where}: akun ${code} adalah akun induk; pakai sub-akunnya.`);
    return a.id;
  };
  const counter = usable(counterAccountCode, 'Akun lawan');
  const lock = lockState(sqlite);
  const ids = lines.map((l) => {
    if (isLocked(lock, l.date, l.time))
      throw new AppError('CONFLICT', `Baris ${l.rowNumber}: ${lockedMessage(lock)}`);
    const id = usable(l.accountCode, `Baris ${l.rowNumber}`);
    if (id === counter)
      throw new AppError('VALIDATION', `Baris ${l.rowNumber}: akun baris sama dengan akun lawan.`);
    if (l.amount === 0) throw new AppError('VALIDATION', `Baris ${l.rowNumber}: jumlah nol.`);
    return id;
  });

  const batch = randomUUID();
  const insertEntry = sqlite.prepare(
    `INSERT INTO journal_entries (entry_date, entry_time, bukti, description, kind, import_batch, created_by, created_at)
     VALUES (?, ?, ?, ?, 'impor', ?, ?, ?)`,
  );
  const insertLine = sqlite.prepare(
    'INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const earliest = new Map<number, string>();
  const touch = (account: number, day: string) => {
    const known = earliest.get(account);
    if (known === undefined || day < known) earliest.set(account, day);
  };
  sqlite.transaction(() => {
    lines.forEach((l, i) => {
      const account = ids[i] as number;
      const entry = insertEntry.run(
        l.date,
        l.time,
        l.bukti,
        l.description,
        batch,
        actor,
        now,
      ).lastInsertRowid;
      const abs = Math.abs(l.amount);
      const debit = l.amount > 0;
      insertLine.run(entry, account, debit ? abs : 0, debit ? 0 : abs, l.date, l.time);
      insertLine.run(entry, counter, debit ? 0 : abs, debit ? abs : 0, l.date, l.time);
      touch(account, l.date);
      touch(counter, l.date);
    });
    const cp = checkpoints(sqlite);
    for (const [account, day] of earliest) cp.rebuildFrom(account, day);
  })();
  return { batch, entries: lines.length };
}
