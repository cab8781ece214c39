import { call, startDemoOffice } from './demoOffice';
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
  await expect(page.getByTestId('login-office')).toHaveText('UPK DAPM Kecamatan Sukamaju');
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
  await page.getByTestId('signed-in-user').click();
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
  await expect(page.getByRole('button', { name: 'Catat transaksi' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Jurnal umum' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Impor', exact: true })).toHaveCount(0);
  await page.keyboard.press('Control+n');
  await expect(app.quickEntryForm()).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/03-pembaca.png` });
  // Even a page that sends the request itself (a tampered renderer) is refused by main.
  const refused = await page.evaluate(async () => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="audit-upk-token"]')?.content ?? '';
    const session = sessionStorage.getItem('x-audit-upk-session') ?? '';
    const response = await fetch('./api/desa.create', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${token}`,
        'x-audit-upk-session': session,
      },
      body: JSON.stringify({ name: 'Desa Pembaca' }),
    });
    return response.json();
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(refused.error.message).toContain('Peran Anda (Pembaca) tidak boleh melakukan ini.');
  expect((await call(server, 'desa.list', { includeInactive: true })).map((d) => d.name)).not.toContain(
    'Desa Pembaca',
  );

  // Kunci layar: back to the login screen with the name kept.
  await page.getByTestId('signed-in-user').click();
  await page.getByRole('menuitem', { name: 'Kunci layar' }).click();
  await expect(page.getByText('Layar dikunci. Masuk lagi untuk melanjutkan.')).toBeVisible();
  await expect(login.getByLabel('Nama pengguna')).toHaveValue('tamu.inspektorat');

  // After a restart the account is still there and signs in with the password it chose.
  const restarted = await office.restart();
  await app.open(restarted.url, { username: 'tamu.inspektorat', password: 'milik-rudi-2026' });
  await expect(page.getByTestId('signed-in-user')).toHaveText('Rudi Hartono');
});
