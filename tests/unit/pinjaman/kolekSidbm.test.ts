import { describe, expect, it } from 'vitest';
import {
  elapsedPeriods,
  type LoanTiming,
  loanStatusAt,
  type Payment,
} from '../../../shared/pinjaman/arrears';
import {
  CLASS_PRESETS,
  type ClassTableDef,
  classify,
  classLegend,
  validateClassTable,
} from '../../../shared/pinjaman/kolektibilitas';
import { buildSchedule, type ScheduleTerms } from '../../../shared/pinjaman/schedule';

const JT = 1_000_000 * 100;
const preset = (name: string): ClassTableDef => {
  const p = CLASS_PRESETS.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
};
const v1 = preset('SIDBM (v1)');
const v2 = preset('SIDBM (v2)');
const next = preset('SIDBM Next');
const hari5 = preset('5 kelas hari (SIUPK/LKM)');
const ceilTable = preset('3 kelas menurut angsuran tertunggak');

const monthly: ScheduleTerms = {
  rateBp: 0,
  jasaBasis: 'flat_per_bulan',
  tenor: 12,
  frequency: 'bulanan',
  rounding: 'rp1000',
};
// 12.000.000 over 12 months from 15 Jan 2025, no jasa: 1.000.000 due on the 15th, Feb 2025 … Jan 2026.
const plan = buildSchedule(monthly, 12 * JT, '2025-01-15');
const timing: LoanTiming = { disbursedOn: '2025-01-15', frequency: 'bulanan' };
const pay = (date: string, pokok: number): Payment => ({ date, pokok, jasa: 0, denda: 0 });
const at = (date: string, payments: Payment[] = []) => loanStatusAt(plan, payments, date, 12 * JT, timing);
const cls = (date: string, table: ClassTableDef, payments: Payment[] = []) =>
  classify(at(date, payments), table).name;

describe('SIDBM count: round(tunggakan ÷ wajib + (bulan − angsuran ke))', () => {
  it('counts whole calendar months as PHP does, and whole weeks for weekly loans', () => {
    expect(elapsedPeriods('2025-01-15', '2025-02-14', 'bulanan')).toBe(0);
    expect(elapsedPeriods('2025-01-15', '2025-02-15', 'bulanan')).toBe(1);
    expect(elapsedPeriods('2025-01-31', '2025-02-28', 'bulanan')).toBe(0);
    expect(elapsedPeriods('2025-01-31', '2025-03-01', 'bulanan')).toBe(1);
    expect(elapsedPeriods('2025-01-15', '2026-06-14', 'bulanan')).toBe(16);
    expect(elapsedPeriods('2025-01-01', '2025-01-28', 'mingguan')).toBe(3);
    expect(elapsedPeriods('2025-01-01', '2025-01-29', 'mingguan')).toBe(4);
  });

  it('day before, of and after the first due date (nothing paid)', () => {
    expect(at('2025-02-14')).toMatchObject({
      dueInstalments: 0,
      elapsedPeriods: 0,
      sidbmCount: 0,
      daysPastDue: 0,
    });
    expect(at('2025-02-15')).toMatchObject({
      dueInstalments: 1,
      elapsedPeriods: 1,
      sidbmCount: 1,
      daysPastDue: 0,
    });
    expect(at('2025-02-16')).toMatchObject({
      dueInstalments: 1,
      elapsedPeriods: 1,
      sidbmCount: 1,
      daysPastDue: 1,
    });
    expect(cls('2025-02-16', v1)).toBe('Lancar');
  });

  it('nothing paid: 3 behind on 14 May is Lancar, 4 behind on 15 May Diragukan (v1), still Lancar in v2', () => {
    expect(at('2025-05-14')).toMatchObject({ sidbmCount: 3, sidbmNextCount: 3 });
    expect(cls('2025-05-14', v1)).toBe('Lancar');
    expect(at('2025-05-15')).toMatchObject({ sidbmCount: 4 });
    expect(cls('2025-05-15', v1)).toBe('Diragukan');
    expect(cls('2025-05-15', v2)).toBe('Lancar');
    expect(cls('2025-05-15', next)).toBe('Diragukan');
    expect(cls('2025-07-15', v1)).toBe('Macet'); // 6 behind
  });

  it('rounds halves away from zero: 3,4 instalments is Lancar, 3,5 is Diragukan; ceil makes both 4', () => {
    // By 15 May 4.000.000 is due; 600.000 paid leaves 3.400.000 = 3,4 instalments, 500.000 leaves 3,5.
    const p34 = [pay('2025-03-01', 600_000 * 100)];
    const p35 = [pay('2025-03-01', 500_000 * 100)];
    expect(at('2025-05-15', p34)).toMatchObject({
      sidbmCount: 3,
      sidbmNextCount: 3,
      instalmentsInArrears: 4,
    });
    expect(cls('2025-05-15', v1, p34)).toBe('Lancar');
    expect(cls('2025-05-15', next, p34)).toBe('Lancar');
    expect(cls('2025-05-15', ceilTable, p34)).toBe('Diragukan');
    expect(at('2025-05-15', p35)).toMatchObject({ sidbmCount: 4, sidbmNextCount: 4 });
    expect(cls('2025-05-15', v1, p35)).toBe('Diragukan');
  });

  it('after maturity one instalment short drifts to Macet; the instalment count stays Lancar', () => {
    const eleven = plan.slice(0, 11).map((i) => pay(i.dueDate, i.pokok));
    expect(at('2026-01-15', eleven)).toMatchObject({ dueInstalments: 12, elapsedPeriods: 12, sidbmCount: 1 });
    expect(cls('2026-01-15', v1, eleven)).toBe('Lancar');
    expect(at('2026-05-15', eleven)).toMatchObject({ elapsedPeriods: 16, sidbmCount: 5 });
    expect(cls('2026-05-15', v1, eleven)).toBe('Diragukan');
    expect(at('2026-06-14', eleven)).toMatchObject({ elapsedPeriods: 16, sidbmCount: 5 });
    expect(at('2026-06-15', eleven)).toMatchObject({ elapsedPeriods: 17, sidbmCount: 6 });
    expect(cls('2026-06-15', v1, eleven)).toBe('Macet');
    expect(cls('2026-06-15', ceilTable, eleven)).toBe('Lancar');
    expect(cls('2026-06-15', next, eleven)).toBe('Lancar');
    // v2: Macet above 12, i.e. 1 + 12 months past maturity.
    expect(cls('2027-01-14', v2, eleven)).toBe('Diragukan');
    expect(cls('2027-01-15', v2, eleven)).toBe('Macet');
  });

  it('a loan disbursed on the 31st: due 28 Feb, month term −1, class Lancar (never below the first class)', () => {
    const p31 = buildSchedule(monthly, 12 * JT, '2025-01-31');
    const s = loanStatusAt(p31, [], '2025-02-28', 12 * JT, {
      disbursedOn: '2025-01-31',
      frequency: 'bulanan',
    });
    expect(s).toMatchObject({ dueInstalments: 1, elapsedPeriods: 0, sidbmCount: 0 });
    expect(classify(s, v1).name).toBe('Lancar');
  });

  it('weekly loans count weeks', () => {
    const weekly = buildSchedule({ ...monthly, tenor: 10, frequency: 'mingguan' }, 10 * JT, '2025-01-01');
    const wt: LoanTiming = { disbursedOn: '2025-01-01', frequency: 'mingguan' };
    const w = (date: string, payments: Payment[] = []) => loanStatusAt(weekly, payments, date, 10 * JT, wt);
    // Due 8, 15, 22, 29 Jan …, the 10th on 12 Mar.
    expect(w('2025-01-28')).toMatchObject({ dueInstalments: 3, elapsedPeriods: 3, sidbmCount: 3 });
    expect(classify(w('2025-01-28'), v1).name).toBe('Lancar');
    expect(w('2025-01-29')).toMatchObject({ dueInstalments: 4, elapsedPeriods: 4, sidbmCount: 4 });
    expect(classify(w('2025-01-29'), v1).name).toBe('Diragukan');
    const nine = weekly.slice(0, 9).map((i) => pay(i.dueDate, i.pokok));
    expect(w('2025-03-12', nine)).toMatchObject({ sidbmCount: 1 });
    // 2 Apr is 91 days = 13 weeks after disbursement: 1 + (13 − 10) = 4.
    expect(w('2025-04-02', nine)).toMatchObject({ elapsedPeriods: 13, sidbmCount: 4 });
    expect(classify(w('2025-04-02', nine), v1).name).toBe('Diragukan');
  });
});

describe('5 kelas hari (SIUPK/LKM), days from the oldest unpaid instalment (15 Feb 2025)', () => {
  it('puts each edge in its class', () => {
    const cases: [string, number, string][] = [
      ['2025-02-24', 9, 'Lancar'],
      ['2025-02-25', 10, 'Dalam Perhatian Khusus'],
      ['2025-05-15', 89, 'Dalam Perhatian Khusus'],
      ['2025-05-16', 90, 'Kurang Lancar'],
      ['2025-06-14', 119, 'Kurang Lancar'],
      ['2025-06-15', 120, 'Diragukan'],
      ['2025-08-13', 179, 'Diragukan'],
      ['2025-08-14', 180, 'Macet'],
    ];
    for (const [date, days, name] of cases) {
      const s = at(date);
      expect([date, s.daysPastDue, classify(s, hari5).name]).toEqual([date, days, name]);
    }
  });
});

describe('presets as data', () => {
  it('are valid tables with their provenance', () => {
    for (const p of [v1, v2, next, hari5]) {
      expect(validateClassTable(p)).toEqual([]);
      expect(p.source?.source).toBeTruthy();
    }
  });

  it('generate their legend from the same bounds the classification uses', () => {
    expect(classLegend(v1)).toEqual([
      'Lancar: ≤ 3 angsuran, cadangan 0%',
      'Diragukan: 4–5 angsuran, cadangan 50%, NPL',
      'Macet: ≥ 6 angsuran, cadangan 100%, NPL',
    ]);
    expect(classLegend(next)[0]).toBe('Lancar: ≤ 3 angsuran, cadangan 0,5%');
    expect(classLegend(hari5)[1]).toBe('Dalam Perhatian Khusus: 10–89 hari, cadangan 5%');
  });
});
