import { z } from 'zod';
import { request } from '../contract/define';
import { id, isoDate } from '../contract/fields';
import { akhirBulan, type IsoDate } from '../format/date';
import type { Sen } from '../format/money';
import type { ClassTable } from './loans';

/** One month end of the kolektibilitas series, computed from the register at that date. */
export interface KolekSeriesPoint {
  date: string;
  count: number;
  saldo: Sen;
  /** Saldo per class, in table order. */
  byClass: { code: string; saldo: Sen; count: number }[];
  /** Saldo of loans ≥ 30 days past due. */
  par30: Sen;
  /** Saldo of the table's NPL classes. */
  npl: Sen;
}

export interface KolekSeries {
  table: ClassTable;
  points: KolekSeriesPoint[];
}

/**
 * The `months` month ends up to `date`: `date` itself when it is a month end, else the end of the month
 * before; oldest first.
 */
export function seriesMonthEnds(date: IsoDate, months: number): IsoDate[] {
  let y = Number(date.slice(0, 4));
  let m = Number(date.slice(5, 7));
  if (akhirBulan(date) !== date) {
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  const out: IsoDate[] = [];
  for (let i = 0; i < months; i++) {
    out.unshift(akhirBulan(`${y}-${String(m).padStart(2, '0')}-01`));
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

export const kolekSeriesRequests = {
  /** Saldo per class, PAR30 and NPL at each of the 24 month ends up to the date, from the register. */
  'loan.kolekSeries': request<KolekSeries>()(
    z.strictObject({
      date: isoDate('Per tanggal'),
      classTableId: id('Tabel kolektibilitas').optional(),
    }),
    { write: false },
  ),
};
