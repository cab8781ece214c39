import type BetterSqlite3 from 'better-sqlite3';

/**
 * Audit triggers are generated from the schema, never written by hand: at every open, after the
 * migrations, every table gets AFTER INSERT / UPDATE / DELETE triggers that append one audit_log
 * row (before/after as JSON of all columns) in the same transaction as the change.
 */

export const AUDIT_TRIGGER_PREFIX = 'audit_trg_';

/** Tables without a trail: SQLite's own, bookkeeping, the trail itself, and pure caches. */
const EXCLUDED = new Set([
  'schema_migrations',
  'audit_log',
  'audit_session',
  // Daily balance checkpoints, rebuilt from journal_lines on every write.
  'account_daily',
  // Stored answers of writes for idempotent retries; the writes themselves are in the trail.
  'request_log',
]);

/** Columns whose values never go into the trail (only the fact that they changed). */
const SECRET_COLUMN = /password|sandi|secret|token|salt/i;

const HIDDEN = "'[disembunyikan]'";

function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function lit(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

interface Column {
  name: string;
  type: string;
  pk: number;
}

interface TableInfo {
  name: string;
  strict: boolean;
  withoutRowid: boolean;
  columns: Column[];
}

export function hasAuditLog(sqlite: BetterSqlite3.Database): boolean {
  return (
    sqlite
      .prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('audit_log', 'audit_session')",
      )
      .pluck()
      .get() === 2
  );
}

/** Every table that gets a trail, with its columns. */
export function auditedTables(sqlite: BetterSqlite3.Database): TableInfo[] {
  const tables = sqlite
    .prepare(
      `SELECT name, strict, wr AS withoutRowid FROM pragma_table_list
       WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .all() as { name: string; strict: number; withoutRowid: number }[];
  return tables
    .filter((t) => !EXCLUDED.has(t.name))
    .map((t) => ({
      name: t.name,
      strict: t.strict === 1,
      withoutRowid: t.withoutRowid === 1,
      columns: sqlite
        .prepare('SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid')
        .all(t.name) as Column[],
    }));
}

/** A column's value as JSON can hold it: blobs become a length, secrets a placeholder. */
function valueExpr(table: TableInfo, column: Column, row: 'NEW' | 'OLD', changedFrom?: 'OLD'): string {
  const ref = `${row}.${ident(column.name)}`;
  if (SECRET_COLUMN.test(column.name)) {
    if (changedFrom) {
      return `CASE WHEN ${ref} IS NULL THEN NULL WHEN ${ref} IS ${changedFrom}.${ident(column.name)} THEN ${HIDDEN} ELSE '[disembunyikan, diubah]' END`;
    }
    return `CASE WHEN ${ref} IS NULL THEN NULL ELSE ${HIDDEN} END`;
  }
  const type = column.type.toUpperCase();
  // A STRICT table's INTEGER/TEXT/REAL column cannot hold a blob; anything else might.
  const mayBeBlob = !table.strict || type === '' || type === 'ANY' || type.includes('BLOB');
  if (!mayBeBlob) return ref;
  return `CASE WHEN typeof(${ref}) = 'blob' THEN '[berkas ' || length(${ref}) || ' byte]' ELSE ${ref} END`;
}

/** json_object(...) of all columns; chunked with json_patch for very wide tables (argument limit). */
function jsonExpr(table: TableInfo, row: 'NEW' | 'OLD', changedFrom?: 'OLD'): string {
  const parts = table.columns.map((c) => `${lit(c.name)}, ${valueExpr(table, c, row, changedFrom)}`);
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += 50) chunks.push(`json_object(${parts.slice(i, i + 50).join(', ')})`);
  if (chunks.length === 0) return "'{}'";
  return chunks.reduce((acc, chunk) => `json_patch(${acc}, ${chunk})`);
}

/** The primary key as text: the rowid, one key column, or the key columns joined with '/'. */
function rowIdExpr(table: TableInfo, row: 'NEW' | 'OLD'): string {
  const keys = table.columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  if (keys.length === 0) return table.withoutRowid ? 'NULL' : `CAST(${row}.rowid AS TEXT)`;
  return keys.map((k) => `coalesce(CAST(${row}.${ident(k.name)} AS TEXT), '')`).join(` || '/' || `);
}

function insertAudit(
  table: TableInfo,
  row: 'NEW' | 'OLD',
  action: string,
  before: string,
  after: string,
): string {
  // The app's connection turns "outside the app" into its actor at once (installConnectionActor).
  return `UPDATE audit_session SET actor = ${lit(OUTSIDE_APP_ACTOR)} WHERE id = 1;
  INSERT INTO audit_log (at, actor, table_name, row_id, action, before_json, after_json) VALUES (
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
    coalesce((SELECT actor FROM audit_session WHERE id = 1), 'tidak diketahui'),
    ${lit(table.name)}, ${rowIdExpr(table, row)}, '${action}', ${before}, ${after});`;
}

/** The three trigger statements for one table, by trigger name. */
export function auditTriggerSql(table: TableInfo): Map<string, string> {
  const name = (suffix: string) => `${AUDIT_TRIGGER_PREFIX}${table.name}_${suffix}`;
  const on = ident(table.name);
  // An UPDATE that changes nothing leaves no row.
  const changed = table.columns.map((c) => `OLD.${ident(c.name)} IS NOT NEW.${ident(c.name)}`).join(' OR ');
  return new Map([
    [
      name('insert'),
      `CREATE TRIGGER ${ident(name('insert'))} AFTER INSERT ON ${on} BEGIN
  ${insertAudit(table, 'NEW', 'insert', 'NULL', jsonExpr(table, 'NEW'))}
END`,
    ],
    [
      name('update'),
      `CREATE TRIGGER ${ident(name('update'))} AFTER UPDATE ON ${on} WHEN ${changed || '0'} BEGIN
  ${insertAudit(table, 'NEW', 'update', jsonExpr(table, 'OLD'), jsonExpr(table, 'NEW', 'OLD'))}
END`,
    ],
    [
      name('delete'),
      `CREATE TRIGGER ${ident(name('delete'))} AFTER DELETE ON ${on} BEGIN
  ${insertAudit(table, 'OLD', 'delete', jsonExpr(table, 'OLD'), 'NULL')}
END`,
    ],
  ]);
}

function existingAuditTriggers(sqlite: BetterSqlite3.Database): Map<string, string> {
  const rows = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND substr(name, 1, ${AUDIT_TRIGGER_PREFIX.length}) = ?`,
    )
    .all(AUDIT_TRIGGER_PREFIX) as { name: string; sql: string }[];
  return new Map(rows.map((r) => [r.name, r.sql]));
}

/**
 * (Re)creates the audit triggers of every table; drops those of tables no longer audited. A
 * trigger whose SQL is already the wanted one is left alone, so an unchanged schema costs only
 * reading it. No-op on a database without the audit tables (before migration 006).
 */
export function ensureAuditTriggers(sqlite: BetterSqlite3.Database): void {
  if (!hasAuditLog(sqlite)) return;
  installConnectionActor(sqlite);
  const wanted = new Map<string, string>();
  for (const table of auditedTables(sqlite)) {
    for (const [name, sql] of auditTriggerSql(table)) wanted.set(name, sql);
  }
  const existing = existingAuditTriggers(sqlite);
  const drop = [...existing].filter(([name, sql]) => wanted.get(name) !== sql).map(([name]) => name);
  const create = [...wanted].filter(([name, sql]) => existing.get(name) !== sql);
  if (drop.length === 0 && create.length === 0) return;
  sqlite.transaction(() => {
    for (const name of drop) sqlite.exec(`DROP TRIGGER IF EXISTS ${ident(name)}`);
    for (const [name, sql] of create) {
      sqlite.exec(`DROP TRIGGER IF EXISTS ${ident(name)}`);
      sqlite.exec(sql);
    }
  })();
}

/** Before migrations run: generated triggers name columns a migration may drop or rebuild. */
export function dropAuditTriggers(sqlite: BetterSqlite3.Database): void {
  const names = [...existingAuditTriggers(sqlite).keys()];
  if (names.length === 0) return;
  sqlite.transaction(() => {
    for (const name of names) sqlite.exec(`DROP TRIGGER IF EXISTS ${ident(name)}`);
  })();
}

/** Recorded for changes made by another program (a raw connection without the app's session). */
export const OUTSIDE_APP_ACTOR = 'di luar aplikasi';

const actorNow = new WeakMap<BetterSqlite3.Database, string>();

/**
 * This connection's side of the actor: a TEMP view holding who acts now, and a TEMP trigger that
 * copies it into audit_session whenever an audit trigger marks the session as "outside the app".
 * Only this connection has them, so a change made by any other program is recorded as
 * OUTSIDE_APP_ACTOR. Setting the actor is DDL on the temp schema: a request that changes nothing
 * writes nothing, and audit_session changes only inside the transaction of a real change.
 */
function installConnectionActor(sqlite: BetterSqlite3.Database): void {
  sqlite.exec(`CREATE TEMP VIEW IF NOT EXISTS audit_actor_now AS SELECT 'sistem' AS actor;
    CREATE TEMP TRIGGER IF NOT EXISTS audit_actor_here AFTER UPDATE ON main.audit_session BEGIN
      UPDATE audit_session SET actor = (SELECT actor FROM temp.audit_actor_now) WHERE id = 1;
    END;`);
  if (!actorNow.has(sqlite)) actorNow.set(sqlite, 'sistem');
}

/** Who makes the changes of the write request about to run (no write to the database). */
export function setAuditActor(sqlite: BetterSqlite3.Database, actor: string): void {
  const current = actorNow.get(sqlite);
  if (current === undefined || current === actor) return;
  sqlite.exec(`DROP VIEW IF EXISTS temp.audit_actor_now;
    CREATE TEMP VIEW audit_actor_now AS SELECT ${lit(actor)} AS actor;`);
  actorNow.set(sqlite, actor);
}
