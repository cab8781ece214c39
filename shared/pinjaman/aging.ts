import type { Sen } from '../format/money';

/** What aging needs of one portfolio row. */
export interface AgingInput {
  desaId: number;
  desaName: string;
  saldo: Sen;
  daysPastDue: number;
  instalmentsInArrears: number;
}

export interface AgingBucket {
  label: string;
  count: number;
  saldo: Sen;
}

/** PAR by days (saldo of loans at least N days past due) and arrears by instalments, for one scope. */
export interface Aging {
  /** All loans with a saldo in the scope: the denominator of every PAR. */
  total: { count: number; saldo: Sen };
  /** PAR1, PAR30, PAR60, PAR90: loans ≥ 1, 30, 60, 90 days past due (cumulative, not exclusive). */
  par: (AgingBucket & { days: number })[];
  /** Loans with 1, 2, 3, 4–6 and more than 6 instalments of pokok in arrears (exclusive buckets). */
  byInstalments: (AgingBucket & { min: number; max: number | null })[];
}

export const PAR_DAYS = [1, 30, 60, 90] as const;
const INSTALMENT_BUCKETS: { label: string; min: number; max: number | null }[] = [
  { label: '1 angsuran', min: 1, max: 1 },
  { label: '2 angsuran', min: 2, max: 2 },
  { label: '3 angsuran', min: 3, max: 3 },
  { label: '4–6 angsuran', min: 4, max: 6 },
  { label: '> 6 angsuran', min: 7, max: null },
];

/** Aging of a set of rows; rows without saldo are left out. */
export function agingOf(rows: readonly AgingInput[]): Aging {
  const par = PAR_DAYS.map((days) => ({ label: `PAR${days}`, days, count: 0, saldo: 0 }));
  const byInstalments = INSTALMENT_BUCKETS.map((b) => ({ ...b, count: 0, saldo: 0 }));
  const total = { count: 0, saldo: 0 };
  for (const r of rows) {
    if (r.saldo <= 0) continue;
    total.count += 1;
    total.saldo += r.saldo;
    for (const p of par) {
      if (r.daysPastDue < p.days) break;
      p.count += 1;
      p.saldo += r.saldo;
    }
    const b = byInstalments.find(
      (x) => r.instalmentsInArrears >= x.min && (x.max === null || r.instalmentsInArrears <= x.max),
    );
    if (b) {
      b.count += 1;
      b.saldo += r.saldo;
    }
  }
  return { total, par, byInstalments };
}

/** Aging per desa, in the rows' order of first appearance. */
export function agingByDesa(
  rows: readonly AgingInput[],
): { desaId: number; desaName: string; aging: Aging }[] {
  const groups = new Map<number, { desaName: string; rows: AgingInput[] }>();
  for (const r of rows) {
    const g = groups.get(r.desaId) ?? { desaName: r.desaName, rows: [] };
    g.rows.push(r);
    groups.set(r.desaId, g);
  }
  return [...groups].map(([desaId, g]) => ({ desaId, desaName: g.desaName, aging: agingOf(g.rows) }));
}
