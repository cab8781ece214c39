export const timestamps = `created_at TEXT NOT NULL, updated_at TEXT NOT NULL`;

/** Records that reports and audits refer to are deactivated, never deleted. */
export function forbidDelete(table: string, what: string, advice = 'nonaktifkan saja'): string {
  return `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} tidak boleh dihapus; ${advice}'); END;`;
}

/** A SQL string literal. */
export function lit(value: string | null): string {
  return value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`;
}
