import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import type { FindingSettings } from '../../shared/temuan/temuan';
import { nowIso, type ServiceContext } from '../core/context';

const DEADLINE_KEY = 'findings.deadlineDays';
const DEFAULT_DEADLINE_DAYS = 60;

/** The office's follow-up rule: days after the report date (60 unless changed in Pengaturan). */
export function readDeadlineDays(sqlite: BetterSqlite3.Database): number {
  const raw = sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(DEADLINE_KEY);
  const days = Number(raw);
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_DEADLINE_DAYS;
}

/** `iso` plus `days` calendar days. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function getFindingSettings(ctx: ServiceContext): FindingSettings {
  return { deadlineDays: readDeadlineDays(ctx.sqlite) };
}

export function setFindingSettings(
  ctx: ServiceContext,
  input: ParsedInputOf<'finding.setSettings'>,
): FindingSettings {
  ctx.sqlite
    .prepare(
      `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(DEADLINE_KEY, String(input.deadlineDays), nowIso(ctx));
  return getFindingSettings(ctx);
}
