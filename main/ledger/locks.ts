import type BetterSqlite3 from 'better-sqlite3';
import { formatTanggal } from '../../shared/format/date';
import type { LockState } from '../../shared/ledger/books';
import { AppError } from '../core/appError';

/** `YYYY-MM-DD HH:MM` — compares in time order as text. */
export function stamp(date: string, time: string): string {
  return `${date} ${time}`;
}

export function lockState(sqlite: BetterSqlite3.Database): LockState {
  const row = sqlite
    .prepare(
      'SELECT locked_until, reason FROM ledger_locks WHERE lifted_at IS NULL ORDER BY locked_until DESC, id DESC LIMIT 1',
    )
    .get() as { locked_until: string; reason: string } | undefined;
  if (!row) return { lockedUntil: null, reason: null };
  const [date = '', time = ''] = row.locked_until.split(' ');
  return { lockedUntil: { date, time }, reason: row.reason };
}

export function isLocked(state: LockState, date: string, time: string): boolean {
  return (
    state.lockedUntil !== null && stamp(date, time) <= stamp(state.lockedUntil.date, state.lockedUntil.time)
  );
}

export function lockedMessage(state: LockState): string {
  const until = state.lockedUntil;
  if (!until) return '';
  return `Periode sampai ${formatTanggal(until.date)} pukul ${until.time} sudah dikunci${
    state.reason ? ` (${state.reason})` : ''
  }. Koreksi hanya dengan jurnal pembalik bertanggal sesudahnya.`;
}

export function assertUnlocked(
  sqlite: BetterSqlite3.Database,
  date: string,
  time: string,
  field = 'date',
): void {
  const state = lockState(sqlite);
  if (isLocked(state, date, time))
    throw new AppError('CONFLICT', lockedMessage(state), {
      [field]: 'Tanggal ini berada di periode yang dikunci',
    });
}
