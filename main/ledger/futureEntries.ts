import type { ParsedInputOf } from '../../shared/contract';
import type { FutureEntries } from '../../shared/ledger/futureEntries';
import type { ServiceContext } from '../core/context';
import { officeToday } from '../core/today';

/** Live entries dated after today and after the shown period: the book view mentions them. */
export async function futureEntries(
  ctx: ServiceContext,
  input: ParsedInputOf<'books.futureEntries'>,
): Promise<FutureEntries> {
  const today = officeToday(ctx.sqlite, ctx.now());
  const after = input.after > today ? input.after : today;
  const row =
    input.accountId === null
      ? await ctx.db
          .selectFrom('journal_entries')
          .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('entry_date').as('first')])
          .where('voided', '=', 0)
          .where('entry_date', '>', after)
          .executeTakeFirst()
      : await ctx.db
          .selectFrom('journal_lines')
          .select((eb) => [
            eb.fn.count<number>('entry_id').distinct().as('count'),
            eb.fn.min('entry_date').as('first'),
          ])
          .where('account_id', '=', input.accountId)
          .where('voided', '=', 0)
          .where('entry_date', '>', after)
          .executeTakeFirst();
  return { count: row?.count ?? 0, firstDate: row?.first ?? null };
}
