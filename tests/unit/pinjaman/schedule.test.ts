import { describe, expect, it } from 'vitest';
import { ceilDiv, compareFractions, mulDivFloor, mulDivRound } from '../../../shared/pinjaman/intMath';
import {
  buildSchedule,
  dueDate,
  type ScheduleTerms,
  splitRounded,
  totalFlatJasa,
} from '../../../shared/pinjaman/schedule';

const RP = 100;
const terms = (over: Partial<ScheduleTerms> = {}): ScheduleTerms => ({
  rateBp: 150,
  jasaBasis: 'flat_per_bulan',
  tenor: 10,
  frequency: 'bulanan',
  rounding: 'rp1000',
  ...over,
});
const rp = (xs: number[]) => xs.map((x) => x / RP);

describe('buildSchedule: amounts', () => {
  it('DOMAIN §6.2 example carries running targets', () => {
    const s = buildSchedule(terms(), 10_000_000 * RP, '2025-01-15');
    expect(s[0]).toEqual({
      no: 1,
      dueDate: '2025-02-15',
      pokok: 1_000_000 * RP,
      jasa: 150_000 * RP,
      cumulativePokok: 1_000_000 * RP,
      cumulativeJasa: 150_000 * RP,
    });
    expect(s[9]).toMatchObject({ no: 10, cumulativePokok: 10_000_000 * RP, cumulativeJasa: 1_500_000 * RP });
  });

  it('10.000.000 over 3 to Rp1.000: remainder in the last instalment', () => {
    const s = buildSchedule(terms({ tenor: 3, rateBp: 0 }), 10_000_000 * RP, '2025-01-10');
    expect(rp(s.map((i) => i.pokok))).toEqual([3_333_000, 3_333_000, 3_334_000]);
    expect(rp(s.map((i) => i.cumulativePokok))).toEqual([3_333_000, 6_666_000, 10_000_000]);
  });

  it('rounding half up can make the last instalment the smaller one', () => {
    // 2.000.000 ÷ 3 = 666.666,67 → 667.000; last = 2.000.000 − 1.334.000 = 666.000.
    const s = buildSchedule(terms({ tenor: 3, rateBp: 0 }), 2_000_000 * RP, '2025-01-10');
    expect(rp(s.map((i) => i.pokok))).toEqual([667_000, 667_000, 666_000]);
  });

  it('menurun to Rp100, ties rounded up (hand-worked)', () => {
    // 1.020.000 at 1,25%/bulan on the outstanding pokok, 3 months, pokok 340.000 each:
    // 1.020.000 × 1,25% = 12.750 → 12.800; 680.000 × 1,25% = 8.500; 340.000 × 1,25% = 4.250 → 4.300.
    const s = buildSchedule(
      terms({ jasaBasis: 'menurun', rateBp: 125, tenor: 3, rounding: 'rp100' }),
      1_020_000 * RP,
      '2025-03-05',
    );
    expect(rp(s.map((i) => i.pokok))).toEqual([340_000, 340_000, 340_000]);
    expect(rp(s.map((i) => i.jasa))).toEqual([12_800, 8_500, 4_300]);
    expect(rp(s.map((i) => i.cumulativeJasa))).toEqual([12_800, 21_300, 25_600]);
  });

  it('menurun with an uneven pokok uses the rounded pokok outstanding', () => {
    // 1.000.000 at 1,25%, 3 months, Rp100: pokok 333.300, 333.300, 333.400.
    // Jasa: 12.500; 666.700 × 1,25% = 8.333,75 → 8.300; 333.400 × 1,25% = 4.167,5 → 4.200.
    const s = buildSchedule(
      terms({ jasaBasis: 'menurun', rateBp: 125, tenor: 3, rounding: 'rp100' }),
      1_000_000 * RP,
      '2025-03-05',
    );
    expect(rp(s.map((i) => i.pokok))).toEqual([333_300, 333_300, 333_400]);
    expect(rp(s.map((i) => i.jasa))).toEqual([12_500, 8_300, 4_200]);
  });

  it('weekly menurun charges 12/52 of the monthly rate', () => {
    // 520.000 at 2%/bulan, 4 weeks: weekly rate = 2% × 12/52; 520.000 → 2.400, 390.000 → 1.800 …
    const s = buildSchedule(
      terms({ jasaBasis: 'menurun', rateBp: 200, tenor: 4, frequency: 'mingguan', rounding: 'none' }),
      520_000 * RP,
      '2025-01-06',
    );
    expect(rp(s.map((i) => i.jasa))).toEqual([2_400, 1_800, 1_200, 600]);
    expect(s.map((i) => i.dueDate)).toEqual(['2025-01-13', '2025-01-20', '2025-01-27', '2025-02-03']);
  });

  it('grace instalments carry jasa only; pokok is spread over the rest', () => {
    // 1.200.000 flat 1%/bulan, 6 months, 2 of grace: jasa 72.000 in all = 12.000 each.
    const s = buildSchedule(
      terms({ rateBp: 100, tenor: 6, graceInstalments: 2 }),
      1_200_000 * RP,
      '2025-01-10',
    );
    expect(rp(s.map((i) => i.pokok))).toEqual([0, 0, 300_000, 300_000, 300_000, 300_000]);
    expect(rp(s.map((i) => i.jasa))).toEqual([12_000, 12_000, 12_000, 12_000, 12_000, 12_000]);
    expect(rp(s.map((i) => i.cumulativePokok))).toEqual([0, 0, 300_000, 600_000, 900_000, 1_200_000]);
  });

  it('flat per year over weeks, and exact totals for very large amounts', () => {
    // 12%/tahun over 26 weeks = 6% of 1.000.000 = 60.000.
    expect(
      totalFlatJasa(
        terms({ jasaBasis: 'flat_per_tahun', rateBp: 1200, tenor: 26, frequency: 'mingguan' }),
        1e8,
      ),
    ).toBe(60_000 * RP);
    // Rp90 miliar × 1,5% × 12: the product passes 2^53 but the result is exact.
    expect(totalFlatJasa(terms({ tenor: 12 }), 90_000_000_000 * RP)).toBe(16_200_000_000 * RP);
  });
});

describe('splitRounded', () => {
  it('falls back to a finer step when the amount is too small for the step', () => {
    expect(splitRounded(100 * RP, 3, 100_000)).toEqual([3_300, 3_300, 3_400]);
    expect(splitRounded(2, 4, 1)).toEqual([0, 0, 0, 2]);
    expect(splitRounded(0, 3, 100_000)).toEqual([0, 0, 0]);
  });

  it('always sums to the total', () => {
    for (const [total, count, step] of [
      [123_456_789, 7, 100_000],
      [5, 3, 1],
      [99_999_999, 52, 10_000],
    ] as const) {
      const parts = splitRounded(total, count, step);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...parts)).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('due dates', () => {
  it('clamps to the month end and recovers the day afterwards', () => {
    expect([1, 2, 3].map((n) => dueDate('2023-01-31', n, 'bulanan'))).toEqual([
      '2023-02-28',
      '2023-03-31',
      '2023-04-30',
    ]);
    expect([1, 2].map((n) => dueDate('2023-01-30', n, 'bulanan'))).toEqual(['2023-02-28', '2023-03-30']);
    expect(dueDate('2025-11-30', 3, 'bulanan')).toBe('2026-02-28');
    expect(dueDate('2024-01-29', 1, 'bulanan')).toBe('2024-02-29');
  });

  it('weekly every 7 days across a leap day and a year end', () => {
    expect(dueDate('2024-02-26', 1, 'mingguan')).toBe('2024-03-04');
    expect(dueDate('2024-12-30', 1, 'mingguan')).toBe('2025-01-06');
    const s = buildSchedule(terms({ frequency: 'mingguan', tenor: 3 }), 300_000 * RP, '2024-02-22');
    expect(s.map((i) => i.dueDate)).toEqual(['2024-02-29', '2024-03-07', '2024-03-14']);
  });
});

describe('integer helpers', () => {
  it('rounds half away from zero, also beyond 2^53', () => {
    expect(mulDivRound(5, 1, 10)).toBe(1);
    expect(mulDivRound(14, 1, 10)).toBe(1);
    expect(mulDivRound(-5, 1, 10)).toBe(-1);
    expect(mulDivRound(Number.MAX_SAFE_INTEGER, 5, 10)).toBe(4_503_599_627_370_496);
    expect(mulDivFloor(-7, 1, 2)).toBe(-4);
    expect(mulDivFloor(7, 1, 2)).toBe(3);
    expect([ceilDiv(7, 3), ceilDiv(6, 3), ceilDiv(0, 3)]).toEqual([3, 2, 0]);
    expect(compareFractions(1, 3, 3333, 10_000)).toBe(1);
    expect(compareFractions(1, 2, 5000, 10_000)).toBe(0);
  });
});
