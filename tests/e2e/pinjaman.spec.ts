import fs from 'node:fs';
import type { Locator, Page } from '@playwright/test';
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
  await expect(page.getByText('5 kelas menurut hari tunggakan')).toBeVisible();
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
});
