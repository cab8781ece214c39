import type { ParsedInputOf } from '../../shared/contract';
import type { FutureEntries } from '../../shared/ledger/futureEntries';
import { AppError } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { officeToday } from '../core/today';

/** Live entries dated after today and after the shown period: the book view mentions them. */
export async function futureEntries(
  ctx: ServiceContext,
  input: ParsedInputOf<'books.futureEntries'>,
): Promise<FutureEntries> {
  if (input.accountId !== null) {
    const account = await ctx.db
      .selectFrom('accounts')
      .select('id')
      .where('id', '=', input.accountId)
      .executeTakeFirst();
    if (!account) {
      throw new AppError('VALIDATION', 'Akun tidak ditemukan.', { accountId: 'Akun tidak ditemukan' });
    }
  }
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
