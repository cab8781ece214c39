import { describe, expect, it } from 'vitest';
import { loanStatusAt } from '../../../shared/pinjaman/arrears';
import {
  CLASS_PRESETS,
  type ClassTableDef,
  classify,
  type KolekClass,
  requiredProvision,
  summarizeByClass,
  validateClassTable,
} from '../../../shared/pinjaman/kolektibilitas';
import { buildSchedule } from '../../../shared/pinjaman/schedule';

const RP = 100;
const JT = 1_000_000 * RP;
const [byDays, byCount] = CLASS_PRESETS as [ClassTableDef, ClassTableDef];

// 10.000.000 over 10 months from 1 Jan 2025, nothing paid: due 1 Feb, 1 Mar, 1 Apr, 1 May …
const schedule = buildSchedule(
  { rateBp: 150, jasaBasis: 'flat_per_bulan', tenor: 10, frequency: 'bulanan', rounding: 'rp1000' },
  10 * JT,
  '2025-01-01',
);
const at = (date: string) => loanStatusAt(schedule, [], date);

describe('presets from real loan positions', () => {
  it('3 classes by instalments: 3 behind is Lancar, 4 is Diragukan, 6 is Macet', () => {
    expect(at('2025-04-30')).toMatchObject({ instalmentsInArrears: 3 });
    expect(classify(at('2025-04-30'), byCount).name).toBe('Lancar');
    expect(at('2025-05-01')).toMatchObject({ instalmentsInArrears: 4 });
    expect(classify(at('2025-05-01'), byCount).name).toBe('Diragukan');
    expect(classify(at('2025-06-30'), byCount).name).toBe('Diragukan');
    expect(classify(at('2025-07-01'), byCount)).toMatchObject({ name: 'Macet', provisionBp: 10_000 });
  });

  it('5 classes by days at 0/1, 90/91, 180/181, 270/271 days past the 1 Feb due date', () => {
    const cases: [string, number, string][] = [
      ['2025-02-01', 0, 'Lancar'],
      ['2025-02-02', 1, 'Dalam Perhatian Khusus'],
      ['2025-05-02', 90, 'Dalam Perhatian Khusus'],
      ['2025-05-03', 91, 'Kurang Lancar'],
      ['2025-07-31', 180, 'Kurang Lancar'],
      ['2025-08-01', 181, 'Diragukan'],
      ['2025-10-29', 270, 'Diragukan'],
      ['2025-10-30', 271, 'Macet'],
    ];
    for (const [date, days, name] of cases) {
      const s = at(date);
      expect([date, s.daysPastDue, classify(s, byDays).name]).toEqual([date, days, name]);
    }
  });
});

describe('validateClassTable', () => {
  const [l, d, m] = byCount.classes as [KolekClass, KolekClass, KolekClass];
  const check = (classes: KolekClass[], basis: ClassTableDef['basis'] = 'angsuran') =>
    validateClassTable({ name: 'uji', basis, classes });

  it('accepts both presets', () => {
    expect(validateClassTable(byDays)).toEqual([]);
    expect(validateClassTable(byCount)).toEqual([]);
  });

  it('names a gap and an overlap precisely', () => {
    expect(check([l, { ...d, min: 6, max: 7 }, { ...m, min: 8 }])).toEqual([
      'Ada celah antara kelas Lancar dan Diragukan: 4–5 tidak masuk kelas mana pun.',
    ]);
    expect(check([l, { ...d, min: 3 }, m])).toEqual([
      'Kelas Diragukan tumpang tindih dengan kelas Lancar (3 ≤ 3).',
    ]);
  });

  it('requires an open-ended top class, a known basis, names and a provision within 0–100%', () => {
    expect(check([l, d, { ...m, max: 99 }])).toEqual(['Kelas terakhir harus tanpa batas atas (… ke atas).']);
    expect(check([l, d, m], 'bulan' as ClassTableDef['basis'])).toEqual([
      'Dasar kelas harus "hari" atau "angsuran" (satu dasar untuk seluruh tabel).',
    ]);
    expect(check([l, { ...d, name: ' ' }, m])[0]).toBe('Kelas ke-2: kode dan nama wajib diisi.');
    expect(check([l, { ...d, provisionBp: -1 }, m])).toEqual([
      'Kelas Diragukan: cadangan harus antara 0% dan 100%.',
    ]);
    expect(check([l, d, { ...m, provisionBp: 10_001 }])).toEqual([
      'Kelas Macet: cadangan harus antara 0% dan 100%.',
    ]);
  });
});

describe('provision and the per-class summary', () => {
  const cls = (provisionBp: number): KolekClass => ({
    code: 'x',
    name: 'x',
    min: 0,
    max: null,
    provisionBp,
    npl: false,
  });

  it('rounds half up to the sen, exactly even for huge saldo', () => {
    expect(requiredProvision(1, cls(5000))).toBe(1); // 0,5 sen → 1
    expect(requiredProvision(3, cls(1500))).toBe(0); // 0,45 sen → 0
    expect(requiredProvision(7, cls(1500))).toBe(1); // 1,05 sen → 1
    expect(requiredProvision(12_345_678, cls(500))).toBe(617_284); // 617.283,9 → 617.284
    expect(requiredProvision(Number.MAX_SAFE_INTEGER, cls(5000))).toBe(4_503_599_627_370_496);
  });

  it('sums count, saldo and per-loan provisions per class (hand-worked)', () => {
    const pos = (saldo: number, n: number) => ({
      saldoPokok: saldo,
      daysPastDue: 0,
      instalmentsInArrears: n,
    });
    const summary = summarizeByClass(
      [pos(5 * JT, 0), pos(3 * JT, 3), pos(2 * JT, 4), pos(1, 5), pos(4 * JT, 9), pos(0, 12)],
      byCount,
    );
    expect(summary.rows.map((r) => [r.name, r.count, r.saldo, r.provision])).toEqual([
      ['Lancar', 2, 8 * JT, 0],
      ['Diragukan', 2, 2 * JT + 1, JT + 1], // 50% of 2.000.000 + 50% of 1 sen (0,5 → 1)
      ['Macet', 1, 4 * JT, 4 * JT],
    ]);
    expect(summary.total).toEqual({
      count: 5,
      saldo: 14 * JT + 1,
      provision: 5 * JT + 1,
      nplSaldo: 6 * JT + 1,
    });
  });
});
