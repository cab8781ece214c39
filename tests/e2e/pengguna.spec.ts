import { startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/pengguna-shots';

test('admin menambah pengguna Pembaca; ia mengganti sandi sementara, hanya dapat membaca, dan layar dapat dikunci', async ({
  page,
  office,
}) => {
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  await page.goto(server.url);
  await expect(page.getByRole('form', { name: 'Masuk' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/01-masuk.png` });

  // A wrong password is refused on the login screen, in Indonesian.
  const login = page.getByRole('form', { name: 'Masuk' });
  await login.getByLabel('Nama pengguna').fill('admin');
  await login.getByLabel('Kata sandi').fill('bukan-sandinya');
  await login.getByRole('button', { name: 'Masuk' }).click();
  await expect(login.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');

  await app.signIn();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Admin Kantor Contoh');

  // Pengaturan › Pengguna: a new reader with a temporary password.
  await app.openSettings('Pengguna');
  const users = page.getByRole('table', { name: 'Daftar pengguna' });
  await expect(users).toContainText('bendahara');
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const dialog = page.getByRole('form', { name: 'Pengguna' });
  await dialog.getByLabel('Nama pengguna').fill('tamu.inspektorat');
  await dialog.getByLabel('Nama lengkap').fill('Rudi Hartono');
  await dialog.getByRole('combobox', { name: 'Peran' }).click();
  await page.getByRole('option', { name: 'Pembaca' }).click();
  await dialog.getByLabel(/Kata sandi sementara/).fill('sementara-01');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(users.getByRole('row').filter({ hasText: 'tamu.inspektorat' })).toContainText(
    'sandi sementara',
  );
  await page.screenshot({ path: `${SHOTS}/02-pengguna.png`, fullPage: true });

  // Sign out; the new user must choose a password first.
  await page.getByRole('button', { name: 'Akun saya' }).click();
  await page.getByRole('menuitem', { name: 'Keluar' }).click();
  await login.getByLabel('Nama pengguna').fill('tamu.inspektorat');
  await login.getByLabel('Kata sandi').fill('sementara-01');
  await login.getByRole('button', { name: 'Masuk' }).click();
  const change = page.getByRole('form', { name: 'Ganti kata sandi' });
  await expect(change).toBeVisible();
  await change.getByLabel('Kata sandi lama').fill('sementara-01');
  await change.getByLabel(/^Kata sandi baru/).fill('milik-rudi-2026');
  await change.getByLabel('Ulangi kata sandi baru').fill('milik-rudi-2026');
  await change.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(page.getByTestId('signed-in-user')).toHaveText('Rudi Hartono');

  // A Pembaca reads and prints, but a write is refused by main with the reason.
  await app.openBooks();
  await app.chooseBook('Kas Tunai');
  await expect(app.bookRows().first()).toBeVisible();
  const form = await app.openQuickEntry();
  await app.fillQuickEntry({
    bukti: 'BKM-TAMU',
    other: { label: 'Akun lawan', option: '4.1.01 — Pendapatan Jasa SPP' },
    amount: '10.000',
    description: 'Percobaan oleh pembaca',
  });
  await form.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(
    page.getByText('Peran Anda (Pembaca) tidak boleh melakukan ini.', { exact: false }),
  ).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/03-ditolak.png` });
  await form.getByRole('button', { name: 'Tutup' }).click();
  await app.searchBook('BKM-TAMU');
  await expect(page.getByText(/Tidak ada transaksi dengan uraian/)).toBeVisible();

  // Kunci layar: back to the login screen with the name kept.
  await page.getByRole('button', { name: 'Akun saya' }).click();
  await page.getByRole('menuitem', { name: 'Kunci layar' }).click();
  await expect(page.getByText('Layar dikunci. Masuk lagi untuk melanjutkan.')).toBeVisible();
  await expect(login.getByLabel('Nama pengguna')).toHaveValue('tamu.inspektorat');

  // After a restart the account is still there and signs in with the password it chose.
  const restarted = await office.restart();
  await app.open(restarted.url, { username: 'tamu.inspektorat', password: 'milik-rudi-2026' });
  await expect(page.getByTestId('signed-in-user')).toHaveText('Rudi Hartono');
});
