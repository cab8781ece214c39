import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/contract';
import type { ImportColumns } from '../../shared/ledger/importTypes';
import { expectErr, expectOk, openTestApp, refusedUnchanged, snapshot, type TestApp } from './helpers';

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp();
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

const code = (c: string) =>
  t.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(c) as number;
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const refused = (run: () => Promise<Envelope<unknown>>) => refusedUnchanged(t, run, 'VALIDATION');

const mapping = (over: Partial<ImportColumns> = {}) => ({
  sheet: null,
  headerRow: 1,
  columns: {
    date: 0,
    bukti: 1,
    description: 2,
    amountMode: 'debit_kredit' as const,
    debit: 3,
    credit: 4,
    ...over,
  },
  defaultAccountCode: '1.1.01.01',
  counterAccountCode: '4.2.02',
});

async function xlsxBase64(rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Buku Kas');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('journal import', () => {
  it('id-ID amounts and dates from a CSV land exactly, all rows in one go, and the mapping is remembered', async () => {
    const csv = [
      'Tgl;No. Bukti;Uraian;Debet;Kredit',
      '02/01/2025;BKM-1;Angsuran SPP Melati;Rp 1.234.567;',
      '',
      '03/01/2025;BKM-2;Angsuran SPP Mawar;1.234.567,50;',
      '04/01/2025;BKK-1;Beli ATK;;1.000.000,-',
    ].join('\r\n');
    const preview = expectOk(
      await t.call('journal.importPreview', { fileName: 'kas.csv', base64: b64(csv), mapping: null }),
    );
    expect(preview.mapping?.columns).toMatchObject({
      date: 0,
      bukti: 1,
      description: 2,
      debit: 3,
      credit: 4,
    });
    expect(preview.totalRows).toBe(3);
    const ready = expectOk(
      await t.call('journal.importPreview', { fileName: 'kas.csv', base64: b64(csv), mapping: mapping() }),
    );
    expect([ready.validRows, ready.errorCount, ready.totalDebit, ready.totalCredit]).toEqual([
      3, 0, 246_913_450, 100_000_000,
    ]);
    const result = expectOk(
      await t.call('journal.importCommit', { fileName: 'kas.csv', base64: b64(csv), mapping: mapping() }),
    );
    // Both sides of every entry: kas and the counter account.
    expect([result.entries, result.totalDebit, result.totalCredit]).toEqual([3, 346_913_450, 346_913_450]);
    const kas = expectOk(
      await t.call('books.balanceAt', { accountId: code('1.1.01.01'), date: '2025-01-31', time: '23:59' }),
    ).balance;
    expect(kas).toBe(123_456_700 + 123_456_750 - 100_000_000);
    expect(expectOk(await t.call('journal.importMapping', {}))).toEqual(mapping());
    const kinds = t.sqlite.prepare('SELECT DISTINCT kind FROM journal_entries').pluck().all();
    expect(kinds).toEqual(['impor']);
  });

  it('an XLSX with one bad row is refused whole; after fixing the mapping it imports', async () => {
    const base64 = await xlsxBase64([
      ['Tanggal', 'Bukti', 'Keterangan', 'Masuk', 'Keluar', 'Catatan'],
      [new Date(Date.UTC(2025, 1, 3)), 'BKM-10', 'Penerimaan jasa', 1_500_000, null, 'ok'],
      [new Date(Date.UTC(2025, 1, 4)), 'BKK-10', 'Transport', null, 250_000, 'ok'],
    ]);
    // Wrong mapping: the debit column points at the notes column → every row fails.
    const wrong = mapping({ debit: 5 });
    const preview = expectOk(
      await t.call('journal.importPreview', { fileName: 'kas.xlsx', base64, mapping: wrong }),
    );
    expect(preview.errorCount).toBeGreaterThan(0);
    const e = await refused(() =>
      t.call('journal.importCommit', { fileName: 'kas.xlsx', base64, mapping: wrong }),
    );
    expect(e.message).toMatch(/tidak ada yang diimpor/);
    expect(e.message).toMatch(/Baris 2/);
    const fixed = mapping();
    expect(
      expectOk(await t.call('journal.importPreview', { fileName: 'kas.xlsx', base64, mapping: fixed }))
        .errorCount,
    ).toBe(0);
    // February is after the test clock's today (15 January 2025): a warning that needs confirmation.
    const warned = expectErr(
      await t.call('journal.importCommit', { fileName: 'kas.xlsx', base64, mapping: fixed }),
      'NEEDS_CONFIRMATION',
    );
    expect(warned.message).toMatch(/sesudah hari ini/);
    const result = expectOk(
      await t.call('journal.importCommit', { fileName: 'kas.xlsx', base64, mapping: fixed, confirmed: true }),
    );
    expect([result.entries, result.totalDebit, result.totalCredit]).toEqual([2, 175_000_000, 175_000_000]);
  });

  it('bad dates and text amounts are row errors; nothing is written', async () => {
    const csv = 'Tanggal;Bukti;Uraian;Debet;Kredit\n31/02/2025;A;x;100;\n01/03/2025;B;y;abc;\n';
    const preview = expectOk(
      await t.call('journal.importPreview', { fileName: 'kas.csv', base64: b64(csv), mapping: mapping() }),
    );
    expect(preview.errors.map((r) => [r.rowNumber, r.column])).toEqual([
      [2, 'Tanggal'],
      [3, 'Debit'],
    ]);
    await refused(() =>
      t.call('journal.importCommit', { fileName: 'kas.csv', base64: b64(csv), mapping: mapping() }),
    );
  });

  it('a wrong file gets a clear message and writes nothing', async () => {
    const pdf = Buffer.from('%PDF-1.7 bukan csv').toString('base64');
    let e = await refused(() =>
      t.call('journal.importCommit', { fileName: 'kas.csv', base64: pdf, mapping: mapping() }),
    );
    expect(e.message).toMatch(/PDF/);
    e = await refused(() =>
      t.call('journal.importPreview', { fileName: 'kas.xlsx', base64: b64('bukan zip'), mapping: null }),
    );
    expect(e.message).toMatch(/xlsx/);
    e = await refused(() =>
      t.call('journal.importPreview', { fileName: 'kas.docx', base64: b64('x'), mapping: null }),
    );
    expect(e.message).toMatch(/tidak didukung/);
  });

  it('unknown accounts and a locked period refuse the whole file', async () => {
    const csv = 'Tanggal;Bukti;Uraian;Debet;Kredit\n02/01/2025;A;x;100;\n';
    let e = await refused(() =>
      t.call('journal.importCommit', {
        fileName: 'k.csv',
        base64: b64(csv),
        mapping: { ...mapping(), counterAccountCode: '9.9.9' },
      }),
    );
    expect(e.message).toMatch(/9\.9\.9/);
    expectOk(await t.call('books.lock', { date: '2025-01-31', time: '23:59', reason: 'Tutup buku Januari' }));
    const before = snapshot(t.sqlite);
    e = expectErr(
      await t.call('journal.importCommit', { fileName: 'k.csv', base64: b64(csv), mapping: mapping() }),
      'VALIDATION',
    );
    expect(e.message).toMatch(/dikunci/);
    expect(snapshot(t.sqlite)).toEqual(before);
  });
});
