import type { Selectable } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { formatTanggal } from '../../../shared/format/date';
import type { ImportBatch, ImportBatchDetail } from '../../../shared/ledger/importBatches';
import { AppError } from '../../core/appError';
import { nowIso, type ServiceContext } from '../../core/context';
import type { ImportBatchesTable } from '../../db/schema';
import { checkpoints } from '../checkpoints';
import { isLocked, lockedMessage, lockState } from '../locks';
import { typed } from './typedSql';

function toBatch(r: Selectable<ImportBatchesTable>): ImportBatch {
  return {
    id: r.id,
    source: r.source,
    fileName: r.file_name,
    fileHash: r.file_hash,
    grouping: r.grouping,
    entries: r.entries,
    lines: r.lines,
    totalDebit: r.total_debit,
    totalCredit: r.total_credit,
    skippedDuplicates: r.skipped_duplicates,
    createdAt: r.created_at,
    createdBy: r.created_by,
    undone:
      r.undone_at !== null && r.undo_reason !== null
        ? { at: r.undone_at, by: r.undone_by ?? '', reason: r.undo_reason }
        : null,
  };
}

/** Riwayat impor: newest first. */
export async function listBatches(ctx: ServiceContext): Promise<ImportBatch[]> {
  const rows = await ctx.db.selectFrom('import_batches').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map(toBatch);
}

export async function getBatch(
  ctx: ServiceContext,
  input: ParsedInputOf<'importBatch.get'>,
): Promise<ImportBatchDetail> {
  const row = await ctx.db
    .selectFrom('import_batches')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'Impor tidak ditemukan.');
  const undone = row.undone_at !== null;
  let totals = ctx.db
    .selectFrom('journal_lines as l')
    .innerJoin('journal_entries as e', 'e.id', 'l.entry_id')
    .innerJoin('accounts as a', 'a.id', 'l.account_id')
    .select((eb) => [
      'a.code',
      'a.name',
      eb.fn.sum<number>('l.debit').as('debit'),
      eb.fn.sum<number>('l.credit').as('credit'),
    ])
    .where('e.import_batch', '=', input.id)
    .groupBy(['a.id', 'a.code', 'a.name'])
    .orderBy('a.code');
  if (!undone) totals = totals.where('e.voided', '=', 0);
  const span = await ctx.db
    .selectFrom('journal_entries')
    .select((eb) => [eb.fn.min('entry_date').as('first'), eb.fn.max('entry_date').as('last')])
    .where('import_batch', '=', input.id)
    .executeTakeFirst();
  return {
    ...toBatch(row),
    accountTotals: await totals.execute(),
    firstDate: span?.first ?? null,
    lastDate: span?.last ?? null,
  };
}

/**
 * Batalkan impor: every live entry of the batch is voided with the reason, in one transaction,
 * and the batch records who undid it. Refused, naming the lock, when any entry is in a locked period.
 */
export function undoBatch(ctx: ServiceContext, input: ParsedInputOf<'importBatch.undo'>): { voided: number } {
  const { sqlite, db } = ctx;
  const batch = typed(
    sqlite,
    db.selectFrom('import_batches').select(['id', 'undone_at']).where('id', '=', input.id),
  ).get();
  if (!batch) throw new AppError('NOT_FOUND', 'Impor tidak ditemukan.');
  if (batch.undone_at !== null) throw new AppError('CONFLICT', 'Impor ini sudah dibatalkan.');
  const entries = typed(
    sqlite,
    db
      .selectFrom('journal_entries')
      .select(['id', 'entry_date', 'entry_time', 'bukti'])
      .where('import_batch', '=', input.id)
      .where('voided', '=', 0)
      .orderBy('entry_date')
      .orderBy('entry_time'),
  ).all();
  const lock = lockState(sqlite);
  const locked = entries.filter((e) => isLocked(lock, e.entry_date, e.entry_time));
  if (locked.length > 0) {
    const first = locked[0] as (typeof locked)[number];
    throw new AppError(
      'CONFLICT',
      `Impor tidak bisa dibatalkan: ${locked.length.toLocaleString('id-ID')} jurnalnya (mis. ${first.bukti || 'tanpa bukti'} tanggal ${formatTanggal(first.entry_date)}) berada di periode terkunci. ${lockedMessage(lock)}`,
    );
  }
  const now = nowIso(ctx);
  const reason = `Batalkan impor: ${input.reason}`;
  const touched = typed(
    sqlite,
    db
      .selectFrom('journal_lines as l')
      .innerJoin('journal_entries as e', 'e.id', 'l.entry_id')
      .select((eb) => ['l.account_id', eb.fn.min<string>('l.entry_date').as('day')])
      .where('e.import_batch', '=', input.id)
      .where('e.voided', '=', 0)
      .groupBy('l.account_id'),
  ).all();
  const voidEntries = sqlite.prepare(
    `UPDATE journal_entries SET voided = 1, void_reason = ?, voided_by = ?, voided_at = ?
     WHERE import_batch = ? AND voided = 0`,
  );
  const voidLines = sqlite.prepare(
    `UPDATE journal_lines SET voided = 1
     WHERE voided = 0 AND entry_id IN (SELECT id FROM journal_entries WHERE import_batch = ?)`,
  );
  const markUndone = sqlite.prepare(
    'UPDATE import_batches SET undone_by = ?, undone_at = ?, undo_reason = ? WHERE id = ?',
  );
  sqlite.transaction(() => {
    voidLines.run(input.id);
    voidEntries.run(reason, ctx.actor, now, input.id);
    markUndone.run(ctx.actor, now, input.reason, input.id);
    const cp = checkpoints(sqlite);
    for (const t of touched) cp.rebuildFrom(t.account_id, t.day);
  })();
  return { voided: entries.length };
}
