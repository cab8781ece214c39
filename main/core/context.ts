import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** What every service receives besides its validated input. No transport, no Electron. */
export interface ServiceContext {
  db: Kysely<DB>;
  sqlite: BetterSqlite3.Database;
  dbPath: string;
  appVersion: string;
  now: () => Date;
  /** Who is making changes, recorded with every write (the OS account until local users exist). */
  actor: string;
}

export function nowIso(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}
