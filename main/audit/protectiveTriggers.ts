import BetterSqlite3 from 'better-sqlite3';
import type { IntegrityFinding } from '../../shared/audit/audit';
import { MIGRATIONS } from '../db/migrations';
import { AUDIT_TRIGGER_PREFIX } from './auditTriggers';

/**
 * The protective triggers (no delete, frozen documents, append-only trail …) are the ones the
 * migrations create. Their wanted SQL is read from a fresh in-memory database migrated to the
 * same version, so a trigger a later migration replaced is compared with its newest form.
 */
const wantedByVersion = new Map<number, Map<string, string>>();

export function wantedProtectiveTriggers(version: number): Map<string, string> {
  const known = wantedByVersion.get(version);
  if (known) return known;
  const mem = new BetterSqlite3(':memory:');
  try {
    for (const m of MIGRATIONS) if (m.version <= version) mem.exec(m.sql);
    const rows = mem
      .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name`)
      .all() as { name: string; sql: string }[];
    const wanted = new Map(
      rows.filter((r) => !r.name.startsWith(AUDIT_TRIGGER_PREFIX)).map((r) => [r.name, r.sql]),
    );
    wantedByVersion.set(version, wanted);
    return wanted;
  } finally {
    mem.close();
  }
}

function present(sqlite: BetterSqlite3.Database): Map<string, string> {
  const rows = sqlite.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'`).all() as {
    name: string;
    sql: string;
  }[];
  return new Map(rows.map((r) => [r.name, r.sql]));
}

export interface TriggerRepair {
  rebuilt: string[];
  failed: string[];
}

/**
 * At open, after the migrations: every protective trigger missing or altered is created again
 * and the repair recorded as a system event (audited and sealed like any change).
 */
export function ensureProtectiveTriggers(sqlite: BetterSqlite3.Database, now: string): TriggerRepair {
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  const have = present(sqlite);
  const repair: TriggerRepair = { rebuilt: [], failed: [] };
  const todo = [...wantedProtectiveTriggers(version)].filter(([name, sql]) => have.get(name) !== sql);
  if (todo.length === 0) return repair;
  sqlite.transaction(() => {
    for (const [name, sql] of todo) {
      try {
        sqlite.exec(`DROP TRIGGER IF EXISTS "${name.replaceAll('"', '""')}"`);
        sqlite.exec(sql);
        repair.rebuilt.push(name);
      } catch {
        repair.failed.push(name);
      }
    }
    if (version >= 8) {
      sqlite
        .prepare(
          "INSERT INTO system_events (at, actor, kind, detail) VALUES (?, 'sistem', 'pemicu_dipulihkan', ?)",
        )
        .run(now, triggerRepairText(repair));
    }
  })();
  return repair;
}

export function triggerRepairText(repair: TriggerRepair): string {
  const parts: string[] = [];
  if (repair.rebuilt.length > 0)
    parts.push(
      `${repair.rebuilt.length} pemicu pelindung hilang atau diubah di luar aplikasi dan dibuat ulang saat aplikasi dibuka: ${repair.rebuilt.join(', ')}.`,
    );
  if (repair.failed.length > 0)
    parts.push(`Pemicu yang tidak dapat dibuat ulang: ${repair.failed.join(', ')}.`);
  return parts.join(' ');
}

/** Protective triggers missing now, and the repairs the app recorded in the last 30 days. */
export function triggerFindings(sqlite: BetterSqlite3.Database, nowMs: number): IntegrityFinding[] {
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  const have = present(sqlite);
  const findings: IntegrityFinding[] = [];
  const missing = [...wantedProtectiveTriggers(version)]
    .filter(([name, sql]) => have.get(name) !== sql)
    .map(([name]) => name);
  if (missing.length > 0) {
    findings.push({
      area: 'pemicu',
      message: `Pemicu pelindung hilang atau diubah: ${missing.join(', ')}. Tutup dan buka lagi aplikasi untuk membuatnya ulang.`,
    });
  }
  if (version >= 8) {
    const since = new Date(nowMs - 30 * 86_400_000).toISOString();
    const events = sqlite
      .prepare(
        "SELECT at, detail FROM system_events WHERE kind = 'pemicu_dipulihkan' AND at >= ? ORDER BY id",
      )
      .all(since) as { at: string; detail: string }[];
    for (const e of events) findings.push({ area: 'pemicu', message: `${e.detail} (${e.at})` });
  }
  return findings;
}
