import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';
import { startServer } from './server';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('riwayat selisih tampil; pindaian bertanda tangan dilampirkan dan statusnya berubah', async ({
  page,
  office,
}) => {
  await office.server.stop();
  office.server = await startServer(office.dbPath, ['--demo']);
  const app = new AuditUpkApp(page);
  await app.openExamRegister(office.server.url);
  const history = page.getByRole('table', { name: 'Selisih per pemeriksaan' });
  await expect(history).toContainText('Kas Tunai');
  await expect(history).toContainText('Rp0');

  const number =
    (await page
      .getByRole('table', { name: 'Daftar pemeriksaan kas' })
      .getByRole('link', { name: /^001\// })
      .textContent()) ?? '';
  await app.openExam(number);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Lampirkan pindaian bertanda tangan' }).click();
  await (await chooser).setFiles({ name: 'ba-ttd.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByText('Salinan bertanda tangan dilampirkan.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lihat salinan bertanda tangan' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lihat salinan bertanda tangan' }).click();
  expect((await download).suggestedFilename()).toMatch(/^BA-bertanda-tangan-.*\.png$/);
});
