import type BetterSqlite3 from 'better-sqlite3';
import type { SystemEventKind } from '../db/schema';
import { sealAuditLog } from './auditChain';
import { setAuditActor } from './auditTriggers';

/**
 * Records what the app did to the file itself as a system_events row: its audit trigger makes it a
 * row of the trail under `actor`, sealed at once.
 */
export function recordSystemEvent(
  sqlite: BetterSqlite3.Database,
  kind: SystemEventKind,
  detail: string,
  actor: string,
  at: string,
): void {
  setAuditActor(sqlite, actor);
  sqlite
    .prepare('INSERT INTO system_events (at, actor, kind, detail) VALUES (?, ?, ?, ?)')
    .run(at, actor, kind, detail);
  sealAuditLog(sqlite);
}
