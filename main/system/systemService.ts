import type { Kysely } from 'kysely';
import type { SystemStatus } from '../../shared/system/system';
import { type ServiceContext, SYSTEM_CALLER } from '../core/context';
import { schemaVersion } from '../db/migrator';
import type { DB } from '../db/schema';

export async function isDatabaseEmpty(db: Kysely<DB>): Promise<boolean> {
  const counts = await Promise.all(
    (['office_profile', 'officers', 'desa', 'journal_entries'] as const).map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  return counts.every((c) => Number(c.n) === 0);
}

export async function systemStatus(ctx: ServiceContext): Promise<SystemStatus> {
  const profile = await ctx.db.selectFrom('office_profile').select(['id', 'name']).executeTakeFirst();
  return {
    appVersion: ctx.appVersion,
    schemaVersion: schemaVersion(ctx.sqlite),
    // Public before login: where the file lives is told only to someone signed in.
    databasePath: ctx.user || ctx.caller === SYSTEM_CALLER ? ctx.dbPath : null,
    databaseEmpty: await isDatabaseEmpty(ctx.db),
    hasProfile: profile !== undefined,
    officeName: profile?.name ?? null,
    damaged: ctx.damaged?.message ?? null,
  };
}
