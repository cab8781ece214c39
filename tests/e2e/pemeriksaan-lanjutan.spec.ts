import { callEnvelope } from './demoOffice';
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

test('jurnal penyesuaian yang disarankan dicatat dari tab Bank sesudah saat pemeriksaan', async ({
  page,
  office,
}) => {
  await office.server.stop();
  office.server = await startServer(office.dbPath, ['--demo']);
  const post = async (name: string, input: unknown) =>
    (await callEnvelope(office.server, name, input)) as {
      ok: boolean;
      value: { banks: { accountId: number; bookBalance: number }[]; date: string };
    };
  const draft = (await post('exam.get', { id: 2 })).value;
  const bank = draft.banks[0]?.accountId;
  expect(
    (
      await post('exam.addReconItem', {
        id: 2,
        accountId: bank,
        code: 'BIAYA_ADM_BANK',
        description: 'Biaya adm Oktober',
        amount: { direction: 'kurang', amount: 1_500_000 },
      })
    ).ok,
  ).toBe(true);

  const app = new AuditUpkApp(page);
  await app.openExamRegister(office.server.url);
  await app.openExam('Draf');
  await app.openExamTab('Bank');
  const card = page.getByRole('region', { name: 'Jurnal penyesuaian yang disarankan' });
  await expect(card).toContainText('Biaya adm Oktober');
  await card.getByRole('textbox').fill('BBK-ADM-1');
  await card.getByRole('button', { name: 'Catat ke jurnal' }).click();
  await expect(card).toContainText('Sudah dicatat (BBK-ADM-1)');
  // Dated after the instant: the examined book balance is unchanged.
  const after = (await post('exam.get', { id: 2 })).value;
  expect(after.banks.map((b) => b.bookBalance)).toEqual(draft.banks.map((b) => b.bookBalance));
});
