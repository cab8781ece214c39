import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';

const RP = 100;
const opened: TestApp[] = [];
async function open(): Promise<TestApp> {
  const t = await openTestApp({ demo: true, now: () => new Date('2026-11-28T03:00:00Z') });
  opened.push(t);
  return t;
}
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

type Rows = (string | number | Date)[][];
async function workbook(sheets: Record<string, Rows>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const GOOD: Record<string, Rows> = {
  Kelompok: [
    ['Register pinjaman UPK (pindahan)'],
    ['Desa', 'Nama kelompok', 'Jenis', 'Ketua'],
    ['Sukamaju', 'SPP Bougenville', 'SPP', 'Ibu Ani'],
  ],
  Pinjaman: [
    ['No. pinjaman', 'Desa', 'Kelompok', 'Produk', 'Alokasi', 'Tanggal cair', 'No. BA MAD'],
    [
      'LAMA-001',
      'Sukamaju',
      'SPP Bougenville',
      'SPP',
      12_000_000,
      new Date(Date.UTC(2026, 0, 15)),
      'BA MAD 01/2026',
    ],
    ['LAMA-002', 'Sukamaju', 'SPP Melati', 'spp', '6.000.000', '15/02/2026', ''],
  ],
  Angsuran: [
    ['No. pinjaman', 'Tanggal', 'Pokok', 'Jasa', 'Denda'],
    ['LAMA-001', '15/02/2026', 1_000_000, 180_000, 0],
    ['LAMA-001', '15/03/2026', 1_000_000, 180_000, 0],
    ['LAMA-002', '15/03/2026', '500.000', '90.000', ''],
  ],
};

describe('import of an existing loan register', () => {
  it('previews what it found, then writes groups, loans and history all at once', async () => {
    const t = await open();
    const base64 = await workbook(GOOD);
    const before = t.sqlite.prepare('SELECT COUNT(*) FROM loans').pluck().get() as number;
    const preview = expectOk(await t.call('loanImport.preview', { fileName: 'register.xlsx', base64 }));
    expect(preview.errors).toEqual([]);
    expect(preview.totals).toEqual({
      kelompokNew: 1,
      loans: 2,
      payments: 3,
      amount: 18_000_000 * RP,
      saldo: 15_500_000 * RP,
    });
    expect(preview.sheets.find((s) => s.key === 'kelompok')).toMatchObject({
      sheet: 'Kelompok',
      headerRow: 2,
      rows: 1,
    });
    expect(preview.sheets.find((s) => s.key === 'pinjaman')?.columns).toMatchObject({
      number: 'A',
      amount: 'E',
      disbursedOn: 'F',
    });
    expect(t.sqlite.prepare('SELECT COUNT(*) FROM loans').pluck().get()).toBe(before);

    expectOk(await t.call('loanImport.commit', { fileName: 'register.xlsx', base64 }));
    const loans = expectOk(await t.call('loan.list', {})).filter((l) => l.number.startsWith('LAMA-'));
    expect(loans.map((l) => [l.number, l.kelompokName, l.status, l.position?.saldoPokok])).toEqual([
      ['LAMA-001', 'SPP Bougenville', 'aktif', 10_000_000 * RP],
      ['LAMA-002', 'SPP Melati', 'aktif', 5_500_000 * RP],
    ]);
    const one = expectOk(await t.call('loan.get', { id: loans[0]?.id ?? 0, asOf: '2026-04-16' }));
    expect(one.position).toMatchObject({ instalmentsInArrears: 1, daysPastDue: 1 });
    expect(one.repayments.every((r) => r.entryId === null)).toBe(true);
    // The same file twice: every number is taken now, nothing more is written.
    const again = await refusedUnchanged(
      t,
      () => t.call('loanImport.commit', { fileName: 'register.xlsx', base64 }),
      'VALIDATION',
    );
    expect(again.message).toMatch(/sudah ada/);
  });

  it('names every bad row and writes nothing', async () => {
    const t = await open();
    const bad = await workbook({
      Pinjaman: [
        ['No. pinjaman', 'Desa', 'Kelompok', 'Produk', 'Alokasi', 'Tanggal cair'],
        ['X-1', 'Atlantis', 'SPP Melati', 'SPP', 1_000_000, '01/01/2026'],
        ['X-2', 'Sukamaju', 'SPP Melati', 'KUR', 1_000_000, '01/01/2026'],
        ['X-3', 'Sukamaju', 'SPP Melati', 'SPP', 0, '31/02/2026'],
      ],
      Angsuran: [
        ['No. pinjaman', 'Tanggal', 'Pokok', 'Jasa'],
        ['X-9', '01/02/2026', 100, 0],
      ],
    });
    const preview = expectOk(await t.call('loanImport.preview', { fileName: 'salah.xlsx', base64: bad }));
    const messages = preview.errors.map((e) => `${e.sheet}:${e.row} ${e.message}`).join('\n');
    expect(messages).toMatch(/Pinjaman:2 Kelompok "SPP Melati" di desa "Atlantis"/);
    expect(messages).toMatch(/Pinjaman:3 Produk "KUR" tidak dikenal/);
    expect(messages).toMatch(/Pinjaman:4 .*Alokasi harus lebih dari nol/);
    expect(messages).toMatch(/Pinjaman:4 Tanggal cair/);
    expect(messages).toMatch(/Angsuran:2 No\. pinjaman "X-9" tidak ada/);
    await refusedUnchanged(
      t,
      () => t.call('loanImport.commit', { fileName: 'salah.xlsx', base64: bad }),
      'VALIDATION',
    );
    await refusedUnchanged(
      t,
      () =>
        t.call('loanImport.commit', {
          fileName: 'bukan.xlsx',
          base64: Buffer.from('bukan excel').toString('base64'),
        }),
      'VALIDATION',
    );
  });
});
