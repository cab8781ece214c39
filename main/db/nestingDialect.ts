import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, type DatabaseConnection, type Driver, SqliteDialect, SqliteDriver } from 'kysely';

/**
 * kysely's SQLite driver, except that a transaction begun while the connection is already inside
 * one (a write request wrapped whole, see core/idempotency.ts) becomes a savepoint: the service's
 * own transaction keeps its all-or-nothing meaning inside the request's.
 */
class NestingSqliteDriver extends SqliteDriver {
  private readonly nested: boolean[] = [];

  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const inside = this.sqlite.inTransaction;
    this.nested.push(inside);
    if (inside) await connection.executeQuery(CompiledQuery.raw('savepoint kysely_nested'));
    else await super.beginTransaction(connection);
  }

  override async commitTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.nested.pop())
      await connection.executeQuery(CompiledQuery.raw('release savepoint kysely_nested'));
    else await super.commitTransaction(connection);
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.nested.pop()) {
      await connection.executeQuery(CompiledQuery.raw('rollback to savepoint kysely_nested'));
      await connection.executeQuery(CompiledQuery.raw('release savepoint kysely_nested'));
    } else await super.rollbackTransaction(connection);
  }
}

export class NestingSqliteDialect extends SqliteDialect {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new NestingSqliteDriver(this.sqlite);
  }
}
