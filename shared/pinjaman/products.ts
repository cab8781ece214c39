import { z } from 'zod';
import { choice, money, requiredText } from '../contract/fields';
import type { IsoDate } from '../format/date';
import type { Sen } from '../format/money';
import type { Payment } from './arrears';
import { dayNumber } from './intMath';
import type { Instalment, ScheduleTerms } from './schedule';
import { FREQUENCIES, JASA_BASES, type LoanTerms, ROUNDINGS } from './terms';

/**
 * Denda (late penalty) rule of a product (SOP perguliran):
 * - `none`: no denda;
 * - `permil_per_hari`: `perMille` ‰ of the LATE POKOK for every day it is late;
 * - `per_angsuran`: a fixed `amount` for every instalment whose pokok is not fully paid when it is late.
 * A pokok is late from the day after `due date + graceDays` (graceDays 0 = from the day after the due date).
 */
export type DendaRule =
  | { kind: 'none' }
  | { kind: 'permil_per_hari'; perMille: number; graceDays: number }
  | { kind: 'per_angsuran'; amount: Sen; graceDays: number };

export const DENDA_KINDS = ['none', 'permil_per_hari', 'per_angsuran'] as const;
export const DENDA_KIND_LABELS: Record<DendaRule['kind'], string> = {
  none: 'Tanpa denda',
  permil_per_hari: 'Permil per hari dari pokok yang terlambat',
  per_angsuran: 'Jumlah tetap per angsuran terlambat',
};

/** The rules of a loan product as data: everything a schedule, arrears and denda need. */
export interface ProductRules extends ScheduleTerms {
  code: string;
  name: string;
  graceInstalments: number;
  denda: DendaRule;
}

/** Upper limits that catch typing errors, not policy: 5%/bulan (60%/tahun) jasa; ~10 years of instalments. */
export const PRODUCT_LIMITS = {
  rateBpPerMonth: 500,
  rateBpPerYear: 6_000,
  tenor: { bulanan: 120, mingguan: 520 },
  perMillePerDay: 10,
  graceDays: 90,
} as const;

function wholeNumber(label: string, min: number, max: number, unit: string) {
  return z
    .number({ error: `${label} harus berupa angka` })
    .int({ error: `${label} harus bilangan bulat` })
    .min(min, {
      error: min === 0 ? `${label} tidak boleh negatif` : `${label} paling sedikit ${min} ${unit}`,
    })
    .max(max, { error: `${label} paling banyak ${max} ${unit}` });
}

const graceDays = wholeNumber('Masa tenggang denda', 0, PRODUCT_LIMITS.graceDays, 'hari').default(0);

const dendaInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({
      kind: z.literal('permil_per_hari'),
      perMille: wholeNumber('Denda permil per hari', 1, PRODUCT_LIMITS.perMillePerDay, '‰'),
      graceDays,
    }),
    z.strictObject({
      kind: z.literal('per_angsuran'),
      amount: money('Denda per angsuran terlambat'),
      graceDays,
    }),
  ],
  { error: `Jenis denda harus salah satu dari: ${DENDA_KINDS.join(', ')}` },
);

/** Product input (Pengaturan › Produk pinjaman) with Indonesian messages; refuses zero tenor and absurd values. */
export const productRulesInput = z
  .strictObject({
    code: requiredText('Kode produk', 20),
    name: requiredText('Nama produk', 100),
    rateBp: z
      .number({ error: 'Jasa harus berupa angka' })
      .int({ error: 'Jasa dalam basis poin bulat (150 = 1,5%)' })
      .min(0, { error: 'Jasa tidak boleh negatif' }),
    jasaBasis: choice('Dasar jasa', JASA_BASES),
    tenor: wholeNumber('Jangka waktu', 1, PRODUCT_LIMITS.tenor.mingguan, 'angsuran'),
    frequency: choice('Frekuensi angsuran', FREQUENCIES),
    rounding: choice('Pembulatan', ROUNDINGS),
    graceInstalments: wholeNumber('Masa tenggang pokok', 0, 24, 'angsuran').default(0),
    denda: dendaInput.default({ kind: 'none' }),
  })
  .superRefine((p, ctx) => {
    const perYear = p.jasaBasis === 'flat_per_tahun';
    const max = perYear ? PRODUCT_LIMITS.rateBpPerYear : PRODUCT_LIMITS.rateBpPerMonth;
    if (p.rateBp > max) {
      const unit = perYear ? 'per tahun' : 'per bulan';
      ctx.addIssue({ code: 'custom', path: ['rateBp'], message: `Jasa paling tinggi ${max / 100}% ${unit}` });
    }
    const maxTenor = PRODUCT_LIMITS.tenor[p.frequency];
    if (p.tenor > maxTenor) {
      const unit = p.frequency === 'bulanan' ? 'bulan' : 'minggu';
      ctx.addIssue({
        code: 'custom',
        path: ['tenor'],
        message: `Jangka waktu paling banyak ${maxTenor} ${unit}`,
      });
    }
    if (Number.isInteger(p.tenor) && p.tenor >= 1 && p.graceInstalments >= p.tenor) {
      ctx.addIssue({
        code: 'custom',
        path: ['graceInstalments'],
        message: 'Masa tenggang pokok harus lebih pendek dari jangka waktu',
      });
    }
  });

export type ProductRulesInput = z.input<typeof productRulesInput>;

/** The stored `LoanTerms` of a product (the fixed denda goes to `dendaPerLateInstalment`; grace is not part of it). */
export function toLoanTerms(p: ProductRules): LoanTerms {
  return {
    rateBp: p.rateBp,
    jasaBasis: p.jasaBasis,
    tenor: p.tenor,
    frequency: p.frequency,
    rounding: p.rounding,
    dendaPerLateInstalment: p.denda.kind === 'per_angsuran' ? p.denda.amount : 0,
  };
}

export interface DendaPosition {
  /** Denda charged from disbursement to the end of `date`. */
  charged: Sen;
  /** Denda paid by `date`. */
  paid: Sen;
  /** charged − paid, never below 0. */
  unpaid: Sen;
}

/**
 * Denda of one loan at the end of `date`. Pokok payments cover instalments in due order (as in
 * loanStatusAt); a payment made on a day counts for that whole day.
 * - `permil_per_hari`: Σ over each late day d ≤ date of (pokok late on d) × perMille ÷ 1000, where pokok
 *   late on d = max(0, Σ pokok of instalments late by d − pokok paid by d); the exact total is rounded
 *   half up to the sen once (not per day).
 * - `per_angsuran`: amount × number of instalments late by `date` whose cumulative pokok had not been
 *   paid on their last day of grace (a later catch-up does not cancel a denda already incurred).
 * O(instalments + payments); payments need not be sorted (a sorted copy is made when they are not).
 */
export function dendaAt(
  schedule: readonly Instalment[],
  payments: readonly Payment[],
  date: IsoDate,
  rule: DendaRule,
): DendaPosition {
  let paid = 0;
  for (const p of payments) if (p.date <= date) paid += p.denda;
  const charged =
    rule.kind === 'none' ? 0 : chargedDenda(schedule, sortedPayments(payments, date), date, rule);
  return { charged, paid, unpaid: Math.max(0, charged - paid) };
}

function sortedPayments(payments: readonly Payment[], date: IsoDate): readonly Payment[] {
  const upTo = payments.filter((p) => p.date <= date && p.pokok !== 0);
  for (let i = 1; i < upTo.length; i++) {
    if ((upTo[i] as Payment).date < (upTo[i - 1] as Payment).date)
      return upTo.sort((a, b) => (a.date < b.date ? -1 : 1));
  }
  return upTo;
}

function chargedDenda(
  schedule: readonly Instalment[],
  payments: readonly Payment[],
  date: IsoDate,
  rule: Exclude<DendaRule, { kind: 'none' }>,
): Sen {
  const end = dayNumber(date);
  let paidPokok = 0;
  let j = 0;
  /** Pokok paid up to and including `day` (advances through the sorted payments). */
  const paidBy = (day: number): number => {
    while (j < payments.length && dayNumber((payments[j] as Payment).date) <= day) {
      paidPokok += (payments[j] as Payment).pokok;
      j++;
    }
    return paidPokok;
  };
  if (rule.kind === 'per_angsuran') {
    let cum = 0;
    let late = 0;
    for (const i of schedule) {
      cum += i.pokok;
      const lastGraceDay = dayNumber(i.dueDate) + rule.graceDays;
      if (lastGraceDay >= end) break;
      if (i.pokok > 0 && paidBy(lastGraceDay) < cum) late++;
    }
    return late * rule.amount;
  }
  // permil_per_hari: late pokok is piecewise constant between events (an instalment becoming late, a payment).
  const events: { day: number; pokokDue: Sen; paid: Sen }[] = [];
  let cum = 0;
  for (const i of schedule) {
    cum += i.pokok;
    const firstLateDay = dayNumber(i.dueDate) + rule.graceDays + 1;
    if (firstLateDay > end) break;
    events.push({ day: firstLateDay, pokokDue: cum, paid: 0 });
  }
  let totalPokokDays = 0n;
  let dueLate = 0;
  let paid = 0;
  let k = 0;
  let day = events[0]?.day ?? end + 1;
  let pi = 0;
  while (day <= end) {
    while (k < events.length && (events[k] as (typeof events)[number]).day <= day) {
      dueLate = (events[k] as (typeof events)[number]).pokokDue;
      k++;
    }
    while (pi < payments.length && dayNumber((payments[pi] as Payment).date) <= day) {
      paid += (payments[pi] as Payment).pokok;
      pi++;
    }
    const nextEvent = k < events.length ? (events[k] as (typeof events)[number]).day : end + 1;
    const nextPay = pi < payments.length ? dayNumber((payments[pi] as Payment).date) : end + 1;
    const next = Math.min(nextEvent, nextPay, end + 1);
    const late = Math.max(0, dueLate - paid);
    totalPokokDays += BigInt(late) * BigInt(next - day);
    day = next;
  }
  return Number((totalPokokDays * BigInt(rule.perMille) + 500n) / 1000n);
}
