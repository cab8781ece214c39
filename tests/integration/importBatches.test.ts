import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportMapping } from '../../shared/ledger/importTypes';
import { expectErr, expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp();
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const id = (code: string) =>
  t.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(code) as number;
const balance = async (code: string, date = '2025-01-31') =>
  expectOk(await t.call('books.balanceAt', { accountId: id(code), date, time: '23:59' })).balance;

const HEADER = 'Tanggal;No Bukti;Uraian;Kode Akun;Debet;Kredit';
/** An Excel journal: one row per posting line; BKK-001 is a voucher of five lines. */
const JOURNAL = [
  HEADER,
  '02/01/2025;BKM-001;Angsuran SPP kelompok Melati;1.1.01.01;1.100.000;',
  '02/01/2025;BKM-001;Angsuran SPP kelompok Melati;1.1.03.01;;1.000.000',
  '02/01/2025;BKM-001;Angsuran SPP kelompok Melati;4.1.01;;100.000',
  '06/01/2025;BKK-001;Biaya operasional Januari;5.1.01;750.000;',
  '06/01/2025;BKK-001;Biaya operasional Januari;5.1.02;125.000;',
  '06/01/2025;BKK-001;Biaya operasional Januari;5.1.03;60.000;',
  '06/01/2025;BKK-001;Biaya operasional Januari;5.1.04;15.000;',
  '06/01/2025;BKK-001;Biaya operasional Januari;1.1.01.01;;950.000',
  '08/01/2025;BKM-002;Jasa SPP kelompok Mawar;1.1.01.01;200.000;',
  '08/01/2025;BKM-002;Jasa SPP kelompok Mawar;4.1.01;;200.000',
].join('\n');

const GROUPED: ImportMapping = {
  grouping: 'bukti',
  sheet: null,
  headerRow: 1,
  columns: { date: 0, bukti: 1, description: 2, account: 3, amountMode: 'debit_kredit', debit: 4, credit: 5 },
  defaultAccountCode: null,
  counterAccountCode: '',
};

const file = (csv: string, fileName = 'jurnal-2025.csv') => ({ fileName, base64: b64(csv) });
const preview = async (csv: string, mapping: ImportMapping | null = GROUPED) =>
  expectOk(await t.call('journal.importPreview', { ...file(csv), mapping }));
const commit = (csv: string, extra: { confirmed?: boolean; includeDuplicates?: boolean } = {}) =>
  t.call('journal.importCommit', { ...file(csv), mapping: GROUPED, ...extra });

describe('vouchers of many lines', () => {
  it('rows sharing No Bukti and date form one entry with the office’s own accounts on every line', async () => {
    const guessed = await preview(JOURNAL, null);
    expect(guessed.mapping?.grouping).toBe('bukti');
    expect(guessed.mapping?.columns.account).toBe(3);

    const p = await preview(JOURNAL);
    expect([p.totalRows, p.validRows, p.entryCount, p.errorCount, p.warningCount]).toEqual([10, 10, 3, 0, 0]);
    expect(p.sampleEntries[1]?.lines.map((l) => [l.code, l.debit, l.credit])).toEqual([
      ['5.1.01', 75_000_000, 0],
      ['5.1.02', 12_500_000, 0],
      ['5.1.03', 6_000_000, 0],
      ['5.1.04', 1_500_000, 0],
      ['1.1.01.01', 0, 95_000_000],
    ]);
    expect(p.accountTotals.map((a) => [a.code, a.debit, a.credit])).toEqual([
      ['1.1.01.01', 130_000_000, 95_000_000],
      ['1.1.03.01', 0, 100_000_000],
      ['4.1.01', 0, 30_000_000],
      ['5.1.01', 75_000_000, 0],
      ['5.1.02', 12_500_000, 0],
      ['5.1.03', 6_000_000, 0],
      ['5.1.04', 1_500_000, 0],
    ]);

    const result = expectOk(await commit(JOURNAL));
    expect([result.entries, result.totalDebit, result.totalCredit]).toEqual([3, 225_000_000, 225_000_000]);
    expect(await balance('1.1.01.01')).toBe(35_000_000);
    expect(await balance('1.1.03.01')).toBe(-100_000_000);
    expect(await balance('4.1.01')).toBe(30_000_000);
    expect(await balance('5.1.01')).toBe(75_000_000);
    const lines = t.sqlite
      .prepare(
        `SELECT e.bukti, count(*) AS n FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
         GROUP BY e.id ORDER BY e.entry_date`,
      )
      .all();
    expect(lines).toEqual([
      { bukti: 'BKM-001', n: 3 },
      { bukti: 'BKK-001', n: 5 },
      { bukti: 'BKM-002', n: 2 },
    ]);
  });

  it('the preview names every problem of every row at once, the same the commit refuses', async () => {
    expectOk(
      await t.call('books.lock', { date: '2025-01-03', time: '23:59', reason: 'Tutup buku awal Januari' }),
    );
    const csv = [
      HEADER,
      '02/01/2025;BKM-001;Angsuran;1.1.01.01;1.100.000;',
      '02/01/2025;BKM-001;Angsuran;1.1.03.01;;1.000.000',
      '06/01/2025;BKK-001;Operasional;5.1.01;750.000;',
      '06/01/2025;BKK-001;Operasional;9.9.99;200.000;',
      '06/01/2025;BKK-001;Operasional;1.1.01.01;;950.000',
      '07/01/2025;BKK-002;Transport;1.1;60.000;',
      '07/01/2025;BKK-002;Transport;1.1.01.01;;60.000',
      '08/01/2025;BKM-002;Jasa;1.1.01.01;abc;',
      '08/01/2025;BKM-002;Jasa;4.1.01;;200.000',
    ].join('\n');
    const p = await preview(csv);
    expect(p.errors.map((e) => [e.rowNumber, e.column])).toEqual([
      [2, 'Nomor bukti'],
      [5, 'Kode akun'],
      [7, 'Kode akun'],
      [9, 'Debit'],
    ]);
    expect(p.errors[0]?.message).toBe(
      'Bukti BKM-001 (2 Januari 2025) tidak seimbang: debit Rp1.100.000, kredit Rp1.000.000, selisih Rp100.000 (baris 2, 3)',
    );
    expect(p.errors[1]?.message).toMatch(/9\.9\.99 tidak ada di bagan akun/);
    expect(p.errors[2]?.message).toMatch(/akun induk/);
    expect(p.validRows).toBe(0);
    expect(p.problemRows.map((r) => r.rowNumber)).toEqual([2, 5, 7, 9]);
    const e = await refusedUnchanged(t, () => commit(csv), 'VALIDATION');
    expect(e.message).toMatch(/^4 masalah pada file; tidak ada yang diimpor\. Baris 2/);

    // A clean voucher inside the locked period is refused with the lock named.
    const locked = await preview(
      [HEADER, '02/01/2025;BKM-009;Angsuran;1.1.01.01;100;', '02/01/2025;BKM-009;Angsuran;4.1.01;;100'].join(
        '\n',
      ),
    );
    expect(locked.errors[0]?.message).toMatch(/dikunci \(Tutup buku awal Januari\)/);
  });

  it('dates after today need confirmation unless within the tolerance', async () => {
    const csv = [
      HEADER,
      '20/01/2025;BKM-010;Jasa;1.1.01.01;500;',
      '20/01/2025;BKM-010;Jasa;4.1.01;;500',
    ].join('\n');
    const p = await preview(csv);
    expect(p.warnings.map((w) => w.message)).toEqual([
      'Tanggal 20 Januari 2025 sesudah hari ini (15 Januari 2025)',
    ]);
    expect((await preview(csv, { ...GROUPED, futureToleranceDays: 5 })).warningCount).toBe(0);
    const e = await refusedUnchanged(t, () => commit(csv), 'NEEDS_CONFIRMATION');
    expect(e.message).toMatch(/sesudah hari ini.*Tetap impor\?/);
    expect(expectOk(await commit(csv, { confirmed: true })).entries).toBe(1);
  });
});

describe('duplicate imports and undo', () => {
  it('the same file twice asks for confirmation naming the earlier batch; identical entries are skipped', async () => {
    const first = expectOk(await commit(JOURNAL));
    const again = await preview(JOURNAL);
    expect(again.earlierBatch).toMatchObject({ id: first.batch, fileName: 'jurnal-2025.csv', entries: 3 });
    expect([again.duplicateEntries, again.validRows]).toEqual([3, 0]);
    expect(again.duplicates.map((d) => d.rowNumber)).toEqual([2, 5, 10]);

    const e = await refusedUnchanged(t, () => commit(JOURNAL), 'NEEDS_CONFIRMATION');
    expect(e.message).toMatch(/sudah pernah diimpor .* \(jurnal-2025\.csv, 3 jurnal\)/);
    const all = await refusedUnchanged(t, () => commit(JOURNAL, { confirmed: true }), 'VALIDATION');
    expect(all.message).toMatch(/sudah ada di buku/);

    // A later export overlapping the first: only the new voucher goes in.
    const overlap = [
      HEADER,
      '08/01/2025;BKM-002;Jasa SPP kelompok Mawar;1.1.01.01;200.000;',
      '08/01/2025;BKM-002;Jasa SPP kelompok Mawar;4.1.01;;200.000',
      '09/01/2025;BKM-003;Jasa SPP kelompok Anggrek;1.1.01.01;50.000;',
      '09/01/2025;BKM-003;Jasa SPP kelompok Anggrek;4.1.01;;50.000',
    ].join('\n');
    const added = expectOk(await commit(overlap));
    expect([added.entries, added.skippedDuplicates]).toEqual([1, 1]);
    expect(await balance('1.1.01.01')).toBe(35_000_000 + 5_000_000);

    // Insisting imports the identical entries too (the balances double).
    const doubled = expectOk(await commit(JOURNAL, { confirmed: true, includeDuplicates: true }));
    expect(doubled.entries).toBe(3);
    expect(await balance('1.1.01.01')).toBe(2 * 35_000_000 + 5_000_000);
  });

  it('Batalkan impor voids the whole batch with its reason, in the trail; the file can then come in again', async () => {
    const first = expectOk(await commit(JOURNAL));
    const list = expectOk(await t.call('importBatch.list', {}));
    expect(list.map((b) => [b.fileName, b.entries, b.lines, b.totalDebit, b.undone])).toEqual([
      ['jurnal-2025.csv', 3, 10, 225_000_000, null],
    ]);
    const detail = expectOk(await t.call('importBatch.get', { id: first.batch }));
    expect(detail.accountTotals.find((a) => a.code === '1.1.01.01')).toMatchObject({
      debit: 130_000_000,
      credit: 95_000_000,
    });
    expect([detail.firstDate, detail.lastDate]).toEqual(['2025-01-02', '2025-01-08']);

    expect(expectOk(await t.call('importBatch.undo', { id: first.batch, reason: 'Salah file' })).voided).toBe(
      3,
    );
    expect(await balance('1.1.01.01')).toBe(0);
    expect(await balance('5.1.01')).toBe(0);
    const entries = t.sqlite.prepare('SELECT voided, void_reason FROM journal_entries').all();
    expect(entries).toEqual(Array(3).fill({ voided: 1, void_reason: 'Batalkan impor: Salah file' }));
    const undone = expectOk(await t.call('importBatch.list', {}))[0]?.undone;
    expect(undone?.reason).toBe('Salah file');
    const trail = t.sqlite
      .prepare("SELECT count(*) FROM audit_log WHERE table_name = 'import_batches' AND action = 'update'")
      .pluck()
      .get();
    expect(trail).toBe(1);
    expectErr(await t.call('importBatch.undo', { id: first.batch, reason: 'Lagi' }), 'CONFLICT');

    const again = await preview(JOURNAL);
    expect([again.earlierBatch, again.duplicateEntries]).toEqual([null, 0]);
    expect(expectOk(await commit(JOURNAL)).entries).toBe(3);
  });

  it('an undo across a lock is refused with the lock named and changes nothing', async () => {
    const first = expectOk(await commit(JOURNAL));
    expectOk(await t.call('books.lock', { date: '2025-01-05', time: '23:59', reason: 'BA pemeriksaan kas' }));
    const e = await refusedUnchanged(
      t,
      () => t.call('importBatch.undo', { id: first.batch, reason: 'Salah file' }),
      'CONFLICT',
    );
    expect(e.message).toMatch(
      /1 jurnalnya \(mis\. BKM-001 tanggal 2 Januari 2025\).*dikunci \(BA pemeriksaan kas\)/,
    );
  });
});

describe('future dates in the books', () => {
  it('books.futureEntries counts live entries after today outside the period shown', async () => {
    const csv = [
      HEADER,
      '20/01/2025;BKM-020;Jasa;1.1.01.01;500;',
      '20/01/2025;BKM-020;Jasa;4.1.01;;500',
      '25/01/2025;BKM-021;Jasa;4.1.01;;700',
      '25/01/2025;BKM-021;Jasa;1.2.01;700;',
    ].join('\n');
    expectOk(await commit(csv, { confirmed: true }));
    // Today is 15 January 2025 in the tests.
    expect(expectOk(await t.call('books.futureEntries', { accountId: null, after: '2025-01-10' }))).toEqual({
      count: 2,
      firstDate: '2025-01-20',
    });
    expect(
      expectOk(await t.call('books.futureEntries', { accountId: id('1.1.01.01'), after: '2025-01-15' })),
    ).toEqual({ count: 1, firstDate: '2025-01-20' });
    // A period reaching past them shows them, so there is nothing to mention.
    expect(
      expectOk(await t.call('books.futureEntries', { accountId: null, after: '2025-01-31' })).count,
    ).toBe(0);
  });

  it('the default chart has the suspense account the import suggests', () => {
    const row = t.sqlite.prepare("SELECT name, type, normal_side FROM accounts WHERE code = '2.1.09'").get();
    expect(row).toEqual({ name: 'Akun Penampung Impor (Suspense)', type: 'kewajiban', normal_side: 'K' });
  });
});
