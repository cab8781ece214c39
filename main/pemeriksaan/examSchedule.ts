import type { ParsedInputOf } from '../../shared/contract';
import { localDateTimeInZone } from '../../shared/format/date';
import type { ExamSchedule } from '../../shared/pemeriksaan/pemeriksaan';
import { nowIso, type ServiceContext } from '../core/context';
import { DEFAULT_NUMBER_PATTERN } from './examFinalise';

const INTERVAL_KEY = 'exam.intervalMonths';
const PATTERN_KEY = 'exam.numberPattern';

function setting(ctx: ServiceContext, key: string): string | undefined {
  return ctx.sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(key) as
    | string
    | undefined;
}

/** `date` plus `months`, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function examSchedule(ctx: ServiceContext): ExamSchedule {
  const intervalMonths = Number(setting(ctx, INTERVAL_KEY) ?? 1);
  const lastFinalDate =
    (ctx.sqlite.prepare("SELECT MAX(exam_date) FROM examinations WHERE status != 'draft'").pluck().get() as
      | string
      | null) ?? null;
  const zone =
    (ctx.sqlite.prepare('SELECT time_zone FROM office_profile WHERE id = 1').pluck().get() as
      | 'WIB'
      | 'WITA'
      | 'WIT'
      | undefined) ?? 'WIB';
  const today = localDateTimeInZone(ctx.now().getTime(), zone).date;
  const nextDue = lastFinalDate ? addMonths(lastFinalDate, intervalMonths) : null;
  return {
    intervalMonths,
    lastFinalDate,
    nextDue,
    overdue: nextDue !== null && nextDue < today,
    pattern: setting(ctx, PATTERN_KEY) ?? DEFAULT_NUMBER_PATTERN,
  };
}

export function setExamSchedule(ctx: ServiceContext, input: ParsedInputOf<'exam.setSchedule'>): ExamSchedule {
  const upsert = ctx.sqlite.prepare(
    `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  ctx.sqlite.transaction(() => {
    upsert.run(INTERVAL_KEY, String(input.intervalMonths), nowIso(ctx));
    upsert.run(PATTERN_KEY, input.pattern, nowIso(ctx));
  })();
  return examSchedule(ctx);
}
