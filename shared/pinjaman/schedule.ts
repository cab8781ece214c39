import { daysInMonth, type IsoDate } from '../format/date';
import type { Sen } from '../format/money';
import { mulDivRound } from './intMath';
import { type LoanTerms, ROUNDING_STEP_SEN } from './terms';

/** One planned instalment (jadwal angsuran): what is due on `dueDate`. */
export interface Instalment {
  no: number;
  dueDate: IsoDate;
  pokok: Sen;
  jasa: Sen;
}

/** An instalment with the running targets (target_pokok_kumulatif / target_jasa_kumulatif of DOMAIN §6.2). */
export interface ScheduleRow extends Instalment {
  cumulativePokok: Sen;
  cumulativeJasa: Sen;
}

/** What a schedule needs: the loan terms, plus optional grace instalments (jasa only, no pokok). */
export type ScheduleTerms = Pick<LoanTerms, 'rateBp' | 'jasaBasis' | 'tenor' | 'frequency' | 'rounding'> & {
  /** The first N instalments carry jasa but no pokok; pokok is spread over the rest. Default 0. */
  graceInstalments?: number;
};

function iso(y: number, m: number, d: number): IsoDate {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The n-th due date after `disbursedOn`: monthly on the disbursement's day of month, clamped to the month's
 * last day (31 Jan → 28/29 Feb → 31 Mar: each date is computed from the disbursement, not from the
 * previous due date), or every 7 days for weekly loans.
 */
export function dueDate(disbursedOn: IsoDate, n: number, frequency: LoanTerms['frequency']): IsoDate {
  const [y, m, d] = disbursedOn.split('-').map(Number) as [number, number, number];
  if (frequency === 'mingguan') {
    return new Date(Date.UTC(y, m - 1, d + 7 * n)).toISOString().slice(0, 10);
  }
  const months = m - 1 + n;
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Rounding steps tried in turn when a coarser step cannot split the amount (Rp1.000, Rp100, Rp1, 1 sen). */
const STEP_LADDER = [100_000, 10_000, 100, 1];

/**
 * Splits `total` sen into `count` equal parts rounded (half up) to `step` sen, the remainder in the last
 * part, so the parts always sum to `total`. If the step is too coarse for the amount (a part would round
 * to 0 or the last part would go negative), the next finer step is used; as the last resort the parts are
 * floor(total ÷ count) sen and the last takes the rest.
 */
export function splitRounded(total: Sen, count: number, step: number): Sen[] {
  for (const s of STEP_LADDER) {
    if (s > step) continue;
    const part = mulDivRound(total, 1, count * s) * s;
    const last = total - part * (count - 1);
    if (last >= 0 && (part > 0 || total === 0)) return fill(count, part, last);
  }
  const part = (total - (total % count)) / count;
  return fill(count, part, total - part * (count - 1));
}

function fill(count: number, part: Sen, last: Sen): Sen[] {
  const parts = new Array<Sen>(count).fill(part);
  parts[count - 1] = last;
  return parts;
}

/** Months of jasa per instalment as a ratio: 1 for monthly, 12/52 for weekly. */
function periodMonths(frequency: LoanTerms['frequency']): { num: number; den: number } {
  return frequency === 'bulanan' ? { num: 1, den: 1 } : { num: 12, den: 52 };
}

/** Total flat jasa of the plan in sen: amount × rate × months, exact, half up to the sen. */
export function totalFlatJasa(terms: ScheduleTerms, amount: Sen): Sen {
  const p = periodMonths(terms.frequency);
  const perYear = terms.jasaBasis === 'flat_per_tahun' ? 12 : 1;
  return mulDivRound(amount, terms.rateBp * terms.tenor * p.num, 10_000 * p.den * perYear);
}

/**
 * The instalment plan of a loan (jadwal angsuran).
 *
 * - Pokok: the allocation split evenly over the instalments after the grace instalments, each rounded
 *   (half up) to the product's step; the remainder is in the LAST instalment, so Σ pokok = allocation.
 * - Flat jasa (`flat_per_bulan`, `flat_per_tahun`): total = allocation × rate × months of the whole tenor
 *   (rate per month, or per year ÷ 12; a weekly instalment is 12/52 month), split over every instalment
 *   like the pokok (remainder in the last). For 10.000.000 at 1,5%/bulan over 10 bulan: 150.000 each.
 * - Menurun: each instalment's jasa = monthly rate × months per instalment × pokok outstanding before it,
 *   rounded half up to the step; there is no remainder to carry.
 */
export function buildSchedule(terms: ScheduleTerms, amount: Sen, disbursedOn: IsoDate): ScheduleRow[] {
  const step = ROUNDING_STEP_SEN[terms.rounding];
  const grace = Math.max(0, Math.min(terms.graceInstalments ?? 0, terms.tenor - 1));
  const pokok = [...new Array<Sen>(grace).fill(0), ...splitRounded(amount, terms.tenor - grace, step)];
  let jasa: Sen[];
  if (terms.jasaBasis === 'menurun') {
    const p = periodMonths(terms.frequency);
    let outstanding = amount;
    jasa = pokok.map((part) => {
      const fee = mulDivRound(outstanding, terms.rateBp * p.num, 10_000 * p.den * step) * step;
      outstanding -= part;
      return fee;
    });
  } else {
    jasa = splitRounded(totalFlatJasa(terms, amount), terms.tenor, step);
  }
  let cumulativePokok = 0;
  let cumulativeJasa = 0;
  return pokok.map((part, i) => {
    const fee = jasa[i] as Sen;
    cumulativePokok += part;
    cumulativeJasa += fee;
    return {
      no: i + 1,
      dueDate: dueDate(disbursedOn, i + 1, terms.frequency),
      pokok: part,
      jasa: fee,
      cumulativePokok,
      cumulativeJasa,
    };
  });
}
