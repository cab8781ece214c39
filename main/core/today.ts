import type BetterSqlite3 from 'better-sqlite3';
import { localDateTimeInZone, type TimeZoneCode } from '../../shared/format/date';

/** The office's time zone from its profile; WIB before one is set. */
export function officeTimeZone(sqlite: BetterSqlite3.Database): TimeZoneCode {
  return (
    (sqlite.prepare('SELECT time_zone FROM office_profile LIMIT 1').pluck().get() as
      | TimeZoneCode
      | undefined) ?? 'WIB'
  );
}

/** Today's date where the office is. */
export function officeToday(sqlite: BetterSqlite3.Database, now: Date): string {
  return localDateTimeInZone(now.getTime(), officeTimeZone(sqlite)).date;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
