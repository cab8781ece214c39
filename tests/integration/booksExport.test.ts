import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatAngka } from '../../shared/format/money';
import { expectErr, expectOk, openTestApp, type TestApp } from './helpers';

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp({ demo: true });
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

const kas = () =>
  t.sqlite.prepare("SELECT id FROM accounts WHERE code = '1.1.01.01'").pluck().get() as number;

describe('book export', () => {
  it('prints the Buku Kas of a period to PDF with kop, saldo and the officers of that date', async () => {
    const query = { accountId: kas(), from: '2024-07-01', to: '2024-07-31' };
    const page = expectOk(await t.call('books.page', { query, limit: 500 }));
    const file = expectOk(await t.call('books.export', { query, format: 'pdf' }));
    expect(file.mime).toBe('application/pdf');
    expect(file.fileName).toMatch(/^BUKU-KAS-Kas-Tunai.*2024-07-01_2024-07-31\.pdf$/);
    const pdfPath = path.join(t.dir, file.fileName);
    fs.writeFileSync(pdfPath, Buffer.from(file.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8');
    expect(text).toContain('UPK DAPM KECAMATAN SUKAMAJU');
    expect(text).toContain('BUKU KAS');
    expect(text).toContain('Periode 1 Juli 2024 s.d. 31 Juli 2024');
    expect(text).toContain(formatAngka(page.openingBalance));
    expect(text).toContain(formatAngka(page.closingBalance));
    expect(text).toContain(page.rows[0]?.bukti ?? 'none');
    // Officers on 31 Juli 2024 (demo: the Bendahara changed on 1 Juli 2024).
    expect(text).toContain('Siti Nurhayati, S.Ak.');
    expect(text).toContain('H. Asep Saepudin, S.E.');
    expect(text).toContain('Mengetahui');
    expect(text).toMatch(/Halaman 1 dari \d+/);
  });

  it('exports the same book to XLSX with real dates and numbers', async () => {
    const query = { accountId: kas(), from: '2024-07-01', to: '2024-07-31' };
    const page = expectOk(await t.call('books.page', { query, limit: 500 }));
    const file = expectOk(await t.call('books.export', { query, format: 'xlsx' }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    const values: unknown[] = [];
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        values.push(cell.value);
      });
    });
    expect(values.filter((v) => v instanceof Date).length).toBeGreaterThanOrEqual(page.rows.length);
    expect(values).toContain(page.closingBalance / 100);
    expect(values).toContain(page.rows[0]?.bukti);
  });

  it('refuses a period too long to print at once, with a clear message', async () => {
    await t.cleanup();
    t = await openTestApp();
    const lines = t.sqlite.prepare(
      `INSERT INTO journal_lines (entry_id, account_id, debit, credit, entry_date, entry_time) VALUES (?, ?, ?, 0, '2025-01-02', '10:00')`,
    );
    const entry = t.sqlite.prepare(
      `INSERT INTO journal_entries (entry_date, entry_time, bukti, description, kind, created_by, created_at)
       VALUES ('2025-01-02', '10:00', 'X', 'x', 'umum', 't', 't')`,
    );
    t.sqlite.transaction(() => {
      for (let i = 0; i < 20_001; i++) lines.run(entry.run().lastInsertRowid, kas(), 100);
    })();
    t.sqlite
      .prepare("INSERT INTO account_daily VALUES (?, '2025-01-02', ?, 0, 20001)")
      .run(kas(), 20_001 * 100);
    const e = expectErr(
      await t.call('books.export', {
        query: { accountId: kas(), from: '2025-01-01', to: '2025-12-31' },
        format: 'pdf',
      }),
      'VALIDATION',
    );
    expect(e.message).toMatch(/periode yang lebih pendek/);
  });
});
