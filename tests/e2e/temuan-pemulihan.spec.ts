import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { call, startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/temuan-pemulihan-shots';

test('temuan dari bank temuan, dua setoran, ditutup pengguna kedua, BA Kesepakatan tercetak', async ({
  page,
  browser,
  office,
}) => {
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startDemoOffice(office);
  // The demo's draft examination, completed up to its findings (counts and cash were done by the demo).
  const draft = (await call(server, 'exam.list', {})).find((e) => e.status === 'draft');
  if (!draft) throw new Error('Demo tanpa pemeriksaan draf');
  const exam = await call(server, 'exam.get', { id: draft.id });
  for (const b of exam.banks) {
    await call(server, 'exam.setStatement', {
      id: exam.id,
      accountId: b.accountId,
      balance: b.bookBalance,
      date: exam.date,
      source: 'rekening_koran',
    });
  }
  for (const o of exam.observations) {
    await call(server, 'exam.setObservation', { id: exam.id, itemId: o.itemId, answer: 'ya', note: null });
  }
  await call(server, 'exam.setConclusion', {
    id: exam.id,
    conclusion: 'Kas kurang karena kasbon staf.',
    unexplainedAcknowledged: true,
  });

  // The Pemeriksa records the finding from the bank temuan.
  const app = new AuditUpkApp(page);
  await app.open(`${server.url}#/pemeriksaan-kas/${exam.id}`, {
    username: 'pemeriksa',
    password: 'contoh123',
  });
  await page.getByRole('tab', { name: 'Temuan' }).click();
  const form = page.getByRole('form', { name: 'Tambah temuan' });
  await app.choose(form, 'Mulai dari bank temuan', 'KAS-02 · Kasbon pengurus/pegawai');
  await expect(form.getByLabel('Kriteria')).toHaveValue(/kasbon bukan bagian dari kas/);
  await expect(form.getByLabel('Kondisi')).toHaveValue(/Pada pemeriksaan kas tanggal/);
  await form.getByRole('textbox', { name: 'Nilai rekomendasi' }).fill('300.000');
  await form.getByLabel('Penanggung jawab').fill('Bendahara UPK');
  await page.screenshot({ path: `${SHOTS}/01-dari-bank-temuan.png`, fullPage: true });
  await form.getByRole('button', { name: 'Tambah temuan' }).click();
  await expect(page.getByText('Temuan ditambahkan.')).toBeVisible();
  // Review is optional in the demo office: the panel says so, and the Pemeriksa may still submit.
  await page.getByRole('tab', { name: 'Kesimpulan & final' }).click();
  const review = page.getByRole('region', { name: 'Reviu' }).or(page.getByLabel('Reviu'));
  await expect(review).toContainText('Reviu tidak diwajibkan kantor');
  await expect(review.getByRole('button', { name: 'Ajukan reviu' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/01b-reviu.png`, fullPage: true });
  const finalised = await call(server, 'exam.finalise', { id: exam.id });
  expect(finalised.status).toBe('final');
  const finding = (await call(server, 'finding.list', { source: 'pemeriksaan_kas' })).find(
    (f) => f.sourceId === exam.id && f.library?.code === 'KAS-02',
  );
  if (!finding) throw new Error('Temuan dari bank temuan tidak tercatat');
  expect(finding).toMatchObject({ recommendedAmount: 300_000_00, remaining: 300_000_00, status: 'terbuka' });

  // The Bendahara records two deposits, each booked in the Buku Kas from the follow-up form.
  const bendaharaPage = await (await browser.newContext()).newPage();
  const bendahara = new AuditUpkApp(bendaharaPage);
  await bendahara.open(`${server.url}#/temuan/${finding.id}`, {
    username: 'bendahara',
    password: 'contoh123',
  });
  const drawer = bendaharaPage.getByRole('dialog', { name: `Temuan No. ${finding.number}` });
  for (const [amount, bukti] of [
    ['100.000', 'STS-E2E-1'],
    ['200.000', 'STS-E2E-2'],
  ] as const) {
    const deposit = drawer.getByRole('form', { name: 'Catat setoran' });
    await deposit.getByRole('textbox', { name: 'Jumlah disetor' }).fill(amount);
    await deposit.getByLabel('Nomor bukti setor').fill(bukti);
    await bendahara.choose(deposit, 'Diterima di kas/rekening', '1.1.01.01 Kas Tunai');
    await bendahara.choose(deposit, 'Akun lawan (dikredit)', '1.1.05.01 Kasbon / Uang Muka');
    await deposit.getByRole('button', { name: 'Simpan setoran' }).click();
    await expect(drawer.getByRole('table', { name: 'Setoran' })).toContainText(bukti);
  }
  await expect(drawer.getByLabel('Pemulihan')).toContainText('Sisa Rp0');
  await expect(drawer.getByLabel('Pemulihan')).toContainText('Pemulihan 100%');
  // The Bendahara is offered no closing status.
  await expect(drawer.getByRole('radio', { name: 'S · Sesuai rekomendasi' })).toHaveCount(0);
  await bendaharaPage.screenshot({ path: `${SHOTS}/02-setoran.png`, fullPage: true });

  // The Pemeriksa, a second user, verifies and closes it.
  await app.open(`${server.url}#/temuan/${finding.id}`, { username: 'pemeriksa', password: 'contoh123' });
  const verify = page.getByRole('dialog', { name: `Temuan No. ${finding.number}` });
  const followUp = verify.getByRole('form', { name: 'Catat tindak lanjut' });
  await followUp.getByRole('radio', { name: 'S · Sesuai rekomendasi', exact: true }).check();
  await followUp.getByLabel('Uraian tindak lanjut').fill('Kasbon dikembalikan dalam dua setoran');
  await followUp.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
  await expect(verify.getByText('Temuan sudah ditutup: S · Sesuai rekomendasi')).toBeVisible();
  await expect(verify.getByRole('table', { name: 'Riwayat tindak lanjut' })).toContainText('Ahmad Fauzi');
  await page.screenshot({ path: `${SHOTS}/03-ditutup.png`, fullPage: true });

  // The berita acara prints with its Berita Acara Kesepakatan.
  await page.keyboard.press('Escape');
  await app.open(`${server.url}#/pemeriksaan-kas/${exam.id}`, {
    username: 'pemeriksa',
    password: 'contoh123',
  });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh Berita Acara (PDF)' }).click();
  const file = path.join(SHOTS, 'ba.pdf');
  await (await download).saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain('BERITA ACARA KESEPAKATAN TINDAK LANJUT');
  expect(text).toContain('Rp300.000');
  expect(text).toContain('tanpa reviu');

  // Pengaturan › Temuan & Reviu: the bank temuan counts the finding made from KAS-02.
  await app.open(`${server.url}#/pengaturan/temuan`);
  const library = page.getByRole('table', { name: 'Bank temuan' });
  await expect(library.getByRole('row', { name: /KAS-02/ })).toContainText('Kasbon pengurus/pegawai');
  await page.screenshot({ path: `${SHOTS}/04-pengaturan.png`, fullPage: true });
});
