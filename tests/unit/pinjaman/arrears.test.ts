import { describe, expect, it } from 'vitest';
import { loanStatusAt, type Payment } from '../../../shared/pinjaman/arrears';
import { buildSchedule, type ScheduleTerms } from '../../../shared/pinjaman/schedule';

const RP = 100;
const JT = 1_000_000 * RP;
const terms: ScheduleTerms = {
  rateBp: 100,
  jasaBasis: 'flat_per_bulan',
  tenor: 4,
  frequency: 'bulanan',
  rounding: 'rp1000',
};
// 4.000.000 at 1% flat over 4 months from 15 Jan 2025: due 15 Feb, 15 Mar, 15 Apr, 15 May;
// pokok 1.000.000 and jasa 40.000 each.
const schedule = buildSchedule(terms, 4 * JT, '2025-01-15');
const JASA = 40_000 * RP;
const pay = (date: string, pokok: number, jasa = 0, denda = 0): Payment => ({ date, pokok, jasa, denda });
const status = (payments: Payment[], date: string) => loanStatusAt(schedule, payments, date);

describe('loanStatusAt, hand-worked', () => {
  it('has the plan the cases below assume', () => {
    expect(schedule.map((i) => [i.dueDate, i.pokok, i.jasa])).toEqual([
      ['2025-02-15', JT, JASA],
      ['2025-03-15', JT, JASA],
      ['2025-04-15', JT, JASA],
      ['2025-05-15', JT, JASA],
    ]);
  });

  it('nothing due yet', () => {
    expect(status([], '2025-02-14')).toMatchObject({
      saldoPokok: 4 * JT,
      targetPokok: 0,
      targetJasa: 0,
      tunggakanPokok: 0,
      instalmentsInArrears: 0,
      daysPastDue: 0,
      oldestUnpaidDue: null,
      paidOff: false,
    });
  });

  it('on time to the end: paid off, no arrears', () => {
    const payments = schedule.map((i) => pay(i.dueDate, i.pokok, i.jasa));
    expect(status(payments, '2025-05-15')).toMatchObject({
      saldoPokok: 0,
      targetPokok: 4 * JT,
      paidPokok: 4 * JT,
      paidJasa: 4 * JASA,
      tunggakanPokok: 0,
      tunggakanJasa: 0,
      daysPastDue: 0,
      paidOff: true,
    });
  });

  it('one late payment: 5 days past due before it, none after', () => {
    const payments = [pay('2025-02-15', JT, JASA), pay('2025-03-25', JT, JASA)];
    expect(status(payments, '2025-03-20')).toMatchObject({
      tunggakanPokok: JT,
      tunggakanJasa: JASA,
      instalmentsInArrears: 1,
      oldestUnpaidDue: '2025-03-15',
      daysPastDue: 5,
    });
    expect(status(payments, '2025-03-25')).toMatchObject({ tunggakanPokok: 0, daysPastDue: 0 });
  });

  it('partial payment: 0,6 of an instalment counts as one; then 1,6 as two', () => {
    const payments = [
      pay('2025-02-15', JT, JASA),
      pay('2025-03-15', JT, JASA),
      pay('2025-04-15', 400_000 * RP, JASA),
    ];
    expect(status(payments, '2025-04-20')).toMatchObject({
      targetPokok: 3 * JT,
      paidPokok: 2_400_000 * RP,
      saldoPokok: 1_600_000 * RP,
      tunggakanPokok: 600_000 * RP,
      tunggakanJasa: 0,
      instalmentsInArrears: 1,
      oldestUnpaidDue: '2025-04-15',
      daysPastDue: 5,
    });
    expect(status(payments, '2025-05-20')).toMatchObject({
      tunggakanPokok: 1_600_000 * RP,
      tunggakanJasa: JASA,
      instalmentsInArrears: 2,
      oldestUnpaidDue: '2025-04-15',
      daysPastDue: 35,
    });
  });

  it('prepayment runs ahead until the plan catches up with it', () => {
    const payments = [pay('2025-02-10', 3 * JT, 3 * JASA)];
    expect(status(payments, '2025-04-30')).toMatchObject({
      saldoPokok: JT,
      targetPokok: 3 * JT,
      tunggakanPokok: 0,
      daysPastDue: 0,
      paidOff: false,
    });
    expect(status(payments, '2025-06-01')).toMatchObject({
      tunggakanPokok: JT,
      instalmentsInArrears: 1,
      oldestUnpaidDue: '2025-05-15',
      daysPastDue: 17,
    });
  });

  it('paid off early: only from the day of the last payment', () => {
    const payments = [pay('2025-03-01', 4 * JT, 4 * JASA)];
    expect(status(payments, '2025-02-28')).toMatchObject({ paidOff: false, daysPastDue: 13 });
    expect(status(payments, '2025-03-01')).toMatchObject({ paidOff: true, saldoPokok: 0, daysPastDue: 0 });
  });

  it('ignores payment order and payments after the date; amount defaults to Σ pokok', () => {
    const payments = [pay('2025-06-01', JT, JASA), pay('2025-03-15', JT, JASA), pay('2025-02-15', JT, JASA)];
    const s = status(payments, '2025-04-16');
    expect(s).toMatchObject({ paidPokok: 2 * JT, tunggakanPokok: JT, daysPastDue: 1 });
    expect(loanStatusAt(schedule, payments, '2025-04-16', 4 * JT)).toEqual(s);
    expect(loanStatusAt(schedule, payments, '2025-04-16', 5 * JT).saldoPokok).toBe(3 * JT);
  });

  it('counts days across a year end and February', () => {
    const s = buildSchedule({ ...terms, tenor: 2 }, 2 * JT, '2024-11-30');
    expect(s[0]?.dueDate).toBe('2024-12-30');
    expect(loanStatusAt(s, [], '2025-03-01').daysPastDue).toBe(61);
  });

  it('with grace instalments the regular instalment is the first non-zero pokok', () => {
    const s = buildSchedule({ ...terms, tenor: 6, graceInstalments: 2 }, 4 * JT, '2025-01-15');
    // Due by 15 May: two grace instalments (jasa only) and two of 1.000.000 pokok.
    const st = loanStatusAt(s, [], '2025-05-15');
    expect(st).toMatchObject({
      tunggakanPokok: 2 * JT,
      instalmentsInArrears: 2,
      oldestUnpaidDue: '2025-02-15',
    });
  });
});
