import { callEnvelope } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

/** An Excel journal saved as CSV: one row per posting line, BKK-001 is a voucher of five lines. */
const JOURNAL = [
  'Tanggal;No Bukti;Uraian;Kode Akun;Debet;Kredit',
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

test('impor jurnal per bukti: voucher lima baris, impor kedua ditanya, riwayat impor dan pembatalannya', async ({
  page,
  office,
}) => {
  const app = new AuditUpkApp(page);
  await app.openBooks(office.server.url);
  const upload = async () => {
    await page.getByRole('button', { name: 'Impor', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Impor jurnal dari Excel atau CSV' });
    const chooser = page.waitForEvent('filechooser');
    await wizard.getByLabel('File Excel (.xlsx) atau CSV (.csv)').click();
    await (await chooser).setFiles({
      name: 'jurnal-januari.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(JOURNAL, 'utf8'),
    });
    return wizard;
  };

  let wizard = await upload();
  // Repeated No Bukti: grouping per bukti is chosen, no counter account is asked.
  await expect(wizard.getByRole('radio', { name: 'Satu bukti = satu jurnal' })).toBeChecked();
  await expect(wizard.getByRole('combobox', { name: 'Akun lawan' })).toBeHidden();
  await wizard.getByRole('tab', { name: 'Contoh jurnal' }).click();
  const sample = wizard.getByRole('table', { name: 'Contoh jurnal' });
  await expect(sample.getByRole('row')).toHaveCount(1 + 3 + 5 + 2);
  await expect(sample).toContainText('5.1.04 Beban Administrasi Bank');
  await wizard.getByRole('tab', { name: 'Total per akun' }).click();
  await expect(wizard.getByRole('table', { name: 'Total per akun' })).toContainText('Rp1.300.000');
  await page.screenshot({ path: 'test-results/impor-bukti-preview.png', fullPage: true });
  await wizard.getByRole('button', { name: 'Impor 3 jurnal' }).click();
  await expect(page.getByText('3 jurnal dicatat.')).toBeVisible();
  await expect(wizard).toBeHidden();

  const kas = async () =>
    (
      (await callEnvelope(office.server, 'books.balanceAt', {
        accountId: 4,
        date: '2025-01-31',
        time: '23:59',
      })) as { value: { balance: number } }
    ).value.balance;
  expect(await kas()).toBe(35_000_000);

  // The same file again: it says so, and every entry is a duplicate that would be skipped.
  wizard = await upload();
  await expect(wizard.getByText('File ini sudah pernah diimpor')).toBeVisible();
  await expect(wizard.getByRole('table', { name: 'Masalah per baris' })).toContainText('Sama persis');
  await expect(wizard.getByRole('button', { name: 'Impor', exact: true })).toBeDisabled();
  await wizard.getByRole('switch', { name: 'Hanya baris bermasalah' }).check();
  await expect(wizard.getByRole('table', { name: 'Contoh baris' }).getByRole('row')).toHaveCount(1 + 3);
  await wizard.getByRole('button', { name: 'Tutup' }).last().click(); // the footer's, not the corner's

  await page.getByRole('button', { name: 'Riwayat impor' }).click();
  const history = page.getByRole('dialog', { name: 'Riwayat impor' });
  await history.getByRole('cell', { name: 'jurnal-januari.csv' }).click();
  await expect(history.getByRole('table', { name: 'Total per akun impor' })).toContainText('Rp1.300.000');
  await history.getByRole('button', { name: 'Batalkan impor' }).click();
  await history.getByLabel('Alasan pembatalan').fill('Contoh saja, bukan buku kantor');
  await page.screenshot({ path: 'test-results/impor-riwayat.png', fullPage: true });
  await history.getByRole('button', { name: 'Ya, batalkan impor' }).click();
  await expect(history.getByText('Impor ini sudah dibatalkan')).toBeVisible();
  await expect(history.getByRole('table', { name: 'Daftar impor' })).toContainText('Dibatalkan');
  expect(await kas()).toBe(0);
});
