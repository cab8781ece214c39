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

  it('checks tenor, frequency and instalment columns against the product, naming both values', async () => {
    const t = await open();
    // SPP: 12 monthly instalments; 12.000.000 gives 1.000.000 pokok each.
    const file = await workbook({
      Pinjaman: [
        [
          'No. pinjaman',
          'Desa',
          'Kelompok',
          'Produk',
          'Alokasi',
          'Tanggal cair',
          'Jangka waktu',
          'Sistem angsuran',
          'Angsuran pokok',
        ],
        ['T-10', 'Sukamaju', 'SPP Melati', 'SPP', 12_000_000, '01/01/2026', 10, 'bulanan', 1_000_000],
        ['T-18', 'Sukamaju', 'SPP Melati', 'SPP', 12_000_000, '01/01/2026', '18 bulan', 'bulanan', 1_000_000],
        ['T-MG', 'Sukamaju', 'SPP Melati', 'SPP', 12_000_000, '01/01/2026', 12, 'mingguan', 1_000_000],
        ['T-AP', 'Sukamaju', 'SPP Melati', 'SPP', 12_000_000, '01/01/2026', 12, 'bulanan', 1_200_000],
        [
          'T-OK',
          'Sukamaju',
          'SPP Melati',
          'Simpan Pinjam Kelompok Perempuan',
          12_000_000,
          '01/01/2026',
          12,
          'Bulanan',
          1_000_000,
        ],
      ],
      Angsuran: [
        ['No. pinjaman', 'Tanggal', 'Pokok', 'Jasa'],
        ['T-10', '01/02/2026', 1_200_000, 0],
        ['T-OK', '01/02/2026', 1_000_000, 0],
      ],
    });
    const preview = expectOk(await t.call('loanImport.preview', { fileName: 'tenor.xlsx', base64: file }));
    expect(preview.errors.map((e) => `${e.sheet}:${e.row} ${e.message}`)).toEqual([
      'Pinjaman:2 Jangka waktu di file 10 angsuran, produk SPP 12 angsuran',
      'Pinjaman:3 Jangka waktu di file 18 angsuran, produk SPP 12 angsuran',
      'Pinjaman:4 Sistem angsuran di file mingguan, produk SPP bulanan',
      'Pinjaman:5 Angsuran pokok di file Rp1.200.000, menurut produk SPP Rp1.000.000',
      'Angsuran:2 Pinjaman T-10 ditolak (lembar pinjaman baris 2), angsurannya ikut tidak diimpor',
    ]);
  });

  it('names a missing required column once and reports every error with the total', async () => {
    const t = await open();
    const rows: Rows = [['No. pinjaman', 'Kelompok', 'Produk', 'Alokasi', 'Tanggal cair']];
    for (let i = 0; i < 600; i++) rows.push([`N-${i}`, 'SPP Melati', 'KUR', 1_000_000, '01/01/2026']);
    const preview = expectOk(
      await t.call('loanImport.preview', {
        fileName: 'tanpa-desa.xlsx',
        base64: await workbook({ Pinjaman: rows }),
      }),
    );
    const desa = preview.errors.filter((e) => /Desa/.test(e.message));
    expect(desa).toEqual([{ sheet: 'Pinjaman', row: 0, message: 'Kolom Desa tidak ada di lembar Pinjaman' }]);
    // One missing column plus 600 unknown products: all of them, not the first 500.
    expect(preview.errors).toHaveLength(601);
  });
});
