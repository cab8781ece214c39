import fs from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { formatTanggal } from '../../shared/format/date';
import { ratioText } from '../../shared/pinjaman/ratios';
import { call, startDemoOffice } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

const SHOTS = '/tmp/pinjaman-shots';

/** A screenshot for looking at the pages, without the passing notifications. */
async function shot(page: Page, name: string, fullPage = false) {
  await page.addStyleTag({ content: '.mantine-Notifications-root { display: none !important; }' });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage });
}

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** ISO → what a person types: 01/10/2026. */
function typed(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

async function pick(page: Page, scope: Locator, label: string, option: string | RegExp, search?: string) {
  const box = scope.getByRole('combobox', { name: label });
  await box.click();
  if (search) await box.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

test('usulan pinjaman kelompok sampai angsuran, kolektibilitas berubah pada tanggal yang tepat', async ({
  page,
  office,
}) => {
  test.setTimeout(180_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.open(server.url);

  // The demo's books are locked up to the end of the month two months back (a finalised cash
  // examination), so the loan is paid out on the first day of last month and repaid weekly.
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const disbursedOn = new Date(Date.UTC(y, m - 2, 1)).toISOString().slice(0, 10);
  const due1 = addDays(disbursedOn, 7);
  const due2 = addDays(disbursedOn, 14);
  const lateOn = addDays(due2, 5);

  // The demo register: every class is present.
  await app.nav('Dana Bergulir').click();
  const register = page.getByRole('table', { name: 'Daftar pinjaman' });
  await expect(register).toContainText('Macet');
  await expect(register).toContainText('Dalam Perhatian Khusus');
  await shot(page, '01-daftar-pinjaman', true);
  await page.getByRole('tab', { name: 'Kelompok' }).click();
  await expect(page.getByRole('table', { name: 'Daftar kelompok' })).toBeVisible();
  await shot(page, '02-kelompok');
  const firstGroup = page.getByRole('table', { name: 'Daftar kelompok' }).getByRole('row').nth(1);
  await firstGroup.getByRole('button', { name: /^Anggota / }).click();
  await expect(page.getByRole('dialog')).toContainText('Anggota kelompok');
  await page.getByRole('button', { name: 'Tambah anggota' }).click();
  const member = page.getByRole('form', { name: 'Data anggota' });
  await member.getByLabel('Nama anggota').fill('Neng Yuyun');
  await member.getByLabel('NIK').fill('1234');
  await member.getByRole('button', { name: 'Tambah anggota' }).click();
  await expect(member.getByText('NIK terdiri dari 16 angka')).toBeVisible();
  await member.getByLabel('NIK').fill('3203012345670001');
  await member.getByRole('button', { name: 'Tambah anggota' }).click();
  await expect(page.getByRole('table', { name: 'Daftar anggota' })).toContainText('3203012345670001');
  await shot(page, '03-anggota');
  await page.getByRole('button', { name: 'Selesai' }).click();

  // A weekly product, made in Pengaturan › Dana Bergulir.
  await app.nav('Pengaturan').click();
  await page.getByRole('tab', { name: 'Dana Bergulir' }).click();
  await expect(page.getByRole('table', { name: 'Produk pinjaman' })).toContainText('SPP');
  await expect(page.getByText('Dipakai sekarang')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah produk' }).click();
  const product = page.getByRole('form', { name: 'Produk pinjaman' });
  await product.getByLabel('Kode produk').fill('SPPM');
  await product.getByLabel('Nama produk').fill('SPP angsuran mingguan');
  await product.getByLabel('Jasa (%)').fill('1,5');
  await product.getByLabel('Jumlah angsuran').fill('10');
  await pick(page, product, 'Frekuensi angsuran', 'Mingguan');
  await pick(page, product, 'Akun piutang', /1\.1\.03\.01/, '1.1.03.01');
  await pick(page, product, 'Akun pendapatan jasa', /4\.1\.01/, '4.1.01');
  await pick(page, product, 'Akun pendapatan denda', /4\.1\.03/, '4.1.03');
  await shot(page, '04-produk-baru');
  await product.getByRole('button', { name: 'Simpan' }).click();
  await expect(product).toBeHidden();
  await expect(page.getByRole('table', { name: 'Produk pinjaman' })).toContainText('SPPM');
  await shot(page, '05-pengaturan', true);

  // A class table with a gap is refused with main's message.
  await page.getByRole('button', { name: 'Ubah (versi baru)' }).first().click();
  const editor = page.getByRole('form', { name: 'Tabel kolektibilitas' });
  await editor.getByLabel('Batas bawah kelas 3').fill('95');
  await editor.getByRole('button', { name: 'Simpan' }).click();
  await expect(editor.getByRole('alert')).toContainText('Ada celah');
  await shot(page, '06-tabel-celah');
  await editor.getByRole('button', { name: 'Batal' }).click();

  // Usulan → verifikasi → penetapan → pencairan.
  await app.nav('Dana Bergulir').click();
  await page.getByRole('button', { name: 'Usulan baru' }).click();
  const propose = page.getByRole('form', { name: 'Usulan pinjaman' });
  await pick(page, propose, 'Kelompok peminjam', /.+/);
  await pick(page, propose, 'Produk pinjaman', /SPPM/);
  await propose.getByLabel('Jumlah pinjaman (Rp)').fill('10.000.000');
  await propose.getByLabel('Tujuan usaha').fill('Modal warung sembako');
  await propose.getByLabel('Tanggal usulan').fill(typed(addDays(disbursedOn, -20)));
  await shot(page, '07-usulan');
  await propose.getByRole('button', { name: 'Simpan' }).click();
  const heading = page.getByRole('heading', { name: /^Pinjaman SPPM-/ });
  await expect(heading).toBeVisible();
  const number = ((await heading.textContent()) ?? '').replace('Pinjaman ', '').trim();

  await page.getByRole('button', { name: 'Verifikasi', exact: true }).click();
  const verify = page.getByRole('form', { name: 'Verifikasi' });
  await verify.getByLabel('Tanggal verifikasi').fill(typed(addDays(disbursedOn, -14)));
  await verify.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('button', { name: 'Setujui (penetapan MAD)' })).toBeVisible();

  await page.getByRole('button', { name: 'Setujui (penetapan MAD)' }).click();
  const approve = page.getByRole('form', { name: 'Penetapan' });
  await approve.getByLabel('Tanggal penetapan').fill(typed(addDays(disbursedOn, -7)));
  await approve.getByLabel('Nomor BA/keputusan MAD').fill('07/BA-MAD/2026');
  await approve.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('button', { name: 'Cairkan' })).toBeVisible();

  await page.getByRole('button', { name: 'Cairkan' }).click();
  const disburse = page.getByRole('form', { name: 'Pencairan' });
  await disburse.getByLabel('Tanggal pencairan').fill(typed(disbursedOn));
  await disburse.getByLabel('Jam').fill('09:00');
  await pick(page, disburse, 'Melalui kas/rekening', /Kas/);
  await disburse.getByLabel('Nomor bukti').fill('BKK-SPPM-1');
  await shot(page, '08-pencairan');
  await disburse.getByRole('button', { name: 'Simpan' }).click();
  await expect(disburse).toBeHidden();
  const card = page.getByRole('table', { name: 'Kartu angsuran' });
  await expect(card.getByRole('row')).toHaveCount(12);

  // First instalment on its due date, prefilled from the kartu angsuran.
  await page.getByRole('button', { name: 'Catat angsuran' }).click();
  let repay = page.getByRole('form', { name: 'Angsuran' });
  await expect(repay).toContainText('ke-1');
  await expect(repay.getByLabel('Pokok (Rp)')).toHaveValue('1.000.000');
  await expect(repay.getByLabel('Jasa (Rp)')).toHaveValue('34.600');
  await repay.getByLabel('Tanggal bayar').fill(typed(due1));
  await repay.getByLabel('Jam').fill('10:00');
  await pick(page, repay, 'Diterima di kas/rekening', /Kas/);
  await repay.getByLabel('Nomor bukti').fill('BKM-SPPM-1');
  await shot(page, '09-angsuran');
  await repay.getByRole('button', { name: 'Simpan' }).click();
  await expect(repay).toBeHidden();

  // The day after the second due date, unpaid: Dalam Perhatian Khusus, one day past due.
  const position = page.getByRole('group', { name: 'Posisi pinjaman' });
  await page.getByLabel('Per tanggal').fill(typed(addDays(due2, 1)));
  await expect(position).toContainText('Dalam Perhatian Khusus');
  await expect(position).toContainText('1 hari');
  await shot(page, '10-dpk', true);

  // The second instalment paid five days late: Lancar again at that date.
  await page.getByRole('button', { name: 'Catat angsuran' }).click();
  repay = page.getByRole('form', { name: 'Angsuran' });
  await expect(repay).toContainText('ke-2');
  await repay.getByLabel('Tanggal bayar').fill(typed(lateOn));
  await repay.getByLabel('Jam').fill('11:00');
  await pick(page, repay, 'Diterima di kas/rekening', /Kas/);
  await repay.getByLabel('Nomor bukti').fill('BKM-SPPM-2');
  await repay.getByRole('button', { name: 'Simpan' }).click();
  await expect(repay).toBeHidden();
  await page.getByLabel('Per tanggal').fill(typed(lateOn));
  await expect(position).toContainText('Lancar');
  await expect(position).toContainText('0 hari');
  await expect(card.getByRole('row').nth(2)).toContainText('Lunas');
  await expect(page.getByRole('table', { name: 'Angsuran diterima' }).getByRole('row')).toHaveCount(3);
  await shot(page, '11-lancar', true);

  // The portfolio report agrees, and the journal equals the register.
  await page.getByRole('link', { name: 'Daftar pinjaman' }).click();
  await page.getByRole('tab', { name: 'Kolektibilitas & LPP' }).click();
  await expect(page.getByText('5 kelas menurut hari tunggakan').first()).toBeVisible();
  const loanRow = page
    .getByRole('table', { name: 'Rincian pinjaman' })
    .getByRole('row')
    .filter({ hasText: number });
  await page.getByLabel('Per tanggal').fill(typed(addDays(due2, 1)));
  await expect(loanRow).toContainText('Dalam Perhatian Khusus');
  await page.getByLabel('Per tanggal').fill(typed(lateOn));
  await expect(loanRow).toContainText('Lancar');
  await expect(page.getByLabel('Piutang: jurnal dan register')).toContainText('Sama');
  await shot(page, '12-kolektibilitas', true);
  const report = await call(server, 'loan.portfolio', { date: lateOn });
  expect(report.receivableInBooks).toBe(report.totals.saldo);

  // After a restart the loan is still there, with both repayments.
  const again = await office.restart();
  await app.open(`${again.url}#/dana-bergulir/pinjaman`);
  await page.getByRole('link', { name: number }).click();
  await expect(page.getByRole('heading', { name: `Pinjaman ${number}` })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Angsuran diterima' })).toContainText('BKM-SPPM-2');
  await page.getByLabel('Per tanggal').fill(typed(lateOn));
  await expect(page.getByRole('group', { name: 'Posisi pinjaman' })).toContainText('Lancar');

  // Penjadwalan ulang by MAD decision: the rest becomes a new loan over 4 instalments, no journal entry.
  await page.getByRole('button', { name: 'Jadwal ulang' }).click();
  const resched = page.getByRole('form', { name: 'Jadwal ulang' });
  await resched.getByLabel('Tanggal').fill(typed(lateOn));
  await resched.getByLabel('Nomor keputusan MAD').fill('BA MAD 09/2026');
  await resched.getByLabel('Jangka waktu baru (angsuran)').fill('4');
  await resched.getByRole('button', { name: 'Simpan' }).click();
  await expect(resched).toBeHidden();
  await expect(page.getByText(`Penjadwalan ulang ${number}`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kartu angsuran' }).locator('tbody tr')).toHaveCount(4);
  await shot(page, '12b-jadwal-ulang', true);
  const after = await call(again, 'loan.portfolio', { date: lateOn });
  expect(after.receivableInBooks).toBe(after.totals.saldo);
});

/** Waits for the download the click starts; returns its suggested name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  const name = file.suggestedFilename();
  const bytes = fs.readFileSync(await file.path());
  fs.writeFileSync(`${SHOTS}/${name}`, bytes);
  return { name, bytes };
}

type Rows = (string | number | Date)[][];

/** A loan register as an office keeps it: groups, loans and repayments on three sheets. */
async function register(product: string, disbursedOn: string): Promise<Buffer> {
  const month = (k: number) => {
    const d = new Date(Date.parse(`${disbursedOn}T00:00:00Z`));
    d.setUTCMonth(d.getUTCMonth() + k);
    return typed(d.toISOString().slice(0, 10));
  };
  const sheets: Record<string, Rows> = {
    Kelompok: [
      ['Register pinjaman UPK (pindahan)'],
      ['Desa', 'Nama kelompok', 'Jenis', 'Ketua'],
      ['Sukamaju', 'SPP Bougenville', 'SPP', 'Ibu Ani'],
    ],
    Pinjaman: [
      ['No. pinjaman', 'Desa', 'Kelompok', 'Produk', 'Alokasi', 'Tanggal cair', 'No. BA MAD'],
      ['LAMA-E2E-1', 'Sukamaju', 'SPP Bougenville', 'SPP', 12_000_000, typed(disbursedOn), 'BA MAD 01'],
      ['LAMA-E2E-2', 'Sukamaju', 'SPP Bougenville', product, '6.000.000', typed(disbursedOn), ''],
    ],
    Angsuran: [
      ['No. pinjaman', 'Tanggal', 'Pokok', 'Jasa', 'Denda'],
      ['LAMA-E2E-1', month(1), 1_000_000, 180_000, 0],
      ['LAMA-E2E-1', month(2), 1_000_000, 180_000, 0],
      ['LAMA-E2E-2', month(1), '500.000', '90.000', ''],
    ],
  };
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('laporan LPP dan kolektibilitas, rasio kesehatan, kartu angsuran, impor register pinjaman', async ({
  page,
  office,
}) => {
  test.setTimeout(180_000);
  fs.mkdirSync(SHOTS, { recursive: true });
  const server = await startDemoOffice(office);
  const app = new AuditUpkApp(page);
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.open(`${server.url}#/dana-bergulir/kolektibilitas`);

  // Reports at the end of last month, the date chosen on the page.
  const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const monthEnd = new Date(Date.UTC(y, m - 1, 0)).toISOString().slice(0, 10);
  await page.getByLabel('Per tanggal').fill(typed(monthEnd));
  await expect(page.getByText(`Posisi akhir ${formatTanggal(monthEnd)}`)).toBeVisible();

  const lpp = await downloaded(page, async () => {
    await page.getByRole('button', { name: 'Cetak LPP' }).click();
    await page.getByRole('menuitem', { name: 'PDF siap cetak' }).click();
  });
  expect(lpp.name).toBe(`LPP-${monthEnd}.pdf`);
  expect(lpp.bytes.subarray(0, 5).toString()).toBe('%PDF-');

  const kolek = await downloaded(page, async () => {
    await page.getByRole('button', { name: 'Laporan Kolektibilitas' }).click();
    await page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click();
  });
  expect(kolek.name).toBe(`Kolektibilitas-${monthEnd}.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(kolek.bytes as unknown as ArrayBuffer);
  expect(book.worksheets.length).toBeGreaterThan(0);

  // One desa: the LPP of that desa only.
  await pick(page, page.locator('body'), 'Desa', 'Sukamaju');
  const lppDesa = await downloaded(page, async () => {
    await page.getByRole('button', { name: 'Cetak LPP' }).click();
    await expect(page.getByText('Desa Sukamaju, rincian per kelompok')).toBeVisible();
    await expect(page.getByRole('menu')).toHaveCSS('opacity', '1');
    await shot(page, '13-cetak-lpp');
    await page.getByRole('menuitem', { name: 'PDF siap cetak' }).click();
  });
  expect(lppDesa.name).toBe(`LPP-Sukamaju-${monthEnd}.pdf`);
  expect(lppDesa.bytes.subarray(0, 5).toString()).toBe('%PDF-');

  // The ratio sheet, as main computes it.
  await page.getByRole('tab', { name: 'Rasio Kesehatan' }).click();
  // The ratio panel is up (the other tab's date field is gone) before the date is typed.
  await expect(page.getByRole('region', { name: 'Repayment Rate (RR)' })).toBeVisible();
  await page.getByLabel('Per tanggal').fill(typed(monthEnd));
  const ratios = await call(server, 'loan.ratios', { date: monthEnd });
  for (const r of [ratios.rr, ratios.par, ratios.lar, ratios.npl]) {
    const card = page.getByRole('region', { name: r.name });
    await expect(card.getByTestId('ratio-value')).toHaveText(ratioText(r.valueBp));
    await expect(card).toContainText(r.formula);
    for (const band of r.bands) await expect(card).toContainText(band.label);
  }
  expect(ratios.par.valueBp).not.toBeNull();
  // The §6.5 health score: six weighted ratios, the total and the verdict.
  const health = page.getByRole('table', { name: 'Rasio penilaian kesehatan' });
  await expect(health.locator('tbody tr')).toHaveCount(6);
  await expect(page.getByTestId('health-total')).toHaveText(
    `${ratios.health.total.toLocaleString('id-ID')} / 100`,
  );
  await expect(page.getByLabel('Penilaian kesehatan', { exact: true })).toContainText(ratios.health.label);
  await shot(page, '14-rasio', true);

  // A kartu angsuran from one loan of the portfolio.
  await page.getByRole('tab', { name: 'Kolektibilitas & LPP' }).click();
  const loanLink = page.getByRole('table', { name: 'Rincian pinjaman' }).getByRole('link').first();
  const loanNumber = ((await loanLink.textContent()) ?? '').trim();
  await loanLink.click();
  await expect(page.getByRole('heading', { name: `Pinjaman ${loanNumber}` })).toBeVisible();
  const cardButton = page.getByRole('button', { name: 'Cetak kartu angsuran' });
  const card = await downloaded(page, () => cardButton.click());
  await expect(cardButton.locator('.mantine-Button-loader')).toHaveCount(0);
  expect(card.name).toMatch(/^Kartu-Angsuran-.+\.pdf$/);
  expect(card.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await shot(page, '15-kartu-angsuran');

  // Import of an old register: one bad row is named and nothing is written; fixed, all goes in.
  const disbursedOn = new Date(Date.UTC(y, m - 5, 15)).toISOString().slice(0, 10);
  const before = (await call(server, 'loan.list', {})).length;
  await page.getByRole('link', { name: 'Daftar pinjaman' }).click();
  await page.getByRole('button', { name: 'Impor register' }).click();
  const dialog = page.getByRole('dialog', { name: 'Impor register pinjaman', exact: true });
  const choose = async (name: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByLabel('File register (.xlsx atau .csv)').click();
    await (await chooser).setFiles({ name, mimeType: XLSX_MIME, buffer });
  };
  await choose('register-salah.xlsx', await register('KUR', disbursedOn));
  const problems = dialog.getByRole('table', { name: 'Masalah per baris' });
  await expect(problems).toContainText('Produk "KUR" tidak dikenal');
  await expect(problems.getByRole('row')).toHaveCount(3);
  await expect(problems.getByRole('row').nth(1)).toContainText('Pinjaman');
  await expect(dialog.getByRole('button', { name: 'Impor', exact: true })).toBeDisabled();
  await shot(page, '16-impor-salah');
  expect(await call(server, 'loan.list', {})).toHaveLength(before);

  await choose('register.xlsx', await register('SPP', disbursedOn));
  await expect(dialog.getByRole('group', { name: 'Masalah' })).toContainText('0');
  await expect(problems).toBeHidden();
  await expect(dialog.getByRole('group', { name: 'Kelompok baru' })).toContainText('1');
  await shot(page, '17-impor-siap');
  await dialog.getByRole('button', { name: 'Impor 2 pinjaman' }).click();
  const confirm = page.getByRole('dialog', { name: 'Impor register pinjaman?' });
  await expect(confirm).toContainText('1 kelompok baru, 2 pinjaman dan 3 angsuran');
  await confirm.getByRole('button', { name: 'Ya, impor' }).click();
  await expect(dialog.getByText('Register pinjaman sudah diimpor')).toBeVisible();
  await shot(page, '18-impor-selesai');
  await dialog.getByRole('button', { name: 'Selesai' }).click();
  await expect(dialog).toBeHidden();

  const registerTable = page.getByRole('table', { name: 'Daftar pinjaman' });
  await expect(registerTable).toContainText('LAMA-E2E-1');
  await expect(registerTable.getByRole('row').filter({ hasText: 'LAMA-E2E-2' })).toContainText(
    'SPP Bougenville',
  );
  expect(await call(server, 'loan.list', {})).toHaveLength(before + 2);
  await page.getByRole('tab', { name: 'Kelompok' }).click();
  await pick(page, page.locator('body'), 'Desa', 'Sukamaju');
  await expect(
    page
      .getByRole('table', { name: 'Daftar kelompok' })
      .getByRole('row')
      .filter({ hasText: 'SPP Bougenville' }),
  ).toContainText('Ibu Ani');
  await shot(page, '19-kelompok-baru');
});
