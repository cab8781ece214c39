import { call, startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/temuan-shots';

test('kegiatan desa dibuat, diubah dan dinonaktifkan di Pengaturan', async ({ page, office }) => {
  const server = await startDemoOffice(office);
  const desa = (await call(server, 'desa.list', { includeInactive: false })).find((d) =>
    d.tpk.some((m) => m.active),
  );
  const member = desa?.tpk.find((m) => m.active);
  if (!desa || !member) throw new Error('Demo tanpa desa yang punya TPK');

  const app = new AuditUpkApp(page);
  await app.open(`${server.url}#/pengaturan`);
  await page.getByRole('tab', { name: 'Kegiatan' }).click();
  await page.getByRole('button', { name: 'Tambah kegiatan' }).click();
  const form = page.getByRole('form', { name: 'Data kegiatan' });
  await app.choose(form, 'Desa', desa.name);
  await form.getByLabel('Nama kegiatan').fill('Drainase Dusun Cibeureum');
  await app.choose(form, 'Jenis kegiatan', 'Sarana prasarana');
  await form.getByLabel('Tahun').fill('2025');
  await form.getByLabel('Nilai BLM (Rp)').fill('175.500.000');
  await expect(form.getByText('Rp175.500.000')).toBeVisible();
  await form.getByLabel('Lokasi').fill('Dusun Cibeureum RT 02');
  await app.choose(form, 'Status kegiatan', 'Pelaksanaan');
  await form.getByRole('combobox', { name: 'TPK pelaksana' }).click();
  await page.getByRole('option', { name: new RegExp(`^${member.fullName}`) }).click();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SHOTS}/10-kegiatan-dialog.png` });
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();

  const row = page
    .getByRole('table', { name: 'Daftar kegiatan' })
    .getByRole('row')
    .filter({ hasText: 'Drainase Dusun Cibeureum' });
  await expect(row).toContainText(desa.name);
  await expect(row).toContainText('Rp175.500.000');
  await expect(row).toContainText(member.fullName);
  await expect(row).toContainText('Pelaksanaan');
  const saved = (await call(server, 'kegiatan.list', { desaId: desa.id, includeInactive: false })).find(
    (k) => k.name === 'Drainase Dusun Cibeureum',
  );
  expect(saved).toMatchObject({ blmAmount: 17_550_000_000, year: 2025, type: 'sarana_prasarana' });
  expect(saved?.tpk.map((m) => m.id)).toEqual([member.id]);

  // Edit: the work is done.
  await row.getByRole('button', { name: 'Ubah' }).click();
  await app.choose(form, 'Status kegiatan', 'Selesai');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(row).toContainText('Selesai');
  await page.screenshot({ path: `${SHOTS}/11-kegiatan-list.png`, fullPage: true });

  // Set inactive: it leaves the list, and comes back with "Tampilkan nonaktif".
  await row.getByRole('button', { name: 'Nonaktifkan' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Nonaktifkan' }).click();
  await expect(row).toHaveCount(0);
  await page.getByLabel('Tampilkan nonaktif').check();
  await expect(row).toContainText('Nonaktif');
});

test('checklist pra-audit: versi baru, tambah butir, terbitkan', async ({ page, office }) => {
  const server = await startDemoOffice(office);
  const template = (await call(server, 'template.list', {})).find((t) =>
    t.versions.some((v) => v.status === 'terbit'),
  );
  const published = template?.versions.find((v) => v.status === 'terbit');
  if (!template || !published) throw new Error('Demo tanpa checklist yang sudah terbit');
  const newest = Math.max(...template.versions.map((v) => v.version));
  const removed = (await call(server, 'template.get', { versionId: published.id })).sections[0]?.items.at(-1);
  if (!removed) throw new Error('Checklist demo tanpa butir');

  const app = new AuditUpkApp(page);
  await app.open(`${server.url}#/pengaturan/checklist`);
  const card = page.getByRole('region', { name: `Template ${template.name}` });
  await expect(card.getByRole('table', { name: `Versi ${template.name}` })).toContainText('Terbit');
  await page.screenshot({ path: `${SHOTS}/20-checklist-list.png`, fullPage: true });
  await card.getByRole('button', { name: `Lihat ${template.name} versi ${published.version}` }).click();
  await expect(page.getByText('Versi ini sudah terbit dan tidak dapat diubah.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tambah butir' })).toHaveCount(0);

  // A new draft version copies the newest one and can be edited.
  await page.getByRole('button', { name: 'Buat versi baru' }).click();
  await expect(page.getByRole('heading', { name: `${template.name} — versi ${newest + 1}` })).toBeVisible();
  await expect(page.getByText('Draf: masih dapat diubah')).toBeVisible();
  const section = page.getByRole('region', { name: /^Bagian / }).first();
  await section.getByRole('button', { name: 'Tambah butir' }).click();
  const form = page.getByRole('form', { name: 'Butir checklist' });
  await form.getByLabel('Kode butir').fill('A99');
  await form.getByLabel('Butir periksa').fill('Daftar hadir rapat persiapan TPK ada dan ditandatangani');
  await form.getByLabel('Petunjuk').fill('Lihat arsip rapat TPK');
  await app.choose(form, 'Tingkat temuan bawaan', 'Berat');
  await form.getByRole('combobox', { name: 'Berlaku untuk jenis kegiatan' }).click();
  await page.getByRole('option', { name: 'Sarana prasarana' }).click();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: `${SHOTS}/21-item-dialog.png` });
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(section).toContainText('Daftar hadir rapat persiapan TPK');
  await expect(section).toContainText('Berat');

  // Remove an item copied from the previous version.
  await section.getByRole('button', { name: `Hapus butir ${removed.code}` }).click();
  await page
    .getByRole('dialog', { name: `Hapus butir ${removed.code}?` })
    .getByRole('button', { name: 'Hapus' })
    .click();
  await expect(section.getByText(removed.text)).toHaveCount(0);

  // Publish: asks first, then the version is frozen.
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Terbitkan versi ini?' });
  await expect(confirm).toContainText('tidak dapat diubah lagi');
  await confirm.getByRole('button', { name: 'Terbitkan' }).click();
  await expect(page.getByText('Versi ini sudah terbit dan tidak dapat diubah.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tambah butir' })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/22-version-published.png`, fullPage: true });

  const after = (await call(server, 'template.list', {})).find((t) => t.id === template.id);
  const v = after?.versions.find((x) => x.version === newest + 1);
  expect(v).toMatchObject({ status: 'terbit', itemCount: published.itemCount, usedBy: 0 });
  await page.getByRole('button', { name: 'Semua template checklist' }).click();
  await expect(card.getByRole('table', { name: `Versi ${template.name}` })).toContainText(
    `Versi ${newest + 1}`,
  );
});
