import { describe, expect, it } from 'vitest';
import type { Payment } from '../../../shared/pinjaman/arrears';
import {
  type DendaRule,
  dendaAt,
  type ProductRules,
  productRulesInput,
  toLoanTerms,
} from '../../../shared/pinjaman/products';
import { buildSchedule, type Instalment } from '../../../shared/pinjaman/schedule';

const RP = 100;
const JT = 1_000_000 * RP;

const valid = {
  code: 'SPP',
  name: 'Simpan Pinjam Perempuan',
  rateBp: 150,
  jasaBasis: 'flat_per_bulan',
  tenor: 12,
  frequency: 'bulanan',
  rounding: 'rp1000',
};

function messages(input: Record<string, unknown>): string[] {
  const r = productRulesInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
}

describe('productRulesInput', () => {
  it('accepts a usual product and fills the defaults', () => {
    const r = productRulesInput.parse(valid);
    expect(r).toMatchObject({ graceInstalments: 0, denda: { kind: 'none' } });
  });

  it('refuses zero tenor, negative and absurd rates, with Indonesian messages', () => {
    expect(messages({ ...valid, tenor: 0 })).toEqual(['Jangka waktu paling sedikit 1 angsuran']);
    expect(messages({ ...valid, rateBp: -1 })).toEqual(['Jasa tidak boleh negatif']);
    expect(messages({ ...valid, rateBp: 1.5 })).toEqual(['Jasa dalam basis poin bulat (150 = 1,5%)']);
    expect(messages({ ...valid, rateBp: 600 })).toEqual(['Jasa paling tinggi 5% per bulan']);
    expect(messages({ ...valid, rateBp: 600, jasaBasis: 'flat_per_tahun' })).toEqual([]);
    expect(messages({ ...valid, rateBp: 7000, jasaBasis: 'flat_per_tahun' })).toEqual([
      'Jasa paling tinggi 60% per tahun',
    ]);
    expect(messages({ ...valid, tenor: 150 })).toEqual(['Jangka waktu paling banyak 120 bulan']);
    expect(messages({ ...valid, tenor: 150, frequency: 'mingguan' })).toEqual([]);
    expect(messages({ ...valid, code: '  ' })).toEqual(['Kode produk wajib diisi']);
    expect(messages({ ...valid, frequency: 'harian' })[0]).toMatch(
      /^Frekuensi angsuran harus salah satu dari/,
    );
  });

  it('checks grace and denda', () => {
    expect(messages({ ...valid, tenor: 3, graceInstalments: 3 })).toEqual([
      'Masa tenggang pokok harus lebih pendek dari jangka waktu',
    ]);
    expect(messages({ ...valid, denda: { kind: 'permil_per_hari', perMille: 0 } })).toEqual([
      'Denda permil per hari paling sedikit 1 ‰',
    ]);
    expect(messages({ ...valid, denda: { kind: 'per_angsuran', amount: -500 } })).toEqual([
      'Denda per angsuran terlambat tidak boleh negatif',
    ]);
    const parsed = productRulesInput.parse({ ...valid, denda: { kind: 'per_angsuran', amount: 'Rp 5.000' } });
    expect(parsed.denda).toEqual({ kind: 'per_angsuran', amount: 5_000 * RP, graceDays: 0 });
  });

  it('maps to the stored loan terms', () => {
    const rules = productRulesInput.parse({
      ...valid,
      denda: { kind: 'per_angsuran', amount: 2_500 * RP, graceDays: 3 },
    }) as ProductRules;
    expect(toLoanTerms(rules)).toEqual({
      rateBp: 150,
      jasaBasis: 'flat_per_bulan',
      tenor: 12,
      frequency: 'bulanan',
      rounding: 'rp1000',
      dendaPerLateInstalment: 2_500 * RP,
    });
  });
});

describe('dendaAt', () => {
  // 4.000.000 over 4 months from 15 Jan 2025: 1.000.000 pokok due 15 Feb, 15 Mar, 15 Apr, 15 May.
  const schedule = buildSchedule(
    { rateBp: 100, jasaBasis: 'flat_per_bulan', tenor: 4, frequency: 'bulanan', rounding: 'rp1000' },
    4 * JT,
    '2025-01-15',
  );
  const pay = (date: string, pokok: number, denda = 0): Payment => ({ date, pokok, jasa: 0, denda });
  const permil: DendaRule = { kind: 'permil_per_hari', perMille: 1, graceDays: 0 };

  it('permil per day on the late pokok (1‰ of 1.000.000 = 1.000 a day)', () => {
    expect(dendaAt(schedule, [], '2025-02-15', permil).charged).toBe(0);
    expect(dendaAt(schedule, [], '2025-02-20', permil).charged).toBe(5_000 * RP);
    // 16 Feb – 15 Mar: 28 days × 1.000; 16 – 20 Mar: 5 days × 2.000.
    expect(dendaAt(schedule, [], '2025-03-20', permil).charged).toBe(38_000 * RP);
  });

  it('a payment counts for its whole day; a partial one reduces the late pokok', () => {
    expect(dendaAt(schedule, [pay('2025-02-18', JT)], '2025-02-20', permil).charged).toBe(2_000 * RP);
    // 16 Feb: 1.000; 17–20 Feb: 4 × 400 (600.000 paid on the 17th).
    expect(dendaAt(schedule, [pay('2025-02-17', 600_000 * RP)], '2025-02-20', permil).charged).toBe(
      2_600 * RP,
    );
    // Unsorted payments give the same answer.
    const unsorted = [pay('2025-02-19', 100_000 * RP), pay('2025-02-17', 500_000 * RP)];
    // 16: 1.000; 17–18: 2 × 500; 19–20: 2 × 400.
    expect(dendaAt(schedule, unsorted, '2025-02-20', permil).charged).toBe(2_800 * RP);
  });

  it('grace days delay the start', () => {
    const rule: DendaRule = { kind: 'permil_per_hari', perMille: 1, graceDays: 3 };
    expect(dendaAt(schedule, [], '2025-02-18', rule).charged).toBe(0);
    expect(dendaAt(schedule, [], '2025-02-20', rule).charged).toBe(2_000 * RP);
  });

  it('rounds the exact total once, half up to the sen', () => {
    const odd: Instalment[] = [{ no: 1, dueDate: '2025-01-31', pokok: 1_234_567, jasa: 0 }];
    expect(dendaAt(odd, [], '2025-02-01', permil).charged).toBe(1_235); // 1.234,567 sen
    expect(dendaAt(odd, [], '2025-02-02', permil).charged).toBe(2_469); // 2.469,134 (not 2 × 1.235)
  });

  it('fixed per late instalment; a catch-up does not cancel it; paid denda is subtracted', () => {
    const rule: DendaRule = { kind: 'per_angsuran', amount: 5_000 * RP, graceDays: 0 };
    expect(dendaAt(schedule, [], '2025-03-15', rule).charged).toBe(5_000 * RP);
    expect(dendaAt(schedule, [], '2025-03-16', rule).charged).toBe(10_000 * RP);
    const onTime = [pay('2025-02-15', JT), pay('2025-03-15', JT)];
    expect(dendaAt(schedule, onTime, '2025-04-10', rule).charged).toBe(0);
    const late = [pay('2025-02-16', JT, 3_000 * RP), pay('2025-03-15', JT)];
    expect(dendaAt(schedule, late, '2025-04-10', rule)).toEqual({
      charged: 5_000 * RP,
      paid: 3_000 * RP,
      unpaid: 2_000 * RP,
    });
  });

  it('no rule, no denda', () => {
    expect(dendaAt(schedule, [pay('2025-03-01', 0, 100)], '2025-09-01', { kind: 'none' })).toEqual({
      charged: 0,
      paid: 100,
      unpaid: 0,
    });
  });
});
