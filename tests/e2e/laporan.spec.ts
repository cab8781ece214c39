import { startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/laporan-shots';

test('Laporan: Neraca on screen with drill-down, print preview, PDF and Excel', async ({ page, office }) => {
  test.setTimeout(240_000);
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  await app.open(server.url);
  await page.getByRole('link', { name: 'Laporan' }).click();
  await expect(page.getByRole('navigation', { name: 'Daftar laporan' })).toBeVisible();

  // The Neraca balances on screen; a line opens to its accounts, an account to its Buku Besar,
  // a line of the Buku Besar to its journal entry.
  const neraca = page.getByRole('table', { name: 'Neraca' });
  await expect(neraca).toContainText('JUMLAH ASET');
  await expect(neraca).toContainText('Surplus (Defisit) Tahun Berjalan');
  await page.screenshot({ path: `${SHOTS}/01-neraca.png`, fullPage: true });
  await neraca.getByRole('button', { name: 'Kas dan Bank' }).click();
  await neraca.getByRole('button', { name: /1\.1\.01\.01 Kas Tunai/ }).click();
  const ledger = page.getByRole('dialog', { name: /Buku Besar — 1\.1\.01\.01 Kas Tunai/ });
  await expect(ledger.getByRole('table', { name: 'Buku Besar' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/02-buku-besar.png` });
  await ledger
    .getByRole('table', { name: 'Buku Besar' })
    .locator('tbody tr')
    .nth(1)
    .getByRole('button')
    .click();
  await expect(page.getByRole('table', { name: 'Baris jurnal' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // Print preview: pages drawn in the app, page count, Simpan PDF / Simpan Excel as downloads.
  await page.getByRole('button', { name: 'Pratinjau & cetak' }).click();
  const preview = page.getByRole('dialog', { name: 'Pratinjau — Neraca' });
  await expect(preview.getByTestId('jumlah-halaman')).toHaveText(/\d+ halaman/, { timeout: 30_000 });
  await expect(preview.getByRole('img', { name: /Halaman 1 dari/ })).toBeVisible({ timeout: 30_000 });
  await preview.getByRole('button', { name: 'Perbesar' }).click();
  await expect(preview.getByLabel('Perbesaran')).toHaveText('125%');
  await page.screenshot({ path: `${SHOTS}/03-pratinjau.png` });
  const pdf = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Simpan PDF' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/^Neraca-\d{4}-\d{2}-\d{2}\.pdf$/);
  const xlsx = page.waitForEvent('download');
  await preview.getByRole('button', { name: 'Simpan Excel' }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/^Neraca-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await page.keyboard.press('Escape');

  // The other statements and the older reports are in the same list.
  await page.getByRole('navigation', { name: 'Daftar laporan' }).getByText('Arus Kas').click();
  await expect(page.getByRole('table', { name: 'Laporan Arus Kas' })).toContainText(
    'SALDO KAS DAN BANK AKHIR PERIODE',
  );
  await page.screenshot({ path: `${SHOTS}/04-arus-kas.png`, fullPage: true });
  await page
    .getByRole('navigation', { name: 'Daftar laporan' })
    .getByText('Berita Acara Pemeriksaan Kas')
    .click();
  await page.getByRole('table', { name: 'Berita acara pemeriksaan kas' }).getByRole('button').first().click();
  await expect(
    page.getByRole('dialog', { name: /Pratinjau — Berita Acara/ }).getByTestId('jumlah-halaman'),
  ).toHaveText(/\d+ halaman/, { timeout: 30_000 });

  // Tutup buku: the demo's first year is closed with its MAD allocation; its frozen Neraca prints and verifies.
  await page.keyboard.press('Escape');
  const nav = page.getByRole('navigation', { name: 'Daftar laporan' });
  await nav.getByText('Tutup Buku').click();
  const year = new Date().getFullYear() - 1;
  const card = page.getByLabel(`Tutup buku ${year}`);
  await expect(card).toContainText('Ditutup');
  await expect(card).toContainText('Bagian desa / masyarakat: 30%');
  await card.getByRole('button', { name: 'Verifikasi' }).click();
  await expect(card).toContainText('asli dan sesuai dengan jurnal');
  await page.screenshot({ path: `${SHOTS}/05-tutup-buku.png`, fullPage: true });

  // Reopening is refused while a later cash examination keeps the books locked (the demo's are in the next year).
  await card.getByRole('button', { name: 'Buka kembali' }).click();
  await card.getByLabel('Alasan membuka kembali').fill('Koreksi pencatatan Desember');
  await card.getByRole('button', { name: `Buka kembali tahun ${year}` }).click();
  await expect(page.getByText(/masih dikunci/)).toBeVisible();
  await expect(card).toContainText('Ditutup');
  await page.screenshot({ path: `${SHOTS}/06-buka-ditolak.png`, fullPage: true });
});
