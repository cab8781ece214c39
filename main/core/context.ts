import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/auth/auth';
import type { DB } from '../db/schema';

/** In-process callers (tests, benchmarks, the CLI) that are not a window: never reachable from a transport. */
export const SYSTEM_CALLER: unique symbol = Symbol('audit-upk.system');
/** Who sends a request: `ipc:<window>`, `http:<tab key>`, or the in-process system. */
export type Caller = string | typeof SYSTEM_CALLER;

/** What every service receives besides its validated input. No transport, no Electron. */
export interface ServiceContext {
  db: Kysely<DB>;
  sqlite: BetterSqlite3.Database;
  dbPath: string;
  appVersion: string;
  now: () => Date;
  /** Who is making changes, recorded with every write (the OS account until local users exist). */
  actor: string;
  /** Set by dispatch for each request (requests run one at a time). */
  caller?: Caller;
  /** The signed-in user making the current request; null for the in-process system. */
  user?: SessionUser | null;
  /** Set when the background integrity check found the file damaged: writes are refused until a restore. */
  damaged?: { message: string; goodBackup: string | null } | null;
  /** Folders a backup may never go into besides the data folder: what the host serves and runs from. */
  protectedFolders?: string[];
}

export function nowIso(ctx: ServiceContext): string {
  return ctx.now().toISOString();
}
