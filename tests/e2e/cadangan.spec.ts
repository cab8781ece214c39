import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { call, startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/cadangan-shots';
const backups = (page: Page) => page.getByRole('table', { name: 'Daftar cadangan' });
const desaTable = (page: Page) => page.getByRole('table', { name: 'Daftar desa' });

test('cadangkan, ubah, pulihkan (perubahan hilang), batalkan pemulihan (perubahan kembali)', async ({
  page,
  office,
}) => {
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  await app.open(server.url);

  // Pengaturan › Data: the start backup is listed; back up now.
  await app.openSettings('Data');
  await expect(page.getByRole('heading', { name: 'Cadangan & Pemulihan' })).toBeVisible();
  // The fixture's first start and stop, then the demo's start, newest first. (The host handles a
  // stop from the moment it prints its address, so the stop right after start backs up too.)
  const start = (await call(server, 'backup.list', {})).backups;
  expect(start.map((b) => b.reason)).toEqual(['mulai', 'tutup', 'mulai']);
  await expect(backups(page).locator('tbody tr')).toHaveCount(start.length);
  await expect(backups(page)).toContainText('Saat aplikasi dibuka');
  const undoButton = page.getByRole('button', { name: 'Batalkan pemulihan terakhir' });
  await expect(undoButton).toBeDisabled();
  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click();
  await expect(backups(page).locator('tbody tr')).toHaveCount(start.length + 1);
  const manual = backups(page).getByRole('row').filter({ hasText: 'Dibuat manual' });
  await expect(manual).toHaveCount(1);

  // Another folder: only one the admin registered; a missing one, or the app's own, is refused on the field.
  const register = page.getByRole('form', { name: 'Daftarkan folder cadangan' });
  await register.getByLabel('Folder baru').fill('/tidak/ada/folder-usb');
  await register.getByRole('button', { name: 'Daftarkan folder' }).click();
  await expect(page.getByText('Folder ini tidak ada')).toBeVisible();
  await register.getByLabel('Folder baru').fill(path.dirname(office.dbPath));
  await register.getByRole('button', { name: 'Daftarkan folder' }).click();
  await expect(page.getByText('Folder aplikasi sendiri tidak boleh dipakai')).toBeVisible();
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-upk-usb-'));
  await register.getByLabel('Folder baru').fill(usb);
  await register.getByRole('button', { name: 'Daftarkan folder' }).click();
  await page.getByRole('button', { name: `Cadangkan ke ${fs.realpathSync(usb)}` }).click();
  await expect(page.getByText(fs.realpathSync(usb), { exact: false }).last()).toBeVisible();
  await expect.poll(() => fs.readdirSync(usb).filter((f) => f.endsWith('-manual.sqlite')).length).toBe(1);
  fs.rmSync(usb, { recursive: true, force: true });
  await page.screenshot({ path: `${SHOTS}/01-panel.png`, fullPage: true });

  // Change something: a new desa.
  await app.openSettings('Desa & TPK');
  await app.addDesa({ name: 'Desa Cadangan Uji', code: '32.03.14.2077' });
  await expect(desaTable(page)).toContainText('Desa Cadangan Uji');

  // Restore the manual backup: confirmation explains the undo.
  await app.openSettings('Data');
  await manual.getByRole('button', { name: 'Pulihkan' }).click();
  const confirm = page.getByRole('dialog', { name: 'Pulihkan dari cadangan' });
  await expect(confirm).toContainText('dapat dibatalkan');
  await page.screenshot({ path: `${SHOTS}/02-konfirmasi.png` });
  await expect(confirm).toContainText('Semua pengguna perlu masuk lagi');
  await confirm.getByRole('button', { name: 'Pulihkan' }).click();
  await expect(page.getByText(/Database dipulihkan ke keadaan/).first()).toBeVisible();
  // A restore ends every session: sign in again.
  await expect(page.getByRole('form', { name: 'Masuk' })).toBeVisible();
  await app.signIn();
  await app.openSettings('Data');
  await expect(backups(page)).toContainText('Sebelum pemulihan');
  await expect(undoButton).toBeEnabled();

  await app.openSettings('Desa & TPK');
  await expect(desaTable(page)).toBeVisible();
  await expect(desaTable(page)).not.toContainText('Desa Cadangan Uji');
  expect((await call(server, 'desa.list', { includeInactive: true })).map((d) => d.name)).not.toContain(
    'Desa Cadangan Uji',
  );

  // Undo the restore: the desa is back.
  await app.openSettings('Data');
  await undoButton.click();
  await page
    .getByRole('dialog', { name: 'Batalkan pemulihan terakhir' })
    .getByRole('button', { name: 'Batalkan pemulihan' })
    .click();
  await expect(page.getByText('Pemulihan terakhir dibatalkan').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/03-sesudah-batal.png`, fullPage: true });
  await app.signIn();
  await app.openSettings('Desa & TPK');
  await expect(desaTable(page)).toContainText('Desa Cadangan Uji');
});
