import type BetterSqlite3 from 'better-sqlite3';
import {
  type Compilable,
  DummyDriver,
  type InferResult,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { DB } from './schema';

/** A query builder only (it has no connection): its queries run synchronously through the functions below. */
export const qb = new Kysely<DB>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

/**
 * Runs a kysely query synchronously on the better-sqlite3 handle, for code inside a
 * `sqlite.transaction()`. The row type comes from the typed query, so callers need no casts.
 */
export function syncAll<Q extends Compilable<unknown>>(
  sqlite: BetterSqlite3.Database,
  query: Q,
): InferResult<Q> {
  const { sql, parameters } = query.compile();
  return sqlite.prepare(sql).all(...(parameters as unknown[])) as InferResult<Q>;
}

export function syncFirst<Q extends Compilable<unknown>>(
  sqlite: BetterSqlite3.Database,
  query: Q,
): InferResult<Q>[number] | undefined {
  return syncAll(sqlite, query)[0];
}

/** Runs an insert/update; returns the new row id and the number of changed rows. */
export function syncRun(
  sqlite: BetterSqlite3.Database,
  query: Compilable<unknown>,
): { id: number; changes: number } {
  const { sql, parameters } = query.compile();
  const r = sqlite.prepare(sql).run(...(parameters as unknown[]));
  return { id: Number(r.lastInsertRowid), changes: r.changes };
}
