/** Backup retention: which backups to keep. Pure, so it is unit-tested without files. */

export interface RetentionItem {
  name: string;
  time: Date;
  /** The newest `sebelum-pemulihan` is always kept: it is the undo point of the last restore. */
  undoPoint?: boolean;
  /** File size; absent counts as 0. */
  bytes?: number;
}

/**
 * Besides the count rules, the kept backups together stay under `maxBytes` (oldest dropped first),
 * but the newest `alwaysNewest` and the undo point are kept whatever their size.
 */
export const RETENTION = {
  newest: 10,
  days: 30,
  months: 24,
  maxBytes: 4 * 1024 ** 3,
  alwaysNewest: 3,
} as const;

/**
 * Keeps the newest 10, plus the newest of each calendar day for the last 30 days, plus the newest
 * of each calendar month for the last 24 months (days and months in local time, `offsetMinutes`
 * east of UTC), plus the undo point. Returns the names to delete.
 */
export function backupsToDelete(
  items: readonly RetentionItem[],
  now: Date,
  offsetMinutes = -now.getTimezoneOffset(),
  maxBytes: number = RETENTION.maxBytes,
): string[] {
  const sorted = [...items].sort((a, b) => b.time.getTime() - a.time.getTime());
  const keep = new Set<string>();
  sorted.slice(0, RETENTION.newest).forEach((i) => {
    keep.add(i.name);
  });
  const local = (d: Date) => new Date(d.getTime() + offsetMinutes * 60_000);
  const nowLocal = local(now);
  const dayNumber = (d: Date) => Math.floor(d.getTime() / 86_400_000);
  const monthNumber = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
  const today = dayNumber(nowLocal);
  const thisMonth = monthNumber(nowLocal);
  const days = new Set<number>();
  const months = new Set<number>();
  let undoKept = false;
  for (const item of sorted) {
    const t = local(item.time);
    const day = dayNumber(t);
    const month = monthNumber(t);
    if (today - day < RETENTION.days && !days.has(day)) {
      days.add(day);
      keep.add(item.name);
    }
    if (thisMonth - month < RETENTION.months && !months.has(month)) {
      months.add(month);
      keep.add(item.name);
    }
    if (item.undoPoint && !undoKept) {
      undoKept = true;
      keep.add(item.name);
    }
  }
  // Bytes: walk the kept ones newest first; once over the limit, only the protected ones stay.
  const undo = sorted.find((i) => i.undoPoint)?.name;
  let total = 0;
  sorted
    .filter((i) => keep.has(i.name))
    .forEach((item, index) => {
      total += item.bytes ?? 0;
      if (total > maxBytes && index >= RETENTION.alwaysNewest && item.name !== undo) keep.delete(item.name);
    });
  return sorted.filter((i) => !keep.has(i.name)).map((i) => i.name);
}
