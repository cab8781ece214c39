import type BetterSqlite3 from 'better-sqlite3';
import { romanMonth } from '../../shared/format/date';

export interface NumberSeries {
  /** app_settings key holding the office's own pattern. */
  settingKey: string;
  defaultPattern: string;
  /** How many documents of the year already carry a number. */
  countSql: string;
}

/** The next document number of a yearly series: `{no}` (3 digits), `{bulan}` (Roman), `{tahun}`. */
export function nextDocumentNumber(
  sqlite: BetterSqlite3.Database,
  series: NumberSeries,
  date: string,
): string {
  const pattern =
    (sqlite.prepare('SELECT value FROM app_settings WHERE key = ?').pluck().get(series.settingKey) as
      | string
      | undefined) ?? series.defaultPattern;
  const year = date.slice(0, 4);
  const used = sqlite.prepare(series.countSql).pluck().get(year) as number;
  return pattern
    .replaceAll('{no}', String(used + 1).padStart(3, '0'))
    .replaceAll('{bulan}', romanMonth(Number(date.slice(5, 7))))
    .replaceAll('{tahun}', year);
}
