import { callEnvelope } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

async function api<T = unknown>(
  office: { server: { url: string; token: string } },
  name: string,
  input: unknown = {},
): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }> {
  return (await callEnvelope(office.server, name, input)) as { ok: boolean; value?: T };
}

/** Every line of the Buku Kas Umum over a wide period: what was written, whatever the screen says. */
async function allBookRows(office: { server: { url: string; token: string } }) {
  const page = await api<{ rows: { bukti: string; voided: boolean }[] }>(office, 'books.page', {
    query: { bku: true, from: '2000-01-01', to: '2100-12-31' },
    limit: 500,
  });
  expect(page.ok).toBe(true);
  return page.value?.rows ?? [];
}

function jakartaYear(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date());
}

const KAS = '1.1.01.01 — Kas Tunai';
const BANK = '1.1.01.02.01 — Bank BRI Unit Cibeber';

async function freshOfficeWithBank(office: { server: { url: string; token: string } }) {
  const bank = await api(office, 'accounts.createMoney', {
    kind: 'bank',
    code: '1.1.01.02.01',
    name: 'Bank BRI Unit Cibeber',
    bank: {
      bankName: 'BRI Unit Cibeber',
      accountNumber: '0123-01-000999-30-1',
      holder: 'UPK Kecamatan Cibeber',
      bankType: 'giro',
    },
  });
  expect(bank.ok).toBe(true);
}

test('penerimaan kas lalu setor ke bank: Buku Kas turun, Buku Bank naik', async ({ page, office }) => {
  await freshOfficeWithBank(office);
  const app = new AuditUpkApp(page);
  await app.openBooks(office.server.url);
  await expect(page.getByText('Belum ada transaksi pada periode ini')).toBeVisible();
  await expect(app.bookFigure('Saldo akhir')).toHaveText('Rp0');

  const form = await app.openQuickEntry();
  await expect(form.getByRole('combobox', { name: 'Rekening kas/bank' })).toHaveValue(KAS);
  await app.fillQuickEntry({
    bukti: 'BKM-001',
    other: { label: 'Akun lawan', option: '4.1.01 — Pendapatan Jasa SPP' },
    amount: 'Rp 1.250.000',
    description: 'Jasa pinjaman SPP kelompok Melati',
  });
  // The typed amount is read back before saving.
  await expect(form.getByText('Rp1.250.000 · Satu juta dua ratus lima puluh ribu rupiah')).toBeVisible();
  await form.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Penerimaan Rp1.250.000 (bukti BKM-001) dicatat.')).toBeVisible();

  await app.chooseBook('Kas Tunai');
  await expect(app.bookFigure('Saldo akhir')).toHaveText('Rp1.250.000');
  await expect(app.bookRows('BKM-001')).toContainText('1.250.000');
  await app.chooseBook('Bank BRI Unit Cibeber');
  await expect(app.bookFigure('Saldo akhir')).toHaveText('Rp0');

  // Ctrl+N opens the same form; setor ke bank takes the cash box as source, the only bank as target.
  await page.keyboard.press('Control+n');
  await expect(app.quickEntryForm()).toBeVisible();
  await app.fillQuickEntry({
    kind: 'Setor ke bank',
    bukti: 'BKK-001',
    money: { label: 'Dari kas', option: KAS },
    amount: '1.000.000',
    description: 'Setor kas ke rekening BRI',
  });
  await expect(app.quickEntryForm().getByRole('combobox', { name: 'Ke rekening bank' })).toHaveValue(BANK);
  await app.quickEntryForm().getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(app.quickEntryForm()).toBeHidden();

  // The bank book on screen reloads after the write.
  await expect(app.bookFigure('Saldo akhir')).toHaveText('Rp1.000.000');
  await expect(app.bookRows('BKK-001')).toContainText('1.000.000');
  await app.chooseBook('Kas Tunai');
  await expect(app.bookFigure('Saldo akhir')).toHaveText('Rp250.000');
  await expect(app.bookFigure('Debit / Masuk')).toHaveText('Rp1.250.000');
  await expect(app.bookFigure('Kredit / Keluar')).toHaveText('Rp1.000.000');
  // The opening row and the two transactions.
  await expect(app.bookRows()).toHaveCount(3);
  await app.chooseBook('Buku Kas Umum');
  await expect(app.bookFigure('Saldo akhir')).toHaveText('Rp1.250.000');
  // Kas and bank lines of the setor, each with its account.
  await expect(app.bookRows('BKK-001')).toHaveCount(2);
  await expect(app.book().getByRole('columnheader', { name: 'Rekening' })).toBeVisible();
});

test('transaksi dicatat dengan keyboard saja: Enter pindah kolom, Enter terakhir menyimpan', async ({
  page,
  office,
}) => {
  const app = new AuditUpkApp(page);
  await app.openBooks(office.server.url);
  // The book has loaded (its cash box is the form's default source) before Ctrl+N.
  await expect(page.getByText('Belum ada transaksi pada periode ini')).toBeVisible();
  await page.keyboard.press('Control+n');
  const form = app.quickEntryForm();
  await expect(form.getByLabel('Tanggal')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Jam')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('BKM-101');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('combobox', { name: 'Rekening kas/bank' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The counter account is found by typing part of its name; Enter takes the first match.
  // akun ⏎ jumlah ⏎ uraian ⏎: Enter on the picked account moves on to the amount.
  await page.keyboard.type('jasa uep');
  await page.keyboard.press('Enter');
  await expect(form.getByRole('combobox', { name: 'Akun lawan' })).toHaveValue(
    '4.1.02 — Pendapatan Jasa UEP',
  );
  await expect(form.getByLabel('Jumlah (Rp)')).toBeFocused();
  await page.keyboard.type('2.500.000,50');
  await page.keyboard.press('Enter');
  await expect(form.getByLabel('Uraian')).toBeFocused();
  await page.keyboard.type('Jasa UEP kelompok Cempaka');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(app.bookRows('BKM-101')).toContainText('2.500.000,50');
  await expect(app.bookFigure('Saldo akhir')).toHaveText('Rp2.500.000,50');
});

test('jurnal umum yang tidak seimbang ditolak dan tidak menyimpan apa pun', async ({ page, office }) => {
  const app = new AuditUpkApp(page);
  await app.openBooks(office.server.url);
  const form = await app.fillJournal({
    bukti: 'JU-001',
    description: 'Pembelian ATK',
    lines: [
      { account: '5.1.02 — Beban ATK dan Fotokopi', debit: '100.000' },
      { account: KAS, credit: '90.000' },
    ],
  });
  await expect(form.getByTestId('selisih')).toHaveText('Selisih Rp10.000: debit lebih besar');
  await form.getByRole('button', { name: 'Simpan jurnal' }).click();
  await expect(
    form.getByText('Jurnal tidak seimbang: debit Rp100.000, kredit Rp90.000 (selisih Rp10.000).'),
  ).toBeVisible();
  await expect(form.getByText('Jumlah debit harus sama dengan jumlah kredit')).toBeVisible();
  expect(await allBookRows(office)).toEqual([]);
  expect((await api(office, 'journal.get', { id: 1 })).ok).toBe(false);

  // Balanced, it is saved and shows in the Buku Kas Umum.
  await form.getByLabel('Kredit baris 2').fill('100.000');
  await expect(form.getByTestId('selisih')).toHaveText('Seimbang');
  await form.getByRole('button', { name: 'Simpan jurnal' }).click();
  await expect(form).toBeHidden();
  await expect(app.bookRows('JU-001')).toContainText('100.000');
  await expect(app.bookFigure('Saldo akhir')).toHaveText('(Rp100.000)');
});

test('nomor bukti yang sudah dipakai meminta konfirmasi sebelum disimpan', async ({ page, office }) => {
  const app = new AuditUpkApp(page);
  await app.openBooks(office.server.url);
  const date = `01/01/${jakartaYear()}`;
  const form = await app.openQuickEntry();
  await app.fillQuickEntry({
    date,
    time: '09:00',
    bukti: 'BKM-007',
    other: { label: 'Akun lawan', option: '4.1.01 — Pendapatan Jasa SPP' },
    amount: '500.000',
    description: 'Jasa SPP kelompok Mawar',
  });
  await form.getByRole('button', { name: 'Simpan & catat lagi' }).click();
  // The form stays open for the next receipt: the date is kept, the rest cleared.
  await expect(page.getByText('Penerimaan Rp500.000 (bukti BKM-007) dicatat.')).toBeVisible();
  await expect(form.getByLabel('Tanggal')).toHaveValue(date);
  await expect(form.getByLabel('No. Bukti')).toHaveValue('');
  await expect(form.getByLabel('Jumlah (Rp)')).toHaveValue('');

  await app.fillQuickEntry({
    time: '10:00',
    bukti: 'BKM-007',
    other: { label: 'Akun lawan', option: '4.1.02 — Pendapatan Jasa UEP' },
    amount: '300.000',
    description: 'Jasa UEP kelompok Anggrek',
  });
  await form.getByRole('button', { name: 'Simpan', exact: true }).click();
  const question = form.getByRole('alert').filter({ hasText: 'Nomor bukti sudah dipakai' });
  await expect(question).toContainText('Nomor bukti BKM-007 sudah dipakai pada 1 Januari');
  await expect(form.getByLabel('No. Bukti')).toHaveAttribute('aria-invalid', 'true');
  expect(await allBookRows(office)).toHaveLength(1);

  await question.getByRole('button', { name: 'Simpan juga' }).click();
  await expect(form).toBeHidden();
  expect(await allBookRows(office)).toHaveLength(2);
  await app.chooseBook('Kas Tunai');
  await expect(app.bookRows('BKM-007')).toHaveCount(2);
  await expect(app.bookFigure('Saldo akhir')).toHaveText('Rp800.000');
});

test('buku kantor contoh: dimuat per halaman, dipilih dengan keyboard, dibuka dan dibatalkan', async ({
  page,
  office,
}) => {
  expect((await api(office, 'demo.load')).ok).toBe(true);
  const app = new AuditUpkApp(page);
  await app.openBooks(office.server.url);
  const book = app.book();
  await expect(book.getByRole('row', { name: /Saldo awal/ })).toBeVisible();
  await expect(
    page.getByText(/^100 baris dimuat \(gulir untuk memuat berikutnya\) · [\d.]+ baris aktif/),
  ).toBeVisible();
  // Virtualised: far fewer rows in the page than loaded.
  expect(await app.bookRows().count()).toBeLessThan(60);

  // Scrolling to the end loads the next page.
  await book.focus();
  for (let i = 0; i < 8; i++) await page.keyboard.press('End');
  await expect(page.getByText(/^[\d.]+ baris dimuat/)).not.toHaveText(/^100 baris/);

  // ↑/↓ move the selection, Enter opens the entry.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  const selected = book.locator('tr[aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  const bukti = (await selected.locator('td').nth(1).textContent()) ?? '';
  await page.keyboard.press('Enter');
  const dialog = app.entryDialog();
  await expect(dialog).toHaveAccessibleName(`Jurnal ${bukti}`);
  await expect(dialog.getByRole('table', { name: 'Baris jurnal' })).toContainText('Jumlah');
  await expect(dialog.getByText(/^Dicatat oleh /)).toBeVisible();
  await page.keyboard.press('Escape');

  // Search by uraian (debounced): only matching rows remain.
  await app.searchBook('Honor pengurus');
  // A search has no live-row count of the period.
  await expect(page.getByText(/baris dimuat/)).not.toContainText('baris aktif');
  await expect(app.bookRows().nth(1)).toContainText('Honor pengurus');
  const rows = await app.bookRows().allTextContents();
  expect(rows.slice(1).every((r) => r.includes('Honor pengurus'))).toBe(true);
  await app.searchBook('');

  // A new pengeluaran today, then voided with a reason: it stays, struck through, marked Batal.
  await app.chooseBook('Kas Tunai');
  const before = await app.bookFigure('Saldo akhir').textContent();
  await app.openQuickEntry();
  await app.fillQuickEntry({
    kind: 'Pengeluaran',
    bukti: 'BKK-UJI-01',
    other: { label: 'Akun lawan', option: '5.1.03 — Beban Transport' },
    amount: '75.000',
    description: 'Transport rapat koordinasi di kecamatan',
  });
  await app.quickEntryForm().getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(app.quickEntryForm()).toBeHidden();
  await expect(app.bookFigure('Saldo akhir')).not.toHaveText(before ?? '');
  await app.searchBook('BKK-UJI-01');
  await expect(app.bookRows('BKK-UJI-01')).toHaveCount(1);
  await app.bookRows('BKK-UJI-01').click();
  await expect(dialog).toHaveAccessibleName('Jurnal BKK-UJI-01');
  await dialog.getByRole('button', { name: 'Batalkan', exact: true }).click();
  await dialog.getByRole('button', { name: 'Ya, batalkan jurnal' }).click();
  await expect(dialog.getByText('Alasan pembatalan wajib diisi')).toBeVisible();
  await dialog.getByLabel('Alasan pembatalan').fill('Dicatat di buku yang salah');
  await dialog.getByRole('button', { name: 'Ya, batalkan jurnal' }).click();
  await expect(dialog.getByText(/Dibatalkan oleh .*Alasan: Dicatat di buku yang salah/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Ubah', exact: true })).toBeDisabled();
  await expect(dialog.getByText('Jurnal ini sudah dibatalkan')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.bookRows('BKK-UJI-01')).toContainText('Batal');
  await app.searchBook('');
  await expect(app.bookFigure('Saldo akhir')).toHaveText(before ?? '');
});
