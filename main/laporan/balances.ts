import type { IsoDate } from '../../shared/format/date';
import type { ServiceContext } from '../core/context';

/** Running debit and credit totals of one account (voided lines excluded). */
export interface Cum {
  debit: number;
  credit: number;
}

export const ZERO_CUM: Cum = { debit: 0, credit: 0 };

export function netOf(c: Cum | undefined): number {
  return c ? c.debit - c.credit : 0;
}

/**
 * Every account's running totals at the end of `date`, read from the per-day checkpoints
 * (account_daily): one index seek per account, whatever the size of the journal. `null` → nothing.
 */
export async function totalsAtEndOf(ctx: ServiceContext, date: IsoDate | null): Promise<Map<number, Cum>> {
  const out = new Map<number, Cum>();
  if (date === null) return out;
  const rows = await ctx.db
    .selectFrom('accounts as a')
    .select((eb) => {
      const last = (column: 'd.cum_debit' | 'd.cum_credit') =>
        eb
          .selectFrom('account_daily as d')
          .select(column)
          .whereRef('d.account_id', '=', 'a.id')
          .where('d.day', '<=', date)
          .orderBy('d.day', 'desc')
          .limit(1);
      return ['a.id', last('d.cum_debit').as('debit'), last('d.cum_credit').as('credit')];
    })
    .execute();
  for (const r of rows) {
    if (r.debit !== null || r.credit !== null) out.set(r.id, { debit: r.debit ?? 0, credit: r.credit ?? 0 });
  }
  return out;
}

/** Per account, debit − credit of the lines of the closing entries (tutup buku) stamped in [from, to]. */
export async function closingLinesIn(
  ctx: ServiceContext,
  from: IsoDate | null,
  to: IsoDate,
): Promise<Map<number, number>> {
  let q = ctx.db
    .selectFrom('journal_lines as l')
    .innerJoin('year_closings as y', 'y.closing_entry_id', 'l.entry_id')
    .select((eb) => [
      'l.account_id',
      eb.fn.sum<number>(eb(eb.ref('l.debit'), '-', eb.ref('l.credit'))).as('net'),
    ])
    .where('l.voided', '=', 0)
    .where('y.status', '=', 'tutup')
    .where('l.entry_date', '<=', to)
    .groupBy('l.account_id');
  if (from !== null) q = q.where('l.entry_date', '>=', from);
  const rows = await q.execute();
  return new Map(rows.map((r) => [r.account_id, Number(r.net)]));
}

/** First and last dates of the journal (live entries), or null when it is empty. */
export async function journalSpan(ctx: ServiceContext): Promise<{ first: IsoDate; last: IsoDate } | null> {
  const row = await ctx.db
    .selectFrom('journal_entries')
    .select((eb) => [eb.fn.min('entry_date').as('first'), eb.fn.max('entry_date').as('last')])
    .where('voided', '=', 0)
    .executeTakeFirst();
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

/** Running totals at the end of `date` without the closing entries dated that day (the pre-closing position). */
export async function totalsBeforeClosingAt(ctx: ServiceContext, date: IsoDate): Promise<Map<number, Cum>> {
  const totals = await totalsAtEndOf(ctx, date);
  const closing = await ctx.db
    .selectFrom('journal_lines as l')
    .innerJoin('year_closings as y', 'y.closing_entry_id', 'l.entry_id')
    .select((eb) => [
      'l.account_id',
      eb.fn.sum<number>('l.debit').as('debit'),
      eb.fn.sum<number>('l.credit').as('credit'),
    ])
    .where('l.voided', '=', 0)
    .where('y.status', '=', 'tutup')
    .where('l.entry_date', '=', date)
    .groupBy('l.account_id')
    .execute();
  for (const r of closing) {
    const t = totals.get(r.account_id) ?? ZERO_CUM;
    totals.set(r.account_id, { debit: t.debit - Number(r.debit), credit: t.credit - Number(r.credit) });
  }
  return totals;
}
