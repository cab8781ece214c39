import { formatAngka } from '../../shared/format/money';
import type { Examination, ExamSummary } from '../../shared/pemeriksaan/pemeriksaan';
import { callEnvelope } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';
import { startServer } from './server';

async function api<T>(server: { url: string; token: string }, name: string, input: unknown = {}): Promise<T> {
  const body = (await callEnvelope(server, name, input)) as {
    ok: boolean;
    value?: T;
    error?: { code: string; message: string };
  };
  if (!body.ok)
    throw Object.assign(new Error(`${name} gagal: ${body.error?.message}`), { code: body.error?.code });
  return body.value as T;
}

/** The fixture's office, restarted as the demo office (seeded into its empty database). */
async function demoOffice(office: { dbPath: string; server: Awaited<ReturnType<typeof startServer>> }) {
  await office.server.stop();
  office.server = await startServer(office.dbPath, ['--demo']);
  return office.server;
}

/** Notes, largest first, that make up `sen` (whole thousands in the demo). */
function notesFor(sen: number): Record<string, number> {
  const counts: Record<string, number> = {};
  let rest = sen;
  for (const rupiah of [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000]) {
    const n = Math.floor(rest / (rupiah * 100));
    rest -= n * rupiah * 100;
    if (n > 0) counts[`lembar Rp${formatAngka(rupiah * 100)}`] = n;
  }
  for (const rupiah of [1_000, 500, 200, 100]) {
    const n = Math.floor(rest / (rupiah * 100));
    rest -= n * rupiah * 100;
    if (n > 0) counts[`keping Rp${formatAngka(rupiah * 100)}`] = n;
  }
  if (rest !== 0) throw new Error(`Tidak dapat dipecah: sisa ${rest} sen`);
  return counts;
}

const SHORT = 250_000_000; // Rp2.500.000 in sen

test('pemeriksaan kas dari hitungan pecahan sampai berita acara final yang terverifikasi', async ({
  page,
  office,
}) => {
  const server = await demoOffice(office);
  const draft = (await api<ExamSummary[]>(server, 'exam.list')).find((e) => e.status === 'draft');
  if (!draft) throw new Error('Demo tanpa pemeriksaan draf');
  const before = await api<Examination>(server, 'exam.get', { id: draft.id });
  const cash = before.cash[0];
  if (!cash) throw new Error('Demo tanpa akun kas');

  const app = new AuditUpkApp(page);
  await app.openExamRegister(server.url);
  await expect(app.examRegister()).toContainText('001/BA-PK/UPK/');
  await app.openExam('Draf');
  await expect(app.missingPanel()).toContainText('Kesimpulan belum diisi');

  // Kas: the count, typed row by row, is Rp2.500.000 short of the book.
  await expect(app.cashSection(cash.accountName)).toContainText(`Rp${formatAngka(cash.book.balance)}`);
  await app.enterCounts(cash.accountName, notesFor(cash.book.balance - SHORT));
  const difference = app.cashDifference(cash.accountName);
  await expect(difference).toHaveAttribute('data-status', 'kurang');
  await expect(difference).toContainText('(Rp2.500.000)');
  await expect(difference).toContainText('Kurang');
  expect((await api<Examination>(server, 'exam.get', { id: draft.id })).cash[0]?.difference).toBe(-SHORT);

  await app.addExplanation(cash.accountName, {
    code: 'Kasbon / bon sementara',
    amount: '2.500.000',
    description: 'Kasbon staf untuk pembelian ATK, bon ditandatangani',
  });
  await expect(difference).toContainText('Selisih belum terjelaskanRp0');

  // Bank: each statement equals the book; both sides meet.
  await app.openExamTab('Bank');
  for (const bank of before.banks) {
    await app.setBankStatement(bank.accountName, { balance: formatAngka(bank.bookBalance) });
    await expect(app.reconStatus(bank.accountName)).toContainText('Seimbang');
  }

  await app.openExamTab('Pengamatan');
  await app.answerAllObservations('Ya');

  await app.openExamTab('Temuan');
  await app.addFinding({
    kondisi: 'Terdapat kasbon staf Rp2.500.000 yang disimpan sebagai pengganti uang tunai',
    kriteria: 'SOP keuangan UPK: kas tunai tidak boleh dipinjamkan',
    rekomendasi: 'Kasbon dipertanggungjawabkan paling lambat 7 hari',
    amount: '2.500.000',
    pic: 'Bendahara UPK',
  });

  await app.openExamTab('Kesimpulan & final');
  await expect(app.finaliseButton()).toBeDisabled();
  await app.writeConclusion('Kas kurang Rp2.500.000 karena kasbon staf; saldo bank sesuai dengan pembukuan.');
  await expect(page.getByText('Semua langkah sudah lengkap.', { exact: true })).toBeVisible();
  await app.finaliseExam();

  // Final: numbered, hashed, read-only; finalising again is impossible.
  await expect(app.examNumber()).toHaveText(/^002\/BA-PK\/UPK\/[IVX]+\/\d{4}$/);
  const number = (await app.examNumber().textContent()) ?? '';
  const hash = ((await app.examHash().textContent()) ?? '').trim();
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  await app.openExamTab('Kesimpulan');
  await expect(app.finaliseButton()).toHaveCount(0);
  await app.openExamTab('Kas');
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(api(server, 'exam.finalise', { id: draft.id })).rejects.toMatchObject({ code: 'CONFLICT' });

  // The berita acara downloads as a PDF.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh Berita Acara (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/i);

  // Verification: by number and code, by the QR text, and a wrong code.
  await app.openVerification();
  const genuine = await app.verifyExam({ number, hash });
  await expect(genuine).toHaveAttribute('data-genuine', 'true');
  await expect(genuine).toContainText('asli');
  await page.getByLabel('Nomor berita acara').fill('');
  await page.getByLabel('Kode verifikasi').fill('');
  const byQr = await app.verifyExam({ qr: `AUDITUPK|${number}|${hash}` });
  await expect(page.getByLabel('Kode verifikasi')).toHaveValue(hash);
  await expect(byQr).toHaveAttribute('data-genuine', 'true');
  const wrongHash = hash.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
  const wrong = await app.verifyExam({ number, hash: wrongHash });
  await expect(wrong).toHaveAttribute('data-genuine', 'false');
  await expect(wrong).toContainText('tidak cocok');
});

test('pemeriksaan baru: pemeriksa tidak boleh sekaligus yang diperiksa', async ({ page, office }) => {
  const server = await demoOffice(office);
  const app = new AuditUpkApp(page);
  await app.openExamRegister(server.url);
  await page.getByRole('button', { name: 'Pemeriksaan baru' }).click();
  const form = page.getByRole('form', { name: 'Identitas pemeriksaan' });
  await expect(form.getByLabel('Tempat')).toHaveValue('Kantor UPK DAPM Kecamatan Sukamaju');
  await form.getByLabel('Tanggal pemeriksaan').fill('31/10/2026');
  // The Bendahara on that date is proposed as the examined person.
  await expect(form.getByRole('combobox', { name: 'Yang diperiksa' })).toHaveValue(/Siti Nurhayati/);
  await form.getByRole('combobox', { name: 'Pemeriksa', exact: true }).click();
  await page.getByRole('option', { name: 'Siti Nurhayati, S.Ak. — Bendahara UPK', exact: true }).click();
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Buat pemeriksaan' }).click();
  await expect(form).toContainText('Pihak yang diperiksa tidak boleh menjadi pemeriksa');
  expect(await api<ExamSummary[]>(server, 'exam.list')).toHaveLength(2);

  // Someone else examines: the examination is created and opened.
  const examiners = form.getByRole('combobox', { name: 'Pemeriksa', exact: true });
  await examiners.click();
  await page.keyboard.press('Backspace');
  await page
    .getByRole('option', { name: 'Nenden Fitriani, S.Sos. — Fasilitator Kecamatan (FK)', exact: true })
    .click();
  await page.keyboard.press('Escape');
  await form.getByRole('button', { name: 'Buat pemeriksaan' }).click();
  await expect(page.getByRole('heading', { name: 'Pemeriksaan Kas (draf)' })).toBeVisible();
  await expect(page).toHaveURL(/#\/pemeriksaan-kas\/3$/);
  await expect(app.missingPanel()).toContainText('uang fisik belum dihitung');
  expect(await api<ExamSummary[]>(server, 'exam.list')).toHaveLength(3);
});
