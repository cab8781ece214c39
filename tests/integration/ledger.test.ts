import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { BookCursor, BookPage, BookRow } from '../../shared/ledger/books';
import { expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp();
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

const id = (code: string) =>
  t.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(code) as number;

async function bank(code = '1.1.01.02.01') {
  return expectOk(
    await t.call('accounts.createMoney', {
      kind: 'bank',
      code,
      name: 'Bank BRI Operasional',
      bank: { bankName: 'BRI', accountNumber: '0123-01-000456-30-1', holder: 'UPK Uji', bankType: 'giro' },
    }),
  );
}

function quick(
  input: Partial<InputOf<'journal.quick'>> &
    Pick<InputOf<'journal.quick'>, 'kind' | 'moneyAccountId' | 'otherAccountId' | 'amount'>,
) {
  return t.call('journal.quick', {
    date: '2025-03-10',
    time: '10:00',
    bukti: `B-${Math.random().toString(36).slice(2, 8)}`,
    description: 'Transaksi uji',
    ...input,
  });
}

async function balance(
  accountId: number,
  date: string,
  time: string,
  moment: 'sebelum' | 'sesudah' = 'sesudah',
) {
  return expectOk(await t.call('books.balanceAt', { accountId, date, time, moment })).balance;
}

async function wholeBook(
  accountId: number | null,
  from = '2000-01-01',
  to = '2099-12-31',
): Promise<BookRow[]> {
  const rows: BookRow[] = [];
  let after: BookCursor | null = null;
  for (;;) {
    const page: BookPage = expectOk(
      await t.call('books.page', {
        query: { accountId, bku: accountId === null, from, to },
        after,
        limit: 37,
      }),
    );
    rows.push(...page.rows);
    if (!page.next) return rows;
    after = page.next;
  }
}

describe('journal and books', () => {
  it('a penerimaan kas and a setor ke bank change both books; saldo is exact to the sen', async () => {
    const kas = id('1.1.01.01');
    const bri = (await bank()).id;
    expectOk(
      await quick({
        kind: 'penerimaan_kas',
        moneyAccountId: kas,
        otherAccountId: id('4.1.01'),
        amount: '1.234.567,50',
      }),
    );
    expectOk(
      await quick({
        kind: 'setor_bank',
        moneyAccountId: kas,
        otherAccountId: bri,
        amount: 'Rp 1.000.000',
        time: '11:00',
      }),
    );
    expect(await balance(kas, '2025-03-10', '23:59')).toBe(23_456_750);
    expect(await balance(bri, '2025-03-10', '23:59')).toBe(100_000_000);
    const kasBook = await wholeBook(kas);
    expect(kasBook.map((r) => [r.debit, r.credit, r.balance])).toEqual([
      [123_456_750, 0, 123_456_750],
      [0, 100_000_000, 23_456_750],
    ]);
    const bku = await wholeBook(null);
    expect(bku.at(-1)?.balance).toBe(123_456_750);
  });

  it('entries sharing a timestamp are all before or all after that instant', async () => {
    const kas = id('1.1.01.01');
    for (const amount of [100, 200, 300]) {
      expectOk(
        await quick({
          kind: 'penerimaan_kas',
          moneyAccountId: kas,
          otherAccountId: id('4.2.02'),
          amount: amount * 100,
          time: '10:00',
        }),
      );
    }
    expect(await balance(kas, '2025-03-10', '10:00', 'sebelum')).toBe(0);
    expect(await balance(kas, '2025-03-10', '10:00', 'sesudah')).toBe(60_000);
    expect(await balance(kas, '2025-03-10', '09:59')).toBe(0);
    const rows = await wholeBook(kas);
    // Same timestamp: recording order.
    expect(rows.map((r) => r.balance)).toEqual([10_000, 30_000, 60_000]);
  });

  it('a voided entry stays in the book, struck through, and leaves the balance', async () => {
    const kas = id('1.1.01.01');
    const a = expectOk(
      await quick({
        kind: 'penerimaan_kas',
        moneyAccountId: kas,
        otherAccountId: id('4.2.02'),
        amount: 50_000,
      }),
    );
    expectOk(
      await quick({
        kind: 'pengeluaran_kas',
        moneyAccountId: kas,
        otherAccountId: id('5.1.02'),
        amount: 20_000,
        date: '2025-03-11',
      }),
    );
    const voided = expectOk(await t.call('journal.void', { id: a.entry.id, reason: 'Salah catat' }));
    expect(voided.voided).toBe(true);
    expect(voided.voidReason).toBe('Salah catat');
    const rows = await wholeBook(kas);
    expect(rows.map((r) => [r.voided, r.balance])).toEqual([
      [true, 0],
      [false, -20_000],
    ]);
    expect(await balance(kas, '2025-12-31', '23:59')).toBe(-20_000);
    await refusedUnchanged(t, () => t.call('journal.void', { id: a.entry.id, reason: 'lagi' }), 'CONFLICT');
  });

  it('an edit moving an entry to an earlier date keeps every later balance right, and keeps the old version', async () => {
    const kas = id('1.1.01.01');
    const other = id('4.2.02');
    const first = expectOk(
      await quick({
        kind: 'penerimaan_kas',
        moneyAccountId: kas,
        otherAccountId: other,
        amount: 70_000,
        date: '2025-05-01',
      }),
    );
    expectOk(
      await quick({
        kind: 'penerimaan_kas',
        moneyAccountId: kas,
        otherAccountId: other,
        amount: 30_000,
        date: '2025-04-01',
      }),
    );
    expect(await balance(kas, '2025-04-15', '12:00')).toBe(30_000);
    expectOk(
      await t.call('journal.update', {
        id: first.entry.id,
        date: '2025-02-01',
        time: '09:00',
        bukti: first.entry.bukti,
        description: 'Dipindah ke Februari',
        lines: [
          { accountId: kas, debit: 80_000, credit: 0 },
          { accountId: other, debit: 0, credit: 80_000 },
        ],
        reason: 'Tanggal bukti keliru',
      }),
    );
    expect(await balance(kas, '2025-02-01', '09:00', 'sebelum')).toBe(0);
    expect(await balance(kas, '2025-04-15', '12:00')).toBe(110_000);
    expect(await balance(kas, '2025-05-02', '12:00')).toBe(110_000);
    const revisions = t.sqlite.prepare('SELECT reason, snapshot FROM journal_revisions').all() as {
      reason: string;
      snapshot: string;
    }[];
    expect(revisions).toHaveLength(1);
    expect(revisions[0]?.reason).toBe('Tanggal bukti keliru');
    expect(JSON.parse(revisions[0]?.snapshot ?? '{}').date).toBe('2025-05-01');
  });

  it('refuses bad entries with Indonesian messages and writes nothing', async () => {
    const kas = id('1.1.01.01');
    const other = id('4.2.02');
    const entry = (lines: InputOf<'journal.post'>['lines']) =>
      t.call('journal.post', { date: '2025-03-10', time: '10:00', bukti: 'JU-1', description: 'Uji', lines });
    let e = await refusedUnchanged(
      t,
      () =>
        entry([
          { accountId: kas, debit: 100, credit: 0 },
          { accountId: other, debit: 0, credit: 99 },
        ]),
      'VALIDATION',
    );
    expect(e.message).toMatch(/tidak seimbang/);
    e = await refusedUnchanged(
      t,
      () =>
        entry([
          { accountId: kas, debit: -100, credit: 0 },
          { accountId: other, debit: 0, credit: -100 },
        ]),
      'VALIDATION',
    );
    expect(e.message).toMatch(/negatif/);
    e = await refusedUnchanged(
      t,
      () =>
        entry([
          { accountId: kas, debit: 'seratus', credit: 0 },
          { accountId: other, debit: 0, credit: 100 },
        ]),
      'VALIDATION',
    );
    expect(Object.values(e.fields ?? {}).join(' ')).toMatch(/Debit/);
    await refusedUnchanged(
      t,
      () =>
        entry([
          { accountId: kas, debit: 0, credit: 0 },
          { accountId: other, debit: 0, credit: 0 },
        ]),
      'VALIDATION',
    );
    e = await refusedUnchanged(
      t,
      () =>
        entry([
          { accountId: id('1.1.01'), debit: 100, credit: 0 },
          { accountId: other, debit: 0, credit: 100 },
        ]),
      'VALIDATION',
    );
    expect(e.message).toMatch(/akun induk/);
    expectOk(await t.call('accounts.setActive', { id: other, active: false }));
    e = await refusedUnchanged(
      t,
      () =>
        entry([
          { accountId: kas, debit: 100, credit: 0 },
          { accountId: other, debit: 0, credit: 100 },
        ]),
      'VALIDATION',
    );
    expect(e.message).toMatch(/nonaktif/);
    e = await refusedUnchanged(
      t,
      () => quick({ kind: 'setor_bank', moneyAccountId: kas, otherAccountId: id('5.1.02'), amount: 100 }),
      'VALIDATION',
    );
    expect(e.fields?.otherAccountId).toMatch(/bank/);
    await refusedUnchanged(
      t,
      () => quick({ kind: 'penerimaan_kas', moneyAccountId: kas, otherAccountId: id('4.1.01'), amount: 0 }),
      'VALIDATION',
    );
  });

  it('a bukti number used before needs confirmation', async () => {
    const kas = id('1.1.01.01');
    expectOk(
      await quick({
        kind: 'penerimaan_kas',
        moneyAccountId: kas,
        otherAccountId: id('4.2.02'),
        amount: 100,
        bukti: 'BKM-001',
      }),
    );
    const e = await refusedUnchanged(
      t,
      () =>
        quick({
          kind: 'penerimaan_kas',
          moneyAccountId: kas,
          otherAccountId: id('4.2.02'),
          amount: 100,
          bukti: 'bkm-001',
        }),
      'NEEDS_CONFIRMATION',
    );
    expect(e.message).toMatch(/sudah dipakai/);
    expectOk(
      await quick({
        kind: 'penerimaan_kas',
        moneyAccountId: kas,
        otherAccountId: id('4.2.02'),
        amount: 100,
        bukti: 'bkm-001',
        allowDuplicateBukti: true,
      }),
    );
  });

  it('a locked period takes only reversing entries dated after the lock', async () => {
    const kas = id('1.1.01.01');
    const posted = expectOk(
      await quick({
        kind: 'penerimaan_kas',
        moneyAccountId: kas,
        otherAccountId: id('4.2.02'),
        amount: 5_000,
      }),
    );
    expectOk(
      await t.call('books.lock', { date: '2025-03-31', time: '23:59', reason: 'Pemeriksaan kas Maret' }),
    );
    await refusedUnchanged(t, () => t.call('journal.void', { id: posted.entry.id, reason: 'x' }), 'CONFLICT');
    await refusedUnchanged(
      t,
      () => quick({ kind: 'penerimaan_kas', moneyAccountId: kas, otherAccountId: id('4.2.02'), amount: 1 }),
      'CONFLICT',
    );
    await refusedUnchanged(
      t,
      () =>
        t.call('journal.reverse', {
          id: posted.entry.id,
          date: '2025-03-31',
          time: '12:00',
          bukti: 'KR-1',
          reason: 'Salah akun',
        }),
      'CONFLICT',
    );
    const reversal = expectOk(
      await t.call('journal.reverse', {
        id: posted.entry.id,
        date: '2025-04-01',
        time: '08:00',
        bukti: 'KR-1',
        reason: 'Salah akun',
      }),
    );
    expect(reversal.entry.kind).toBe('pembalik');
    expect(expectOk(await t.call('journal.get', { id: posted.entry.id })).reversedByEntryId).toBe(
      reversal.entry.id,
    );
    expect(await balance(kas, '2025-04-01', '08:00')).toBe(0);
    expect(await balance(kas, '2025-03-31', '23:59')).toBe(5_000);
  });

  it('opening balances post one balanced entry against the opening-equity account', async () => {
    const kas = id('1.1.01.01');
    const bri = (await bank()).id;
    const result = expectOk(
      await t.call('journal.openingBalances', {
        date: '2024-12-31',
        equityAccountId: id('3.1.09'),
        items: [
          { accountId: kas, amount: '12.500.000' },
          { accountId: bri, amount: '185.000.000,-' },
          { accountId: id('2.1.01'), amount: '2.500.000' },
        ],
      }),
    );
    expect(result.entry.lines.find((l) => l.accountCode === '3.1.09')?.credit).toBe(195_000_000_00);
    expect(await balance(bri, '2025-01-01', '00:00')).toBe(185_000_000_00);
    expect(await balance(id('2.1.01'), '2025-01-01', '00:00')).toBe(2_500_000_00);
    await refusedUnchanged(
      t,
      () =>
        t.call('journal.openingBalances', {
          date: '2024-12-31',
          equityAccountId: id('3.1.09'),
          items: [{ accountId: kas, amount: 1 }],
        }),
      'CONFLICT',
    );
  });
});

describe('demo ledger', () => {
  it('every entry balances; every running saldo equals the sum of lines up to it; checkpoints agree', async () => {
    await t.cleanup();
    t = await openTestApp({ demo: true });
    const unbalanced = t.sqlite
      .prepare('SELECT entry_id FROM journal_lines GROUP BY entry_id HAVING SUM(debit) != SUM(credit)')
      .all();
    expect(unbalanced).toEqual([]);
    const entries = t.sqlite.prepare('SELECT count(*) FROM journal_entries').pluck().get() as number;
    expect(entries).toBeGreaterThan(300);
    for (const code of ['1.1.01.01', '1.1.01.02.01', '1.1.01.02.02']) {
      const rows = await wholeBook(id(code));
      let sum = 0;
      for (const r of rows) {
        if (!r.voided) sum += r.debit - r.credit;
        expect(r.balance).toBe(sum);
      }
      expect(sum).toBeGreaterThan(0);
      // A period in the middle opens with the saldo of everything before it.
      const page = expectOk(
        await t.call('books.page', {
          query: { accountId: id(code), from: '2024-06-01', to: '2024-06-30' },
          limit: 5,
        }),
      );
      const before = rows.filter((r) => r.date < '2024-06-01').at(-1)?.balance ?? 0;
      expect(page.openingBalance).toBe(before);
      expect(page.rows[0]?.balance).toBe(before + (page.rows[0]?.debit ?? 0) - (page.rows[0]?.credit ?? 0));
      const june = rows.filter((r) => r.date >= '2024-06-01' && r.date <= '2024-06-30');
      expect(page.totalDebit).toBe(june.reduce((s, r) => s + r.debit, 0));
      expect(page.closingBalance).toBe(june.at(-1)?.balance);
      expect(page.rowCount).toBe(june.length);
    }
    const kas = id('1.1.01.01');
    const brute = t.sqlite.prepare(
      `SELECT COALESCE(SUM(debit - credit), 0) FROM journal_lines
       WHERE account_id = ? AND voided = 0 AND (entry_date < ? OR (entry_date = ? AND entry_time <= ?))`,
    );
    for (const [date, time] of [
      ['2024-02-29', '12:00'],
      ['2024-07-25', '09:30'],
      ['2024-12-31', '23:00'],
      ['2023-01-01', '00:00'],
    ]) {
      expect(await balance(kas, date as string, time as string)).toBe(
        brute.pluck().get(kas, date, date, time),
      );
    }
  });

  it('search finds rows by text, bukti and amount, each with its true saldo', async () => {
    await t.cleanup();
    t = await openTestApp({ demo: true });
    const kas = id('1.1.01.01');
    const all = await wholeBook(kas);
    const page = expectOk(
      await t.call('books.page', {
        query: { accountId: kas, from: '2000-01-01', to: '2099-12-31', search: 'honor' },
        limit: 500,
      }),
    );
    expect(page.rows.length).toBe(12);
    for (const r of page.rows) expect(r.balance).toBe(all.find((x) => x.lineId === r.lineId)?.balance);
    const byAmount = expectOk(
      await t.call('books.page', {
        query: { accountId: kas, from: '2000-01-01', to: '2099-12-31', search: '4.500.000' },
        limit: 500,
      }),
    );
    expect(byAmount.rows.length).toBeGreaterThanOrEqual(12);
  });
});
