import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { callEnvelope } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

/** A cash book as an office keeps it in Excel; the third data row has no account code. */
async function excelCashBook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Kas Januari');
  ws.addRow(['Tanggal', 'No. Bukti', 'Uraian', 'Debet', 'Kredit', 'Kode Akun']);
  ws.addRow([
    new Date(Date.UTC(2025, 0, 6)),
    'BKM-01',
    'Angsuran SPP kelompok Melati',
    2_500_000,
    null,
    '1.1.01.01',
  ]);
  ws.addRow([new Date(Date.UTC(2025, 0, 7)), 'BKK-01', 'Pembelian ATK', null, 350_000, '1.1.01.01']);
  ws.addRow([
    new Date(Date.UTC(2025, 0, 8)),
    'BKM-02',
    'Angsuran SPP kelompok Mawar',
    '1.750.000',
    null,
    null,
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('impor Excel: baris bermasalah terlihat, pemetaan diperbaiki, semua baris masuk; buku diekspor ke PDF dan Excel', async ({
  page,
  office,
}) => {
  const app = new AuditUpkApp(page);
  await app.openBooks(office.server.url);
  await page.getByRole('button', { name: 'Impor', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Impor jurnal dari Excel atau CSV' });
  const chooser = page.waitForEvent('filechooser');
  await wizard.getByLabel('File Excel (.xlsx) atau CSV (.csv)').click();
  await (await chooser).setFiles({
    name: 'buku-kas-januari.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await excelCashBook(),
  });
  // The columns are recognised; the row without an account code and the missing counter account are named.
  await expect(wizard.getByRole('table', { name: 'Masalah per baris' })).toContainText('Kode akun kosong');
  await expect(wizard.getByRole('button', { name: /^Impor/ }).last()).toBeDisabled();

  await wizard.getByRole('combobox', { name: 'Akun bawaan' }).click();
  await page.getByRole('option', { name: '1.1.01.01 — Kas Tunai' }).click();
  await wizard.getByRole('combobox', { name: 'Akun lawan' }).click();
  await page.getByRole('option', { name: '3.1.09 — Ekuitas Saldo Awal' }).click();
  await expect(wizard.getByRole('table', { name: 'Masalah per baris' })).toBeHidden();
  await wizard.getByRole('button', { name: 'Impor 3 jurnal' }).click();
  await expect(page.getByText('3 jurnal dicatat.')).toBeVisible();
  await expect(wizard).toBeHidden();

  await app.chooseBook('Kas Tunai');
  const page2025 = (await callEnvelope(office.server, 'books.page', {
    query: { accountId: 4, from: '2025-01-01', to: '2025-12-31' },
  })) as { value: { closingBalance: number; rows: unknown[] } };
  expect(page2025.value.rows).toHaveLength(3);
  expect(page2025.value.closingBalance).toBe((2_500_000 - 350_000 + 1_750_000) * 100);

  for (const [item, extension] of [
    ['PDF siap cetak', '.pdf'],
    ['Excel (.xlsx)', '.xlsx'],
  ] as const) {
    await page.getByRole('button', { name: 'Ekspor' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: item }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^BUKU-KAS-Kas-Tunai.*\\${extension}$`));
    const saved = await file.path();
    expect(fs.statSync(saved).size).toBeGreaterThan(1000);
    if (extension === '.pdf') expect(fs.readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
  }
});
