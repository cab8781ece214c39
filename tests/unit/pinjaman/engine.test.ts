import { describe, expect, it } from 'vitest';
import { loanStatusAt, type Payment } from '../../../shared/pinjaman/arrears';
import {
  CLASS_PRESETS,
  type ClassTableDef,
  classify,
  requiredProvision,
  validateClassTable,
} from '../../../shared/pinjaman/kolektibilitas';
import { buildSchedule, dueDate } from '../../../shared/pinjaman/schedule';
import type { LoanTerms } from '../../../shared/pinjaman/terms';

const RP = 100;
const flat = (over: Partial<LoanTerms> = {}): LoanTerms => ({
  rateBp: 150,
  jasaBasis: 'flat_per_bulan',
  tenor: 10,
  frequency: 'bulanan',
  rounding: 'rp1000',
  dendaPerLateInstalment: 0,
  ...over,
});

describe('schedule', () => {
  it('DOMAIN §6.2: 10.000.000 at 1,5% flat per month over 10 months', () => {
    const s = buildSchedule(flat(), 10_000_000 * RP, '2025-01-15');
    expect(s).toHaveLength(10);
    expect(new Set(s.map((i) => i.pokok))).toEqual(new Set([1_000_000 * RP]));
    expect(new Set(s.map((i) => i.jasa))).toEqual(new Set([150_000 * RP]));
    expect(s.map((i) => i.dueDate).slice(0, 3)).toEqual(['2025-02-15', '2025-03-15', '2025-04-15']);
  });

  it('rounds each instalment to the step and puts the remainder in the last', () => {
    const s = buildSchedule(flat({ tenor: 3 }), 10_000_000 * RP, '2025-01-10');
    expect(s.map((i) => i.pokok / RP)).toEqual([3_333_000, 3_333_000, 3_334_000]);
    expect(s.map((i) => i.jasa / RP)).toEqual([150_000, 150_000, 150_000]);
    const hundred = buildSchedule(
      flat({ tenor: 7, rounding: 'rp100', rateBp: 0 }),
      1_000_000 * RP,
      '2025-01-10',
    );
    expect(hundred.map((i) => i.pokok / RP)).toEqual([
      142_900, 142_900, 142_900, 142_900, 142_900, 142_900, 142_600,
    ]);
    expect(hundred.reduce((s, i) => s + i.pokok, 0)).toBe(1_000_000 * RP);
    const none = buildSchedule(flat({ tenor: 3, rounding: 'none', rateBp: 0 }), 100 * RP, '2025-01-10');
    expect(none.map((i) => i.pokok)).toEqual([3333, 3333, 3334]);
  });

  it('charges declining jasa on the pokok still outstanding', () => {
    const s = buildSchedule(
      flat({ jasaBasis: 'menurun', rateBp: 200, tenor: 3 }),
      3_000_000 * RP,
      '2025-01-10',
    );
    expect(s.map((i) => [i.pokok / RP, i.jasa / RP])).toEqual([
      [1_000_000, 60_000],
      [1_000_000, 40_000],
      [1_000_000, 20_000],
    ]);
  });

  it('flat per year: 12% a year over 6 months is 6% in all', () => {
    const s = buildSchedule(
      flat({ jasaBasis: 'flat_per_tahun', rateBp: 1200, tenor: 6 }),
      6_000_000 * RP,
      '2025-01-10',
    );
    expect(s.reduce((t, i) => t + i.jasa, 0)).toBe(360_000 * RP);
  });

  it('clamps monthly due dates to the month end and steps weekly by 7 days', () => {
    expect([1, 2, 3, 13].map((n) => dueDate('2024-01-31', n, 'bulanan'))).toEqual([
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2025-02-28',
    ]);
    expect([1, 2, 5].map((n) => dueDate('2025-12-20', n, 'mingguan'))).toEqual([
      '2025-12-27',
      '2026-01-03',
      '2026-01-24',
    ]);
    const weekly = buildSchedule(
      flat({ frequency: 'mingguan', tenor: 52, rounding: 'none' }),
      5_200_000 * RP,
      '2025-01-01',
    );
    expect(weekly.reduce((t, i) => t + i.jasa, 0)).toBe(936_000 * RP); // 52 weeks = 12 months of 1,5% on 5.200.000
  });
});

describe('arrears', () => {
  // 3.000.000 over 3 months from 31 January: due 28 Feb, 31 Mar, 30 Apr; 1.000.000 + 45.000 each.
  const amount = 3_000_000 * RP;
  const schedule = buildSchedule(flat({ tenor: 3 }), amount, '2025-01-31');
  const pay = (date: string, pokok: number, jasa: number): Payment => ({
    date,
    pokok: pokok * RP,
    jasa: jasa * RP,
    denda: 0,
  });

  it('has the hand-worked plan', () => {
    expect(schedule.map((i) => i.dueDate)).toEqual(['2025-02-28', '2025-03-31', '2025-04-30']);
    expect(schedule.map((i) => i.jasa / RP)).toEqual([45_000, 45_000, 45_000]);
  });

  it('on time: no arrears', () => {
    const s = loanStatusAt(schedule, [pay('2025-02-28', 1_000_000, 45_000)], '2025-03-15', amount);
    expect(s).toMatchObject({
      tunggakanPokok: 0,
      tunggakanJasa: 0,
      instalmentsInArrears: 0,
      daysPastDue: 0,
      saldoPokok: 2_000_000 * RP,
    });
  });

  it('nothing paid: two instalments behind, days from the oldest due date', () => {
    const s = loanStatusAt(schedule, [], '2025-04-01', amount);
    expect(s).toMatchObject({
      targetPokok: 2_000_000 * RP,
      tunggakanPokok: 2_000_000 * RP,
      tunggakanJasa: 90_000 * RP,
      instalmentsInArrears: 2,
      oldestUnpaidDue: '2025-02-28',
      daysPastDue: 32,
    });
    expect(loanStatusAt(schedule, [], '2025-02-28', amount).daysPastDue).toBe(0);
    expect(loanStatusAt(schedule, [], '2025-03-01', amount).daysPastDue).toBe(1);
  });

  it('a late payment clears the oldest instalment first', () => {
    const s = loanStatusAt(schedule, [pay('2025-04-05', 1_000_000, 45_000)], '2025-04-10', amount);
    expect(s).toMatchObject({ instalmentsInArrears: 1, oldestUnpaidDue: '2025-03-31', daysPastDue: 10 });
  });

  it('partial payment: half an instalment still counts as one in arrears', () => {
    const s = loanStatusAt(schedule, [pay('2025-02-28', 500_000, 45_000)], '2025-03-01', amount);
    expect(s).toMatchObject({ tunggakanPokok: 500_000 * RP, instalmentsInArrears: 1, daysPastDue: 1 });
  });

  it('jasa unpaid alone makes days past due but no pokok instalments', () => {
    const s = loanStatusAt(schedule, [pay('2025-02-28', 1_000_000, 0)], '2025-03-10', amount);
    expect(s).toMatchObject({
      tunggakanPokok: 0,
      tunggakanJasa: 45_000 * RP,
      instalmentsInArrears: 0,
      daysPastDue: 10,
    });
  });

  it('prepayment runs ahead; payments after the date do not count; paid off at the end', () => {
    const payments = [pay('2025-02-10', 2_000_000, 90_000), pay('2025-04-30', 1_000_000, 45_000)];
    expect(loanStatusAt(schedule, payments, '2025-03-31', amount)).toMatchObject({
      tunggakanPokok: 0,
      daysPastDue: 0,
      paidOff: false,
    });
    expect(loanStatusAt(schedule, payments, '2025-04-30', amount)).toMatchObject({
      saldoPokok: 0,
      paidOff: true,
    });
  });
});

describe('kolektibilitas', () => {
  const [days, instalments] = CLASS_PRESETS as [ClassTableDef, ClassTableDef];
  const byDays = (d: number) => classify({ daysPastDue: d, instalmentsInArrears: 0 }, days).name;
  const byCount = (n: number) => classify({ daysPastDue: 0, instalmentsInArrears: n }, instalments).name;

  it('both presets are valid tables', () => {
    expect(validateClassTable(days)).toEqual([]);
    expect(validateClassTable(instalments)).toEqual([]);
  });

  it('classes by days at their boundaries', () => {
    expect([0, 1, 90, 91, 180, 181, 270, 271, 5000].map(byDays)).toEqual([
      'Lancar',
      'Dalam Perhatian Khusus',
      'Dalam Perhatian Khusus',
      'Kurang Lancar',
      'Kurang Lancar',
      'Diragukan',
      'Diragukan',
      'Macet',
      'Macet',
    ]);
  });

  it('classes by instalments at their boundaries', () => {
    expect([0, 3, 4, 5, 6, 40].map(byCount)).toEqual([
      'Lancar',
      'Lancar',
      'Diragukan',
      'Diragukan',
      'Macet',
      'Macet',
    ]);
  });

  it('refuses gaps, overlaps, an upper bound on the last class and odd provisions', () => {
    const edited = (classes: ClassTableDef['classes']) => validateClassTable({ ...instalments, classes });
    const [l, d, m] = instalments.classes as [
      ClassTableDef['classes'][number],
      ClassTableDef['classes'][number],
      ClassTableDef['classes'][number],
    ];
    expect(edited([l, { ...d, min: 5 }, m]).join(' ')).toMatch(
      /celah antara kelas Lancar dan Diragukan: 4–4/,
    );
    expect(edited([l, { ...d, min: 3 }, m]).join(' ')).toMatch(/tumpang tindih/);
    expect(edited([l, d, { ...m, max: 10 }]).join(' ')).toMatch(/tanpa batas atas/);
    expect(edited([{ ...l, min: 1 }, d, m]).join(' ')).toMatch(/mulai dari 0/);
    expect(edited([l, { ...d, provisionBp: 12_000 }, m]).join(' ')).toMatch(/antara 0% dan 100%/);
  });

  it('provision is the saldo times the class rate, rounded to the sen', () => {
    const dpk = days.classes[1] as ClassTableDef['classes'][number];
    expect(requiredProvision(1_234_567 * RP, dpk)).toBe(6_172_835); // Rp61.728,35
    expect(requiredProvision(333, dpk)).toBe(17); // 16,65 sen → 17
    expect(requiredProvision(-5, dpk)).toBe(0);
  });
});
