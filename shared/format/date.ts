import { terbilang } from './terbilang';

/** Calendar date `YYYY-MM-DD`, independent of any time zone. */
export type IsoDate = string;
export type TimeZoneCode = 'WIB' | 'WITA' | 'WIT';

export const TIME_ZONE_OFFSET_HOURS: Readonly<Record<TimeZoneCode, number>> = { WIB: 7, WITA: 8, WIT: 9 };

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Index = day of week as in Date#getUTCDay (0 = Minggu). */
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
const MIN_INPUT_YEAR = 1900;
const MAX_INPUT_YEAR = 2100;
const HOUR_MS = 3_600_000;

export type ParseTanggalResult = { ok: true; iso: IsoDate } | { ok: false; message: string };

export interface TanggalDalamKata {
  hari: string;
  tanggal: string;
  bulan: string;
  tahun: string;
}

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function monthName(month: number): string {
  const name = MONTHS_ID[month - 1];
  if (name === undefined) throw new RangeError(`Bulan tidak sah: ${month}`);
  return name;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function toIso({ year, month, day }: Ymd): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function readIso(s: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function ymd(iso: IsoDate): Ymd {
  const parts = readIso(iso);
  if (!parts) throw new RangeError(`Tanggal ISO tidak sah: ${iso}`);
  return parts;
}

/** True for a real calendar date written `YYYY-MM-DD` (leap years included). */
export function isIsoDate(s: string): boolean {
  return readIso(s) !== null;
}

/** UTC milliseconds of a wall-clock moment; Date.UTC alone maps years 0–99 to 1900–1999. */
function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

/** 0 = Minggu … 6 = Sabtu. */
export function dayOfWeek(iso: IsoDate): number {
  const { year, month, day } = ymd(iso);
  return new Date(utcMillis(year, month, day)).getUTCDay();
}

function dayName(iso: IsoDate): string {
  return DAYS_ID[dayOfWeek(iso)] ?? '';
}

/** `31 Juli 2025`. */
export function formatTanggal(iso: IsoDate): string {
  const { year, month, day } = ymd(iso);
  return `${day} ${monthName(month)} ${year}`;
}

/** `Kamis, 31 Juli 2025`. */
export function formatTanggalPanjang(iso: IsoDate): string {
  return `${dayName(iso)}, ${formatTanggal(iso)}`;
}

/** `31/07/2025` (day first). */
export function formatTanggalAngka(iso: IsoDate, sep = '/'): string {
  const { year, month, day } = ymd(iso);
  return `${pad2(day)}${sep}${pad2(month)}${sep}${year}`;
}

const EXAMPLE = 'tulis seperti 31/07/2025';

/** Accepts `31/07/2025`, `31-07-2025`, `31.07.2025`, `1/7/2025` and `2025-07-31`. */
export function parseTanggal(text: string): ParseTanggalResult {
  const t = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (t === '') return { ok: false, message: 'Tanggal wajib diisi' };
  const dmy = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  let parts: Ymd;
  if (dmy) parts = { day: Number(dmy[1]), month: Number(dmy[3]), year: Number(dmy[4]) };
  else if (iso) parts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  else return { ok: false, message: `Tanggal tidak sah: "${t}", ${EXAMPLE}` };

  const { year, month, day } = parts;
  if (month < 1 || month > 12) {
    return { ok: false, message: `Tanggal tidak sah: bulan ${month} tidak ada, ${EXAMPLE}` };
  }
  if (year < MIN_INPUT_YEAR || year > MAX_INPUT_YEAR) {
    return {
      ok: false,
      message: `Tanggal tidak sah: tahun ${year} di luar rentang ${MIN_INPUT_YEAR}–${MAX_INPUT_YEAR}, ${EXAMPLE}`,
    };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      message: `Tanggal tidak sah: ${monthName(month)} ${year} hanya ada tanggal 1–${last}, ${EXAMPLE}`,
    };
  }
  return { ok: true, iso: toIso(parts) };
}

/** 7 → `VII`, for letter numbers such as 012/BA/UPK/VII/2025. */
export function romanMonth(month: number): string {
  const roman = ROMAN_MONTHS[month - 1];
  if (!Number.isInteger(month) || roman === undefined) throw new RangeError(`Bulan tidak sah: ${month}`);
  return roman;
}

function readTime(time: string): { hour: number; minute: number } {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  const hour = Number(m?.[1]);
  const minute = Number(m?.[2]);
  if (!m || hour > 23 || minute > 59) throw new RangeError(`Jam tidak sah: ${time}`);
  return { hour, minute };
}

/** `10:05` → `10.05 WIB` (Indonesian uses a period between hours and minutes). */
export function formatJam(time: string, zone?: TimeZoneCode): string {
  const { hour, minute } = readTime(time);
  const text = `${pad2(hour)}.${pad2(minute)}`;
  return zone ? `${text} ${zone}` : text;
}

/** Wall-clock date and `HH:MM` of an instant in WIB/WITA/WIT (none of them observe DST). */
export function localDateTimeInZone(
  instant: Date | number,
  zone: TimeZoneCode,
): { date: IsoDate; time: string } {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Waktu tidak sah');
  const shifted = new Date(ms + TIME_ZONE_OFFSET_HOURS[zone] * HOUR_MS);
  const date = toIso({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  });
  return { date, time: `${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}` };
}

/** Epoch milliseconds of a wall-clock date and `HH:MM` in the given zone. */
export function zonedToUtcMillis(date: IsoDate, time: string, zone: TimeZoneCode): number {
  const { year, month, day } = ymd(date);
  const { hour, minute } = readTime(time);
  return utcMillis(year, month, day, hour, minute) - TIME_ZONE_OFFSET_HOURS[zone] * HOUR_MS;
}

/** Parts of the BA narrative date, day and year written out in words. */
export function tanggalDalamKata(iso: IsoDate): TanggalDalamKata {
  const { year, month, day } = ymd(iso);
  return { hari: dayName(iso), tanggal: terbilang(day), bulan: monthName(month), tahun: terbilang(year) };
}

/** `hari Kamis tanggal tiga puluh satu bulan Juli tahun dua ribu dua puluh lima`. */
export function kalimatTanggal(iso: IsoDate): string {
  const k = tanggalDalamKata(iso);
  return `hari ${k.hari} tanggal ${k.tanggal} bulan ${k.bulan} tahun ${k.tahun}`;
}

/** `Juli 2025`. */
export function bulanTahun(iso: IsoDate): string {
  const { year, month } = ymd(iso);
  return `${monthName(month)} ${year}`;
}

/** `Bulan Juli 2025`. */
export function periodeBulan(iso: IsoDate): string {
  return `Bulan ${bulanTahun(iso)}`;
}

/** `s.d. 31 Juli 2025`. */
export function sampaiDengan(iso: IsoDate): string {
  return `s.d. ${formatTanggal(iso)}`;
}

/** `Tahun Buku 2025`. */
export function tahunBuku(year: number): string {
  if (!Number.isInteger(year) || year < 1) throw new RangeError(`Tahun tidak sah: ${year}`);
  return `Tahun Buku ${year}`;
}

/** Last calendar day of the month containing `iso`, e.g. for "s.d." period ends. */
export function akhirBulan(iso: IsoDate): IsoDate {
  const { year, month } = ymd(iso);
  return toIso({ year, month, day: daysInMonth(year, month) });
}

const IANA_ZONES: Readonly<Record<TimeZoneCode, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

/**
 * A stored moment (ISO timestamp, UTC) as the office reads it: "29 Nov 2026, 10.51.38 WIB" in the
 * office's zone; without a zone, as this computer shows it.
 */
export function formatWaktu(isoTimestamp: string, zone?: TimeZoneCode): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };
  if (!zone) return new Date(isoTimestamp).toLocaleString('id-ID', options);
  return `${new Date(isoTimestamp).toLocaleString('id-ID', { ...options, timeZone: IANA_ZONES[zone] })} ${zone}`;
}
