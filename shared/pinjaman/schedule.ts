import { daysInMonth } from '../format/date';
import type { Sen } from '../format/money';
import { type LoanTerms, ROUNDING_STEP_SEN } from './terms';

export interface Instalment {
  no: number;
  dueDate: string;
  pokok: Sen;
  jasa: Sen;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The n-th due date: monthly on the disbursement's day (clamped to month end) or every 7 days. */
export function dueDate(disbursedOn: string, n: number, frequency: LoanTerms['frequency']): string {
  const [y, m, d] = disbursedOn.split('-').map(Number) as [number, number, number];
  if (frequency === 'mingguan') {
    return new Date(Date.UTC(y, m - 1, d + 7 * n)).toISOString().slice(0, 10);
  }
  const months = m - 1 + n;
  const year = y + Math.floor(months / 12);
  const month = (months % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Splits `total` into `count` parts rounded to `step`, the remainder in the last (which may differ). */
export function splitRounded(total: Sen, count: number, step: number): Sen[] {
  const part = Math.round(total / count / step) * step;
  const parts = Array.from({ length: count }, () => part);
  parts[count - 1] = total - part * (count - 1);
  if ((parts[count - 1] as number) < 0) return splitRounded(total, count, 1);
  return parts;
}

/** Months of fee per instalment: 1 for monthly, 12/52 for weekly (as a ratio, to stay exact). */
function periodMonths(terms: LoanTerms): { num: number; den: number } {
  return terms.frequency === 'bulanan' ? { num: 1, den: 1 } : { num: 12, den: 52 };
}

/**
 * The instalment plan of a loan. Flat: total jasa = allocation × rate × months, spread like the pokok;
 * menurun: each instalment's jasa is the rate on the pokok still outstanding before it. Amounts are
 * rounded to the product's step (half away from zero), the remainder in the last instalment, so pokok
 * always sums to the allocation exactly.
 */
export function buildSchedule(terms: LoanTerms, amount: Sen, disbursedOn: string): Instalment[] {
  const step = ROUNDING_STEP_SEN[terms.rounding];
  const pokok = splitRounded(amount, terms.tenor, step);
  const p = periodMonths(terms);
  let jasa: Sen[];
  if (terms.jasaBasis === 'menurun') {
    let outstanding = amount;
    jasa = pokok.map((part) => {
      const fee = Math.round((outstanding * terms.rateBp * p.num) / (10_000 * p.den) / step) * step;
      outstanding -= part;
      return fee;
    });
  } else {
    const perYear = terms.jasaBasis === 'flat_per_tahun' ? 12 : 1;
    const total = Math.round((amount * terms.rateBp * terms.tenor * p.num) / (10_000 * p.den * perYear));
    jasa = splitRounded(total, terms.tenor, step);
  }
  return pokok.map((part, i) => ({
    no: i + 1,
    dueDate: dueDate(disbursedOn, i + 1, terms.frequency),
    pokok: part,
    jasa: jasa[i] as Sen,
  }));
}
