import { daysInMonth, type IsoDate } from '../format/date';

function parts(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date `n` days later (earlier when negative). */
export function addDays(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The same day `n` months later/earlier; a day past the month's end becomes its last day (31 Mar − 1 → 28/29 Feb). */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return iso(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function isMonthEnd(date: IsoDate): boolean {
  const [y, m, d] = parts(date);
  return d === daysInMonth(y, m);
}

/** Last day of the month before `date`'s month. */
export function previousMonthEnd(date: IsoDate): IsoDate {
  const [y, m] = parts(date);
  return addDays(iso(y, m, 1), -1);
}

export const COMPARE_MODES = ['tidak', 'tahun_lalu', 'bulan_lalu'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];
export const COMPARE_LABELS: Record<CompareMode, string> = {
  tidak: 'Tanpa pembanding',
  tahun_lalu: 'Tahun lalu',
  bulan_lalu: 'Bulan lalu',
};

/** The comparative date of a balance sheet: a year earlier, or the previous month end. */
export function compareDate(date: IsoDate, mode: CompareMode): IsoDate | null {
  if (mode === 'tidak') return null;
  return mode === 'tahun_lalu' ? addMonths(date, -12) : previousMonthEnd(date);
}

/** The comparative period: the same period a year earlier, or shifted back one month (month ends kept). */
export function comparePeriod(
  from: IsoDate,
  to: IsoDate,
  mode: CompareMode,
): { from: IsoDate; to: IsoDate } | null {
  if (mode === 'tidak') return null;
  const months = mode === 'tahun_lalu' ? -12 : -1;
  const shiftedTo = addMonths(to, months);
  return {
    from: addMonths(from, months),
    to: isMonthEnd(to) ? iso(...endOfMonthParts(shiftedTo)) : shiftedTo,
  };
}

function endOfMonthParts(date: IsoDate): [number, number, number] {
  const [y, m] = parts(date);
  return [y, m, daysInMonth(y, m)];
}

export function yearStart(date: IsoDate): IsoDate {
  return `${date.slice(0, 4)}-01-01`;
}
