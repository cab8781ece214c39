import { callEnvelope } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

async function api(url: string, token: string | null, name: string, input: unknown = {}) {
  const response = await fetch(`${url}api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as { ok: boolean; value?: unknown } };
}

test('kantor, pejabat dan desa disiapkan lewat layar dan tetap ada setelah aplikasi dimulai ulang', async ({
  page,
  office,
}) => {
  const app = new AuditUpkApp(page);
  await app.open(office.server.url);
  await expect(page.getByRole('heading', { name: 'Selamat datang di Audit UPK' })).toBeVisible();

  await page.getByRole('button', { name: 'Isi profil kantor' }).click();
  await app.fillProfile({
    name: 'UPK Kecamatan Cibeber',
    kecamatan: 'Cibeber',
    kabupaten: 'Kabupaten Cianjur',
    provinsi: 'Jawa Barat',
    address: 'Jl. Raya Cibeber No. 5',
    email: 'upk.cibeber@gmail.com',
    postalCode: '43262',
  });
  await app.choose(app.profileForm(), 'Ukuran kertas laporan', 'F4 / Folio (215 × 330 mm)');
  await app.saveProfile();
  await expect(page.getByText('Profil kantor disimpan.')).toBeVisible();
  await expect(page.getByTestId('office-name')).toHaveText('UPK Kecamatan Cibeber · Kabupaten Cianjur');

  await page.getByRole('tab', { name: 'Pejabat' }).click();
  const officerForm = await app.addOfficer({
    fullName: 'Siti Aminah, S.E.',
    position: 'Bendahara UPK',
    startDate: '01/07/2024',
  });
  await expect(officerForm).toBeHidden();
  const officers = page.getByRole('table', { name: 'Daftar pejabat' });
  await expect(officers).toContainText('Siti Aminah, S.E.');
  await expect(officers).toContainText('Bendahara UPK · 01/07/2024 – sekarang');

  await page.getByRole('tab', { name: 'Desa & TPK' }).click();
  await expect(
    await app.addDesa({ name: 'Sukasari', code: '32.03.15.2001', kepalaDesa: 'Ujang Saepudin' }),
  ).toBeHidden();
  await app.addTpkMember('Sukasari', { fullName: 'Dadan Ramdani', role: 'Ketua TPK' });
  await expect(app.desaRow('Sukasari')).toContainText('Dadan Ramdani (Ketua TPK)');

  // A restart of the app on the same database file: everything is still there.
  const server = await office.restart();
  await app.open(`${server.url}#/pengaturan/profil`);
  await expect(app.profileForm().getByLabel('Nama lembaga')).toHaveValue('UPK Kecamatan Cibeber');
  await expect(app.profileForm().getByRole('combobox', { name: 'Ukuran kertas laporan' })).toHaveValue(
    'F4 / Folio (215 × 330 mm)',
  );
  await page.getByRole('tab', { name: 'Pejabat' }).click();
  await expect(page.getByRole('table', { name: 'Daftar pejabat' })).toContainText('Siti Aminah, S.E.');
  await page.getByRole('tab', { name: 'Desa & TPK' }).click();
  await expect(app.desaRow('Sukasari')).toContainText('Dadan Ramdani (Ketua TPK)');
  await app.nav('Beranda').click();
  await expect(page.getByText('Belum ada pejabat').first()).toBeVisible();
  await expect(page.getByText('Siti Aminah, S.E.')).toBeVisible();
});

test('isian yang salah ditolak dengan pesan di kolomnya dan tidak menyimpan apa pun', async ({
  page,
  office,
}) => {
  const app = new AuditUpkApp(page);
  await app.open(`${office.server.url}#/pengaturan/profil`);
  await app.fillProfile({
    name: '   ',
    kecamatan: 'Cibeber',
    kabupaten: 'Kabupaten Cianjur',
    provinsi: 'Jawa Barat',
    address: 'Jl. Raya Cibeber No. 5',
    email: 'bukan-email',
    postalCode: '123',
  });
  await app.saveProfile();
  const form = app.profileForm();
  await expect(form.getByText('Nama lembaga wajib diisi')).toBeVisible();
  await expect(form.getByText('Alamat e-mail tidak sah, contoh: upk.sukamaju@gmail.com')).toBeVisible();
  await expect(form.getByText('Kode pos terdiri dari 5 angka')).toBeVisible();
  await expect(page.getByText('Belum tersimpan')).toBeVisible();
  expect(await callEnvelope(office.server, 'office.getProfile')).toEqual({
    ok: true,
    value: null,
  });

  await page.getByRole('tab', { name: 'Pejabat' }).click();
  const officerForm = await app.addOfficer({
    fullName: 'Rudi Hartono',
    position: 'Ketua UPK',
    startDate: '01/07/2025',
    endDate: '01/01/2025',
  });
  await expect(officerForm.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai')).toBeVisible();
  expect(await callEnvelope(office.server, 'officers.list', { includeInactive: true })).toEqual({
    ok: true,
    value: [],
  });
});

test('kantor contoh dimuat dari beranda database kosong', async ({ page, office }) => {
  const app = new AuditUpkApp(page);
  await app.open(office.server.url);
  await page.getByRole('button', { name: 'Muat data contoh' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Muat data contoh' }).click();
  await expect(page.getByTestId('office-name')).toHaveText('UPK DAPM Kecamatan Sukamaju · Kabupaten Cianjur');
  await expect(page.getByText('Siti Nurhayati, S.Ak.')).toBeVisible();
  await expect(page.getByText('6 desa aktif')).toBeVisible();
});

test('permintaan tanpa token ditolak dengan 401', async ({ office }) => {
  const missing = await api(office.server.url, null, 'system.status');
  expect(missing.status).toBe(401);
  expect(missing.body.ok).toBe(false);
  const wrong = await api(office.server.url, 'salah', 'system.status');
  expect(wrong.status).toBe(401);
  const right = await api(office.server.url, office.server.token, 'system.status');
  expect(right.status).toBe(200);
  expect(right.body.ok).toBe(true);
});
