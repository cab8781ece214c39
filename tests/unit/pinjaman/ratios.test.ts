import { describe, expect, it } from 'vitest';
import { CLASS_PRESETS } from '../../../shared/pinjaman/kolektibilitas';
import type { PortfolioReport, PortfolioRow } from '../../../shared/pinjaman/loans';
import {
  basisPoints,
  portfolioRatios,
  RISK_BANDS,
  RR_BANDS,
  ratioText,
  verdictOf,
} from '../../../shared/pinjaman/ratios';

const JUTA = 1_000_000_00;
const threeClasses = CLASS_PRESETS[1];
if (!threeClasses) throw new Error('preset');

function row(
  loanId: number,
  kelompokId: number,
  saldo: number,
  target: number,
  paid: number,
  arrears: number,
  classCode: string,
): PortfolioRow {
  return {
    loanId,
    number: `P-${loanId}`,
    kelompokId,
    kelompokName: `Kelompok ${kelompokId}`,
    desaId: 1,
    desaName: 'Sukamaju',
    amount: saldo + paid,
    saldo,
    targetPokok: target,
    paidPokok: paid,
    tunggakanPokok: Math.max(0, target - paid),
    tunggakanJasa: 0,
    instalmentsInArrears: arrears,
    daysPastDue: arrears * 30,
    classCode,
    provision: 0,
    frequency: 'bulanan',
    regularPokok: JUTA,
    dueInstalments: 0,
    elapsedPeriods: 0,
    classValue: arrears,
  };
}

/**
 * Hand-worked (amounts in juta): saldo 6 + 8 + 2 + 4 = 20.
 * A (kel. 1) on time; B (kel. 2) 3 instalments behind, still Lancar (≤ 3); C (kel. 2) prepaid 3,5 of a
 * target 3; D (kel. 3) 5 behind, Diragukan (NPL).
 * RR = (4 + 2 + min(3,5; 3) + 1) ÷ (4 + 5 + 3 + 6) = 10 ÷ 18 = 55,56%
 * PAR = (8 + 4) ÷ 20 = 60%; LAR = 2 of 3 kelompok = 66,67%; NPL = 4 ÷ 20 = 20%.
 */
const report: PortfolioReport = {
  date: '2026-06-30',
  table: { ...threeClasses, id: 2, createdAt: '2026-01-01T00:00:00Z' },
  rows: [
    row(1, 1, 6 * JUTA, 4 * JUTA, 4 * JUTA, 0, 'L'),
    row(2, 2, 8 * JUTA, 5 * JUTA, 2 * JUTA, 3, 'L'),
    row(3, 2, 2 * JUTA, 3 * JUTA, 3.5 * JUTA, 0, 'L'),
    row(4, 3, 4 * JUTA, 6 * JUTA, 1 * JUTA, 5, 'D'),
  ],
  byClass: [],
  totals: { count: 4, amount: 0, saldo: 20 * JUTA, tunggakanPokok: 0, tunggakanJasa: 0, provision: 0 },
  receivableInBooks: 20 * JUTA,
  provisionBooked: 0,
  office: { count: 4, saldo: 20 * JUTA, provision: 0 },
  warnings: [],
};

describe('portfolioRatios on a hand-worked portfolio', () => {
  const r = portfolioRatios(report);

  it('caps each loan’s realised pokok at its own target for the repayment rate', () => {
    expect([r.rr.numerator, r.rr.denominator]).toEqual([10 * JUTA, 18 * JUTA]);
    expect(r.rr.valueBp).toBe(5556);
    expect(r.rr.verdict).toBe('kurang');
    expect(ratioText(r.rr.valueBp)).toBe('55,56%');
    expect(r.rr.formula).toMatch(/dibatasi setinggi targetnya/);
  });

  it('counts saldo with ≥ 3 instalments in arrears as PAR, whatever the class', () => {
    expect([r.par.numerator, r.par.denominator, r.par.valueBp]).toEqual([12 * JUTA, 20 * JUTA, 6000]);
    expect(r.par.verdict).toBe('kurang');
  });

  it('counts kelompok, not loans, for LAR', () => {
    expect([r.lar.numerator, r.lar.denominator, r.lar.valueBp]).toEqual([2, 3, 6667]);
    expect(r.lar.unit).toBe('kelompok');
  });

  it('takes NPL from the classes the table flags, with no verdict (no threshold)', () => {
    expect([r.npl.numerator, r.npl.valueBp, r.npl.verdict]).toEqual([4 * JUTA, 2000, null]);
    expect(r.npl.formula).toContain('Diragukan, Macet');
    expect(r.npl.bands).toEqual([]);
  });

  it('gives bands as data and no value on an empty portfolio', () => {
    expect(r.par.bands.map((b) => [b.verdict, b.label])).toEqual([
      ['memuaskan', '< 10%'],
      ['cukup', '10%–20%'],
      ['kurang', '> 20%'],
    ]);
    const empty = portfolioRatios({ ...report, rows: [] });
    for (const x of [empty.rr, empty.par, empty.lar, empty.npl]) {
      expect([x.valueBp, x.verdict], x.code).toEqual([null, null]);
    }
    expect(ratioText(null)).toBe('–');
  });
});

describe('band edges', () => {
  it('puts 10% and 20% in cukup and anything above 20% in kurang (PAR/LAR)', () => {
    expect(verdictOf(9_999, 100_000, RISK_BANDS)).toBe('memuaskan');
    expect(verdictOf(1, 10, RISK_BANDS)).toBe('cukup');
    expect(verdictOf(2, 10, RISK_BANDS)).toBe('cukup');
    expect(verdictOf(20_001, 100_000, RISK_BANDS)).toBe('kurang');
  });
  it('puts 90% in memuaskan, 80% in cukup, below 80% in kurang (RR), on the exact fraction', () => {
    expect(verdictOf(9, 10, RR_BANDS)).toBe('memuaskan');
    // 89,996% rounds to 9000 bp but is below 90%.
    expect(basisPoints(89_996, 100_000)).toBe(9000);
    expect(verdictOf(89_996, 100_000, RR_BANDS)).toBe('cukup');
    expect(verdictOf(8, 10, RR_BANDS)).toBe('cukup');
    expect(verdictOf(79_999, 100_000, RR_BANDS)).toBe('kurang');
  });
});
