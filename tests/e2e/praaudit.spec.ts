import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { call, startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/praaudit-shots';
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function ddmmyyyy(d: Date): string {
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

const overall = (page: Page) => page.getByLabel('Kemajuan keseluruhan');

test('pra-audit dijalankan dengan papan ketik, kekurangan ditanggapi TPK, difinalkan dan ketiga dokumennya dicetak', async ({
  page,
  office,
}, testInfo) => {
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  fs.mkdirSync(SHOTS, { recursive: true });
  await app.open(server.url);
  await app.nav('Pra-Audit TPK').click();
  await expect(page.getByRole('table', { name: 'Daftar pra-audit' })).toContainText(
    'Rabat beton jalan Dusun II',
  );
  await page.screenshot({ path: `${SHOTS}/01-register.png`, fullPage: true });

  // A new audit of the MCK in Cibodas.
  await page.getByRole('button', { name: 'Pra-audit baru' }).click();
  const dialog = page.getByRole('form', { name: 'Identitas pra-audit' });
  await dialog.getByRole('combobox', { name: 'Kegiatan yang diaudit' }).click();
  await page.getByRole('option', { name: /Cibodas — Pembangunan MCK umum/ }).click();
  await expect(dialog.getByLabel('Tempat')).toHaveValue('Kantor Desa Cibodas');
  await expect(dialog.getByLabel('Ketua TPK (yang diperiksa)')).toHaveValue('Ade Rukmana');
  await dialog.getByLabel('Nama pemeriksa 1').fill('Ahmad Fauzi');
  await dialog.getByLabel('Jabatan pemeriksa 1').fill('Pendamping Lokal');
  await dialog.getByLabel('Fasilitator Kecamatan (mengetahui)').fill('Nenden Fitriani, S.Sos.');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('heading', { name: 'Pra-Audit (draf)' })).toBeVisible();
  await expect(overall(page)).toContainText('0/45 diperiksa');
  const auditId = Number(page.url().split('/').pop());

  // Keyboard: A1 sesuai, A2 tidak ada with a note.
  const checklist = page.getByRole('application', { name: 'Checklist pra-audit' });
  await checklist.focus();
  await page.keyboard.press('1');
  await expect(overall(page)).toContainText('1/45 diperiksa');
  await page.keyboard.press('3');
  await expect(overall(page)).toContainText('2/45 diperiksa');
  await page.keyboard.press('k');
  await page.keyboard.press('n');
  await expect(page.getByLabel('Catatan A2')).toBeFocused();
  await page.keyboard.type('Dokumen usulan tidak ditemukan di arsip TPK');
  await page.keyboard.press('Enter');
  await expect(checklist).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Lampirkan bukti A2' }).click();
  await (await chooser).setFiles({ name: 'arsip-a2.png', mimeType: 'image/png', buffer: PNG });
  await expect(page.getByLabel('Butir A2')).toContainText('arsip-a2.png');
  await expect(page.getByLabel('Yang belum lengkap')).toContainText('43 butir belum diperiksa');
  await page.screenshot({ path: `${SHOTS}/02-checklist.png` });

  // Unexamined items block finalisation.
  await page.getByRole('tab', { name: 'Kesimpulan & final' }).click();
  await expect(page.getByText('Belum dapat difinalkan')).toBeVisible();

  // The rest with the keyboard: each answer moves to the next unexamined item.
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await checklist.focus();
  for (let n = 3; n <= 45; n++) {
    await page.keyboard.press(n === 45 ? '4' : '1');
    await expect(overall(page)).toContainText(`${n}/45 diperiksa`);
  }
  const a2 = await call(server, 'praAudit.get', { id: auditId });
  const item = a2.sections.flatMap((s) => s.items).find((i) => i.code === 'A2');
  expect(item).toMatchObject({ answer: 'tidak_ada', note: 'Dokumen usulan tidak ditemukan di arsip TPK' });
  expect(a2.sections.flatMap((s) => s.items).at(-1)?.answer).toBe('tidak_relevan');

  // The catatan kekurangan and the TPK's answer.
  await page.getByRole('tab', { name: /Catatan kekurangan/ }).click();
  await page.getByRole('button', { name: /Buat catatan dari butir yang belum sesuai/ }).click();
  const note = page.getByLabel('Catatan kekurangan No. 1');
  await expect(note).toContainText('Butir A2');
  await note.getByRole('button', { name: 'Ubah catatan 1' }).click();
  const findingForm = page.getByRole('form', { name: 'Catatan kekurangan' });
  await findingForm.getByLabel('Tanggapan TPK').fill('TPK akan meminta salinan BA penetapan ke UPK');
  await findingForm.getByLabel('Penanggung jawab (PIC)').fill('Sekretaris TPK');
  await findingForm.getByLabel('Batas waktu').fill(ddmmyyyy(new Date(Date.now() + 30 * 86_400_000)));
  await findingForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(note).toContainText('TPK akan meminta salinan BA penetapan ke UPK');
  await page.screenshot({ path: `${SHOTS}/03-catatan.png` });

  // Conclusion and finalisation.
  await page.getByRole('tab', { name: 'Kesimpulan & final' }).click();
  await page
    .getByRole('textbox', { name: 'Kesimpulan' })
    .fill('Dokumen TPK lengkap kecuali BA penetapan kegiatan.');
  await page.getByRole('button', { name: 'Simpan kesimpulan' }).click();
  await expect(page.getByText('Semua butir sudah diperiksa')).toBeVisible();
  await page.getByRole('button', { name: 'Finalkan pra-audit' }).click();
  await page
    .getByRole('dialog', { name: 'Finalkan pra-audit?' })
    .getByRole('button', { name: 'Finalkan' })
    .click();
  const number = page.getByTestId('audit-number');
  await expect(number).toHaveText(/LHPA/);
  const auditNumber = (await number.textContent()) ?? '';
  await page.screenshot({ path: `${SHOTS}/04-final.png` });

  // The three documents.
  const texts: string[] = [];
  for (const label of ['Laporan Hasil Pra-Audit', 'Lembar Tanggapan Pra-Audit', 'Checklist Pra-Audit']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: label }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^${label.replaceAll(' ', '-')}-.*\\.pdf$`));
    const target = testInfo.outputPath(file.suggestedFilename());
    await file.saveAs(target);
    expect(fs.readFileSync(target).subarray(0, 4).toString()).toBe('%PDF');
    texts.push(execFileSync('pdftotext', ['-layout', target, '-']).toString('utf8').replace(/\s+/g, ' '));
  }
  for (const text of texts) expect(text).toContain(auditNumber);
  expect(texts[0]).toContain('Pembangunan MCK umum');
  expect(texts[1]).toContain('TPK akan meminta salinan');
  expect(texts[2]).toContain('Dokumen usulan tidak');

  // After a restart the audit is still final, with its number.
  const restarted = await office.restart();
  await app.open(`${restarted.url}#/pra-audit/${auditId}`);
  await expect(page.getByTestId('audit-number')).toHaveText(auditNumber);
  await expect(page.getByRole('application', { name: 'Checklist pra-audit' })).toContainText('Tidak ada');
  expect(path.basename(auditNumber)).toBeTruthy();
});

test('dua pra-audit TPK yang sama dibandingkan: yang membaik dan yang masih terbuka', async ({
  page,
  office,
}) => {
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  await app.open(`${server.url}#/pra-audit/banding`);
  await page.getByRole('combobox', { name: 'Pra-audit sebelumnya' }).click();
  await page.getByRole('option', { name: /LHPA/ }).click();
  await page.getByRole('combobox', { name: 'Pra-audit sesudahnya (desa yang sama)' }).click();
  await page.getByRole('option', { name: /draf/ }).click();
  await expect(page.getByText('Membaik: 1')).toBeVisible();
  await expect(page.getByText('Masih terbuka: 1')).toBeVisible();
  const table = page.getByRole('table', { name: 'Perbandingan butir' });
  await expect(table.getByRole('row', { name: /C3/ })).toContainText('Membaik');
  await page.screenshot({ path: `${SHOTS}/05-banding.png`, fullPage: true });
});
