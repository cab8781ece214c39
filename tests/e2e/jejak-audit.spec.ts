import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/audit-shots';

test('perubahan tampil di Jejak Audit; Periksa integritas menemukan dokumen final yang diubah di luar aplikasi', async ({
  page,
  office,
}) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  await app.open(server.url);

  // A change made on screen…
  await app.openSettings('Profil kantor');
  await app.profileForm().getByLabel('Alamat').fill('Jl. Jejak Audit No. 6, Sukamaju');
  await app.saveProfile();
  await expect(page.getByText('Profil kantor disimpan.')).toBeVisible();

  // …is in the trail, with who made it and what changed.
  await page.getByRole('tab', { name: 'Jejak Audit' }).click();
  const table = page.getByRole('table', { name: 'Jejak audit' });
  const row = table.getByRole('row').filter({ hasText: 'Jl. Jejak Audit No. 6, Sukamaju' }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText('Admin Kantor Contoh (admin)');
  await expect(row).toContainText('Profil kantor');
  await expect(row).toContainText('Ubah');
  await expect(row).toContainText('Alamat');
  await expect(row).toContainText('WIB');

  // The filter narrows it to one table.
  await app.choose(page.getByRole('search', { name: 'Saring jejak audit' }), 'Tabel', 'Profil kantor');
  await expect(table.getByRole('row').filter({ hasText: 'Jl. Jejak Audit No. 6' }).first()).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Baris jurnal' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Periksa integritas' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Integritas baik' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/1-jejak-audit-ok.png`, fullPage: true });

  // Another program rewrites a finalised cash examination in the database file.
  const raw = new BetterSqlite3(office.dbPath);
  let number: string;
  try {
    const exam = raw
      .prepare("SELECT id, number, snapshot FROM examinations WHERE status != 'draft' ORDER BY id LIMIT 1")
      .get() as { id: number; number: string; snapshot: string };
    number = exam.number;
    const place = (JSON.parse(exam.snapshot) as { exam: { place: string } }).exam.place;
    raw.exec('DROP TRIGGER examinations_frozen');
    raw
      .prepare('UPDATE examinations SET snapshot = ? WHERE id = ?')
      .run(exam.snapshot.replace(JSON.stringify(place), JSON.stringify('Tempat palsu')), exam.id);
  } finally {
    raw.close();
  }

  await page.getByRole('button', { name: 'Periksa integritas' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Integritas TIDAK baik' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`No. ${number}`);
  await expect(alert).toContainText('Berita acara pemeriksaan kas');
  await expect(alert).toContainText('exam.place');
  await expect(alert).toContainText('Tempat palsu');
  await expect(alert).toContainText('di luar aplikasi');
  await page.screenshot({ path: `${SHOTS}/2-periksa-integritas-diubah.png`, fullPage: true });
});
