import { z } from 'zod';
import { choice, money } from '../contract/fields';
import type { Sen } from '../format/money';

/** How jasa (the fee) is charged: flat on the allocation per month or per year, or on the outstanding pokok. */
export const JASA_BASES = ['flat_per_bulan', 'flat_per_tahun', 'menurun'] as const;
export type JasaBasis = (typeof JASA_BASES)[number];
export const JASA_BASIS_LABELS: Record<JasaBasis, string> = {
  flat_per_bulan: 'Flat per bulan',
  flat_per_tahun: 'Flat per tahun',
  menurun: 'Menurun (dari sisa pokok, per bulan)',
};

export const FREQUENCIES = ['bulanan', 'mingguan'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Each instalment is rounded to this step; the remainder goes into the last instalment. */
export const ROUNDINGS = ['none', 'rp100', 'rp1000'] as const;
export type Rounding = (typeof ROUNDINGS)[number];
export const ROUNDING_STEP_SEN: Record<Rounding, number> = { none: 1, rp100: 10_000, rp1000: 100_000 };

/** The rules of a loan as data (DOMAIN §6.1: every parameter is the office's SOP). */
export interface LoanTerms {
  /** Jasa rate in basis points (150 = 1,5 %) per month, or per year for `flat_per_tahun`. */
  rateBp: number;
  jasaBasis: JasaBasis;
  /** Number of instalments. */
  tenor: number;
  frequency: Frequency;
  rounding: Rounding;
  /** Denda per instalment paid late; 0 = no penalty. */
  dendaPerLateInstalment: Sen;
}

export const loanTermsInput = z.strictObject({
  rateBp: z
    .number({ error: 'Jasa harus angka' })
    .int({ error: 'Jasa dalam basis poin bulat (150 = 1,5%)' })
    .min(0, { error: 'Jasa tidak boleh negatif' })
    .max(10_000, { error: 'Jasa paling tinggi 100%' }),
  jasaBasis: choice('Dasar jasa', JASA_BASES),
  tenor: z
    .number({ error: 'Jangka waktu harus angka' })
    .int({ error: 'Jangka waktu dalam angsuran bulat' })
    .min(1, { error: 'Jangka waktu paling sedikit 1 angsuran' })
    .max(260, { error: 'Jangka waktu paling banyak 260 angsuran' }),
  frequency: choice('Frekuensi angsuran', FREQUENCIES),
  rounding: choice('Pembulatan', ROUNDINGS),
  dendaPerLateInstalment: money('Denda per angsuran terlambat', { allowZero: true }).default(0),
});
