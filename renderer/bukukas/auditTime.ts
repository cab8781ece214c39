import {
  formatJam,
  formatTanggalAngka,
  localDateTimeInZone,
  type TimeZoneCode,
} from '../../shared/format/date';

/** An ISO instant (createdAt, voidedAt…) as the office reads it: `31/07/2025 10.05 WIB`. */
export function auditTime(iso: string, zone: TimeZoneCode): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const { date, time } = localDateTimeInZone(ms, zone);
  return `${formatTanggalAngka(date)} ${formatJam(time, zone)}`;
}
