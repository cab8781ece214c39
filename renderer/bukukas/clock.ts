import { akhirBulan, localDateTimeInZone, type TimeZoneCode } from '../../shared/format/date';
import { useAppState } from '../shell/AppState';

export interface Period {
  from: string;
  to: string;
}

export interface OfficeClock {
  /** Today's date (ISO) in the office's time zone. */
  today(): string;
  /** The wall-clock time `HH:MM` in the office's time zone. */
  now(): string;
}

export function officeClock(zone: TimeZoneCode): OfficeClock {
  return {
    today: () => localDateTimeInZone(Date.now(), zone).date,
    now: () => localDateTimeInZone(Date.now(), zone).time,
  };
}

/** The office's clock (WIB until the profile says otherwise). */
export function useOfficeClock(): OfficeClock {
  const { profile } = useAppState();
  return officeClock(profile?.timeZone ?? 'WIB');
}

/** 1 January of this year up to today: the default period of every book. */
export function thisYear(today: string): Period {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export function thisMonth(today: string): Period {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

export function lastMonth(today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  const from = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
  return { from, to: akhirBulan(from) };
}
