import { notFound } from './appError';
import { nowIso, type ServiceContext } from './context';

type ActivatableTable = 'officers' | 'desa' | 'tpk_members';

/** Deactivating is how records leave the lists: they stay for the reports that name them. */
export async function setActiveFlag(
  ctx: ServiceContext,
  table: ActivatableTable,
  id: number,
  active: boolean,
  what: string,
): Promise<void> {
  const result = await ctx.db
    .updateTable(table)
    .set({ active: active ? 1 : 0, updated_at: nowIso(ctx) })
    .where('id', '=', id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound(what);
}
