import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { call, startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/praaudit-shots';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

function ddmmyyyy(d: Date): string {
  return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
}

const overall = (page: Page) => page.getByLabel('Kemajuan keseluruhan');

/** A screenshot for looking at the pages, without the passing notifications. */
async function shot(page: Page, name: string, fullPage = false) {
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

test('pra-audit dijalankan dengan papan ketik, kekurangan ditanggapi TPK, difinalkan dan ketiga dokumennya dicetak', async ({
  page,
  office,
}, testInfo) => {
  // 45 items by keyboard, three PDFs and a restart: longer than the default minute on a busy machine.
  test.setTimeout(180_000);
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  fs.mkdirSync(SHOTS, { recursive: true });
  await app.open(server.url);
  await app.nav('Pra-Audit TPK').click();
  await expect(page.getByRole('table', { name: 'Daftar pra-audit' })).toContainText(
    'Rabat beton jalan Dusun II',
  );
  await shot(page, '01-register', true);

  // A new audit of the MCK in Cibodas.
  await page.getByRole('button', { name: 'Pra-audit baru' }).click();
  const dialog = page.getByRole('form', { name: 'Identitas pra-audit' });
  await dialog.getByRole('combobox', { name: 'Kegiatan yang diaudit' }).click();
  await page.getByRole('option', { name: /Pembangunan MCK umum/ }).click();
  await expect(dialog.getByText('Desa Cibodas · Sarana prasarana')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Versi checklist' })).toHaveValue(/v1/);
  await expect(dialog.getByLabel('Tempat')).toHaveValue('Kantor Desa Cibodas');
  await expect(dialog.getByLabel('Ketua TPK (yang diperiksa)')).toHaveValue('Ade Rukmana');
  await dialog.getByLabel('Nama pemeriksa 1').fill('Ahmad Fauzi');
  await dialog.getByLabel('Jabatan pemeriksa 1').fill('Pendamping Lokal');
  await dialog.getByLabel('Fasilitator Kecamatan (mengetahui)').fill('Nenden Fitriani, S.Sos.');
  await shot(page, '01b-baru');
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
  await page.getByLabel('Jumlah selisih A2').fill('250.000');
  await page.getByLabel('Jumlah selisih A2').press('Tab');

  // A second file, attached by mistake, is detached after a question.
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Lampirkan bukti A2' }).click();
  await (await chooser2).setFiles({ name: 'salah.pdf', mimeType: 'application/pdf', buffer: PDF });
  await page.getByRole('button', { name: 'Lepaskan salah.pdf' }).click();
  await page
    .getByRole('dialog', { name: 'Lepaskan bukti?' })
    .getByRole('button', { name: 'Lepaskan' })
    .click();
  await expect(page.getByLabel('Butir A2')).not.toContainText('salah.pdf');

  // The evidence opens (downloads) from the row.
  const evidence = page.waitForEvent('download');
  await page.getByRole('button', { name: 'arsip-a2.png', exact: true }).click();
  expect((await evidence).suggestedFilename()).toBe('arsip-a2.png');

  // A note typed first and the answer key pressed at once: both are kept.
  await checklist.focus();
  await page.keyboard.press('j');
  await page.keyboard.press('n');
  await expect(page.getByLabel('Catatan A3')).toBeFocused();
  await page.keyboard.type('RAB ditandatangani Kepala Desa');
  await page.keyboard.press('Enter');
  await page.keyboard.press('1');
  await expect(overall(page)).toContainText('3/45 diperiksa');
  await expect(page.getByLabel('Catatan A3')).toHaveValue('RAB ditandatangani Kepala Desa');
  await expect(page.getByLabel('Yang belum lengkap')).toContainText('42 butir belum diperiksa');
  await page.getByLabel('Butir A2').scrollIntoViewIfNeeded();
  await shot(page, '02-checklist');

  // Unexamined items block finalisation.
  await page.getByRole('tab', { name: 'Kesimpulan & final' }).click();
  await expect(page.getByText('Belum dapat difinalkan')).toBeVisible();
  await expect(page.getByRole('tabpanel')).toContainText('42 butir belum diperiksa');
  await expect(page.getByRole('button', { name: 'Finalkan pra-audit' })).toBeDisabled();

  // The rest with the keyboard: each answer moves to the next unexamined item.
  await page.getByRole('tab', { name: 'Checklist' }).click();
  await checklist.focus();
  for (let n = 4; n <= 45; n++) {
    await page.keyboard.press(n === 45 ? '4' : '1');
    await expect(overall(page)).toContainText(`${n}/45 diperiksa`);
  }
  const a2 = await call(server, 'praAudit.get', { id: auditId });
  const item = a2.sections.flatMap((s) => s.items).find((i) => i.code === 'A2');
  expect(item).toMatchObject({
    answer: 'tidak_ada',
    note: 'Dokumen usulan tidak ditemukan di arsip TPK',
    amount: 25_000_000,
  });
  expect(item?.evidence.map((e) => e.fileName)).toEqual(['arsip-a2.png']);
  const a3 = a2.sections.flatMap((s) => s.items).find((i) => i.code === 'A3');
  expect(a3).toMatchObject({ answer: 'ada_sesuai', note: 'RAB ditandatangani Kepala Desa' });
  expect(a2.sections.flatMap((s) => s.items).at(-1)?.answer).toBe('tidak_relevan');

  // The catatan kekurangan and the TPK's answer.
  await page.getByRole('tab', { name: /Catatan kekurangan/ }).click();
  await page.getByRole('button', { name: /Buat catatan dari butir yang belum sesuai/ }).click();
  const note = page.getByLabel('Catatan kekurangan No. 1');
  await expect(note).toContainText('Butir A2');
  await note.getByRole('button', { name: 'Ubah / tanggapan catatan 1' }).click();
  const findingForm = page.getByRole('form', { name: 'Catatan kekurangan' });
  await findingForm.getByLabel('Tanggapan TPK').fill('TPK akan meminta salinan BA penetapan ke UPK');
  await findingForm.getByLabel('Penanggung jawab (PIC)').fill('Sekretaris TPK');
  await findingForm.getByLabel('Batas waktu').fill(ddmmyyyy(new Date(Date.now() + 30 * 86_400_000)));
  await findingForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(findingForm).toBeHidden();
  await expect(note).toContainText('TPK akan meminta salinan BA penetapan ke UPK');

  // A free catatan (not from an item), then removed after a question.
  await page.getByRole('button', { name: 'Catatan lain (tanpa butir)' }).click();
  const free = page.getByRole('form', { name: 'Catatan kekurangan' });
  await free.getByLabel('Kondisi (yang ditemukan)').fill('Papan informasi kegiatan rusak');
  await free.getByLabel(/^Rekomendasi/).fill('Perbaiki papan informasi');
  await free.getByRole('button', { name: 'Simpan' }).click();
  await expect(free).toBeHidden();
  const second = page.getByLabel('Catatan kekurangan No. 2');
  await expect(second).toContainText('Papan informasi kegiatan rusak');
  await second.getByRole('button', { name: 'Hapus' }).click();
  await page
    .getByRole('dialog', { name: 'Hapus catatan No. 2?' })
    .getByRole('button', { name: 'Hapus' })
    .click();
  await expect(second).toHaveCount(0);

  // The identity can still be corrected while in draft.
  await page.getByRole('button', { name: 'Ubah identitas pra-audit' }).click();
  const header = page.getByRole('form', { name: 'Identitas pra-audit' });
  await header.getByLabel('Tempat').fill('Sekretariat TPK Desa Cibodas');
  await header.getByRole('button', { name: 'Simpan' }).click();
  await expect(header).toBeHidden();
  await expect(page.getByLabel('Identitas pra-audit', { exact: true })).toContainText(
    'Sekretariat TPK Desa Cibodas',
  );
  await shot(page, '03-catatan');

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
  await shot(page, '04-final');

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

  // Follow-up happens in Temuan.
  await page.getByRole('button', { name: 'Tindak lanjut di Temuan' }).click();
  await expect(page).toHaveURL(/#\/temuan/);
  await expect(page.getByRole('heading', { name: 'Temuan & Tindak Lanjut' })).toBeVisible();

  // After a restart the audit is still final, with its number.
  const restarted = await office.restart();
  await app.open(`${restarted.url}#/pra-audit/${auditId}`);
  await expect(page.getByTestId('audit-number')).toHaveText(auditNumber);
  await expect(page.getByRole('application', { name: 'Checklist pra-audit' })).toContainText('Tidak ada');
  await expect(page.getByLabel('Butir A2')).toContainText('Dokumen usulan tidak ditemukan di arsip TPK');
  await expect(page.getByLabel('Jawaban A1')).toHaveCount(0);
  await shot(page, '06-final-checklist');
  await page.getByRole('tab', { name: /Catatan kekurangan/ }).click();
  await expect(page.getByLabel('Catatan kekurangan No. 1')).toContainText('Sekretaris TPK');
  await expect(page.getByRole('button', { name: 'Ubah / tanggapan catatan 1' })).toHaveCount(0);
  await shot(page, '07-final-catatan');
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
  await shot(page, '05-banding', true);
});

test('kantor tanpa kegiatan: pra-audit dijelaskan dan diarahkan ke Pengaturan › Kegiatan', async ({
  page,
  office,
}) => {
  const app = new AuditUpkApp(page);
  await app.open(`${office.server.url}#/pra-audit`);
  const empty = page.getByRole('alert').filter({ hasText: 'Belum ada pra-audit' });
  await expect(empty).toContainText('sebelum Musyawarah Desa pertanggungjawaban');
  await shot(page, '00-kosong');
  await page.getByRole('button', { name: 'Pra-audit baru' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pra-audit baru' });
  await expect(dialog.getByText('Belum ada kegiatan')).toBeVisible();
  await shot(page, '00b-tanpa-kegiatan');
  await dialog.getByRole('link', { name: 'Pengaturan › Kegiatan' }).click();
  await expect(page).toHaveURL(/#\/pengaturan\/kegiatan/);
});
