import { callEnvelope } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';
import { startServer } from './server';

test('berita acara final dikoreksi dengan adendum, bukan diubah', async ({ page, office }) => {
  await office.server.stop();
  office.server = await startServer(office.dbPath, ['--demo']);
  const app = new AuditUpkApp(page);
  await app.openExamRegister(office.server.url);
  const exam = (await callEnvelope(office.server, 'exam.get', { id: 1 })) as { value: { number: string } };
  const number = exam.value.number;
  await app.openExam(number);
  await page.getByRole('button', { name: 'Buat adendum' }).click();
  const form = page.getByRole('form', { name: 'Adendum' });
  await form.getByLabel('Alasan adendum').fill('Nomor rekening BJB salah tulis');
  await form.getByRole('button', { name: 'Buat adendum' }).click();
  await expect(page.getByRole('table', { name: 'Identitas pemeriksaan' })).toContainText(
    `Berita acara ${number}`,
  );
  await expect(page.getByRole('table', { name: 'Identitas pemeriksaan' })).toContainText(
    'Nomor rekening BJB salah tulis',
  );
  await expect(page.getByRole('button', { name: 'Ubah identitas' })).toBeVisible();
});
