import type BetterSqlite3 from 'better-sqlite3';
import { formatTanggal } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import type { EntryKind } from '../../shared/ledger/journal';
import { AppError } from '../core/appError';
import { checkpoints } from './checkpoints';

export interface LineDraft {
  accountId: number;
  debit: number;
  credit: number;
}

export interface EntryDraft {
  date: string;
  time: string;
  bukti: string;
  description: string;
  desaId: number | null;
  kind: EntryKind;
  lines: LineDraft[];
  reversesEntryId?: number | null;
  importBatch?: string | null;
}

interface AccountCheck {
  id: number;
  code: string;
  name: string;
  active: number;
  has_children: number;
}

/** Refuses an entry that does not balance or posts to an unknown, inactive or group account. */
export function validateDraft(sqlite: BetterSqlite3.Database, draft: EntryDraft): void {
  if (draft.lines.length < 2) {
    throw new AppError('VALIDATION', 'Jurnal memerlukan sedikitnya dua baris berisi jumlah.', {
      lines: 'Isi sedikitnya dua baris',
    });
  }
  const fields: Record<string, string> = {};
  draft.lines.forEach((l, i) => {
    if (l.debit > 0 && l.credit > 0)
      fields[`lines.${i}.debit`] = 'Isi debit atau kredit saja, jangan keduanya';
    if (l.debit === 0 && l.credit === 0) fields[`lines.${i}.debit`] = 'Isi jumlah debit atau kredit';
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError('VALIDATION', 'Setiap baris jurnal berisi debit atau kredit, tidak keduanya.', fields);
  }
  const debit = draft.lines.reduce((s, l) => s + l.debit, 0);
  const credit = draft.lines.reduce((s, l) => s + l.credit, 0);
  if (debit !== credit) {
    throw new AppError(
      'VALIDATION',
      `Jurnal tidak seimbang: debit ${formatRupiah(debit)}, kredit ${formatRupiah(credit)} (selisih ${formatRupiah(Math.abs(debit - credit))}).`,
      { lines: 'Jumlah debit harus sama dengan jumlah kredit' },
    );
  }
  const ids = [...new Set(draft.lines.map((l) => l.accountId))];
  const rows = sqlite
    .prepare(
      `SELECT a.id, a.code, a.name, a.active,
         EXISTS (SELECT 1 FROM accounts c WHERE c.parent_id = a.id) AS has_children
       FROM accounts a WHERE a.id IN (${ids.map(() => '?').join(',')})`,
    )
    .all(...ids) as AccountCheck[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  draft.lines.forEach((l, i) => {
    const a = byId.get(l.accountId);
    if (!a) fields[`lines.${i}.accountId`] = 'Akun tidak ditemukan';
    else if (a.active !== 1) fields[`lines.${i}.accountId`] = `Akun ${a.code} ${a.name} sudah nonaktif`;
    else if (a.has_children === 1)
      fields[`lines.${i}.accountId`] = `Akun ${a.code} ${a.name} adalah akun induk; pilih sub-akunnya`;
  });
  if (Object.keys(fields).length > 0) {
    throw new AppError('VALIDATION', Object.values(fields)[0] ?? 'Akun tidak sah', fields);
  }
  if (draft.desaId !== null && !sqlite.prepare('SELECT 1 FROM desa WHERE id = ?').get(draft.desaId)) {
    throw new AppError('VALIDATION', 'Desa tidak ditemukan.', { desaId: 'Desa tidak ditemukan' });
  }
}

/** A bukti number used by another live entry needs the person's confirmation. */
export function assertBuktiFree(
  sqlite: BetterSqlite3.Database,
  bukti: string,
  allow: boolean,
  ignoreId?: number,
): void {
  if (allow) return;
  const other = sqlite
    .prepare(
      `SELECT id, entry_date, description FROM journal_entries
       WHERE bukti = ? COLLATE NOCASE AND voided = 0 AND id != ? ORDER BY id LIMIT 1`,
    )
    .get(bukti, ignoreId ?? 0) as { id: number; entry_date: string; description: string } | undefined;
  if (other) {
    throw new AppError(
      'NEEDS_CONFIRMATION',
      `Nomor bukti ${bukti} sudah dipakai pada ${formatTanggal(other.entry_date)} ("${other.description}"). Tetap simpan dengan nomor yang sama?`,
      { bukti: 'Nomor bukti sudah dipakai' },
    );
  }
}

export interface Writer {
  insert(draft: EntryDraft, actor: string, now: string): number;
  replaceLines(entryId: number, draft: EntryDraft, actor: string, now: string): void;
  void(entryId: number, reason: string, actor: string, now: string): void;
}

/** Low-level writes; callers validate and run them inside one transaction. Checkpoints follow. */
export function writer(sqlite: BetterSqlite3.Database): Writer {
  const insertEntry = sqlite.prepare(
    `INSERT INTO journal_entries (entry_date, entry_time, bukti, description, desa_id, kind, reverses_entry_id,
       import_batch, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sqlite.prepare(
    `INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const linesOf = sqlite.prepare('SELECT account_id, entry_date FROM journal_lines WHERE entry_id = ?');
  const deleteLines = sqlite.prepare('DELETE FROM journal_lines WHERE entry_id = ?');
  const updateHeader = sqlite.prepare(
    `UPDATE journal_entries SET entry_date = ?, entry_time = ?, bukti = ?, description = ?, desa_id = ?,
       updated_by = ?, updated_at = ? WHERE id = ?`,
  );
  const voidEntry = sqlite.prepare(
    'UPDATE journal_entries SET voided = 1, void_reason = ?, voided_by = ?, voided_at = ? WHERE id = ?',
  );
  const voidLines = sqlite.prepare('UPDATE journal_lines SET voided = 1 WHERE entry_id = ?');
  const cp = checkpoints(sqlite);

  const rebuild = (touched: Map<number, string>) => {
    for (const [accountId, day] of touched) cp.rebuildFrom(accountId, day);
  };
  const touch = (touched: Map<number, string>, accountId: number, day: string) => {
    const known = touched.get(accountId);
    if (known === undefined || day < known) touched.set(accountId, day);
  };

  return {
    insert(d, actor, now) {
      const id = Number(
        insertEntry.run(
          d.date,
          d.time,
          d.bukti,
          d.description,
          d.desaId,
          d.kind,
          d.reversesEntryId ?? null,
          d.importBatch ?? null,
          actor,
          now,
        ).lastInsertRowid,
      );
      const touched = new Map<number, string>();
      for (const l of d.lines) {
        insertLine.run(id, l.accountId, l.debit, l.credit, d.date, d.time);
        touch(touched, l.accountId, d.date);
      }
      rebuild(touched);
      return id;
    },
    replaceLines(entryId, d, actor, now) {
      const touched = new Map<number, string>();
      for (const old of linesOf.all(entryId) as { account_id: number; entry_date: string }[]) {
        touch(touched, old.account_id, old.entry_date);
      }
      deleteLines.run(entryId);
      updateHeader.run(d.date, d.time, d.bukti, d.description, d.desaId, actor, now, entryId);
      for (const l of d.lines) {
        insertLine.run(entryId, l.accountId, l.debit, l.credit, d.date, d.time);
        touch(touched, l.accountId, d.date);
      }
      rebuild(touched);
    },
    void(entryId, reason, actor, now) {
      const touched = new Map<number, string>();
      for (const old of linesOf.all(entryId) as { account_id: number; entry_date: string }[]) {
        touch(touched, old.account_id, old.entry_date);
      }
      voidEntry.run(reason, actor, now, entryId);
      voidLines.run(entryId);
      rebuild(touched);
    },
  };
}
