import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';

/**
 * A kysely query compiled once and run synchronously on the better-sqlite3 handle (inside a
 * synchronous transaction, or many times in a loop). The row type comes from the query; `run`
 * takes the parameters in the order the compiled SQL binds them (the query's own values by default).
 */
export interface TypedStatement<R> {
  all(params?: readonly unknown[]): R[];
  get(params?: readonly unknown[]): R | undefined;
}

export function typed<R>(sqlite: BetterSqlite3.Database, query: Compilable<R>): TypedStatement<R> {
  const compiled = query.compile();
  const statement = sqlite.prepare<unknown[], R>(compiled.sql);
  return {
    all: (params = compiled.parameters) => statement.all(...params),
    get: (params = compiled.parameters) => statement.get(...params),
  };
}
