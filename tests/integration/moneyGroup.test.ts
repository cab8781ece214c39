import { afterEach, beforeEach, expect, it } from 'vitest';
import { expectOk, openTestApp, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await openTestApp();
});
afterEach(async () => {
  await t.cleanup();
});

const id = (code: string) =>
  t.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(code) as number;
const parentOf = (code: string) =>
  t.sqlite
    .prepare('SELECT p.code FROM accounts a JOIN accounts p ON p.id = a.parent_id WHERE a.code = ?')
    .pluck()
    .get(code);

const bank = (code: string, name: string) => ({
  kind: 'bank' as const,
  code,
  name,
  bank: { bankName: name, accountNumber: '0123 456', holder: 'UPK Uji', bankType: 'tabungan' as const },
});

it('a new bank goes under the money group, never under an account that already holds lines', async () => {
  // In this office's own chart 1.1.01.02 is where its one bank was booked (a posting account).
  expectOk(
    await t.call('journal.post', {
      date: '2025-01-10',
      time: '10:05',
      bukti: 'SETOR-1',
      description: 'Setoran ke bank',
      lines: [
        { accountId: id('1.1.01.02'), debit: 50_000, credit: 0 },
        { accountId: id('1.1.01.01'), debit: 0, credit: 50_000 },
      ],
    }),
  );
  expectOk(await t.call('accounts.createMoney', bank('1.1.01.05', 'Bank BJB')));
  expect(parentOf('1.1.01.05')).toBe('1.1.01');
  const children = t.sqlite
    .prepare('SELECT count(*) FROM accounts WHERE parent_id = ?')
    .pluck()
    .get(id('1.1.01.02'));
  expect(children).toBe(0);
});

it('in the default chart a new bank goes under 1.1.01.02', async () => {
  expectOk(await t.call('accounts.createMoney', bank('1.1.01.02.01', 'Bank BRI')));
  expect(parentOf('1.1.01.02.01')).toBe('1.1.01.02');
});
