import { callEnvelope } from './demoOffice';
import { expect, test } from './fixtures';
import { AuditUpkApp } from './pages/AuditUpkApp';

interface AccountRow {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
  money: { kind: string; bank: Record<string, string> | null } | null;
}

async function api<T>(url: string, token: string, name: string, input: unknown = {}): Promise<T> {
  const body = (await callEnvelope({ url, token }, name, input)) as {
    ok: boolean;
    value?: T;
    error?: unknown;
  };
  if (!body.ok) throw new Error(`${name} gagal: ${JSON.stringify(body.error)}`);
  return body.value as T;
}

function accounts(server: { url: string; token: string }): Promise<AccountRow[]> {
  return api<AccountRow[]>(server.url, server.token, 'accounts.list', { includeInactive: true });
}

/** Saldo (normal side) of each account at the start of the given day, after everything before it. */
async function balances(server: { url: string; token: string }, codes: string[], date: string) {
  const list = await accounts(server);
  const out: Record<string, number> = {};
  for (const code of codes) {
    const account = list.find((a) => a.code === code);
    if (!account) throw new Error(`Akun ${code} tidak ada`);
    const r = await api<{ balance: number }>(server.url, server.token, 'books.balanceAt', {
      accountId: account.id,
      date,
      time: '00:00',
    });
    out[code] = r.balance;
  }
  return out;
}

const CODES = ['1.1.01.01', '1.1.01.02.01', '3.1.09'];
const EXPECTED = {
  '1.1.01.01': 1_250_000_000, // Rp12.500.000 in sen
  '1.1.01.02.01': 4_000_000_050, // Rp40.000.000,50
  '3.1.09': 5_250_000_050, // the difference, on the credit side
};

test('rekening bank, sub-akun dan saldo awal diisi lewat layar dan tetap ada setelah dimulai ulang', async ({
  page,
  office,
}) => {
  const app = new AuditUpkApp(page);
  await app.openAccountsTab(office.server.url);
  await expect(app.moneyAccountCard('Kas Tunai')).toContainText('1.1.01.01');

  // A bank account: its code is suggested as the first one under 1.1.01.02.
  const bankForm = await app.addBankAccount({
    bankName: 'BRI Unit Cibeber',
    accountNumber: '0123-01-000456-30-1',
    holder: 'UPK Kecamatan Cibeber',
    bankType: 'Giro',
  });
  await expect(bankForm).toBeHidden();
  const card = app.moneyAccountCard('Bank BRI Unit Cibeber');
  for (const text of ['1.1.01.02.01', 'Giro', 'No. 0123-01-000456-30-1', 'a.n. UPK Kecamatan Cibeber']) {
    await expect(card).toContainText(text);
  }
  await expect(app.chartRow('1.1.01.02.01')).toContainText('Bank BRI Unit Cibeber');

  // A sub-account under Piutang Lain, code suggested as the next free one.
  const subForm = await app.addAccount({ parent: '1.1.05 — Piutang Lain', name: 'Piutang Karyawan' });
  await expect(subForm).toBeHidden();
  await expect(app.chartRow('1.1.05.02')).toContainText('Piutang Karyawan');
  await expect(app.chartRow('1.1.05.02')).toContainText('Debit');

  // An invalid code: main's field message on the field, nothing written.
  const before = await accounts(office.server);
  const badForm = await app.addAccount({ parent: '1.1.05 — Piutang Lain', code: '1.a', name: 'Akun Salah' });
  await expect(badForm.getByText('Kode akun berupa angka bertitik, mis. 1.1.01.01')).toBeVisible();
  await expect(page.getByText('Belum tersimpan')).toBeVisible();
  const after = await accounts(office.server);
  expect(after).toEqual(before);
  expect(after.some((a) => a.name === 'Akun Salah')).toBe(false);
  await badForm.getByRole('button', { name: 'Batal' }).click();
  await expect(badForm).toBeHidden();

  // Opening balances for the cash box and the bank; Enter moves to the next amount.
  const wizard = await app.startOpeningBalances('31/12/2024');
  await app.openingBalanceField('1.1.01.01').fill('12.500.000');
  await page.keyboard.press('Enter');
  await expect(app.openingBalanceField('1.1.01.02.01')).toBeFocused();
  await page.keyboard.type('Rp 40.000.000,50');
  await expect(wizard.getByTestId('saldo-awal-debit')).toHaveText('Rp52.500.000,50');
  await expect(wizard.getByTestId('saldo-awal-kredit')).toHaveText('Rp0');
  await expect(wizard.getByTestId('saldo-awal-selisih')).toHaveText('Rp52.500.000,50 di sisi kredit');
  await wizard.getByRole('button', { name: 'Lanjut' }).click();
  const review = wizard.getByRole('table', { name: 'Rincian jurnal saldo awal' });
  await expect(review.getByRole('row').filter({ hasText: '3.1.09' })).toContainText('52.500.000,50');
  await expect(wizard).toContainText('31 Desember 2024');
  await wizard.getByRole('button', { name: 'Simpan saldo awal' }).click();
  await expect(wizard).toBeHidden();
  await expect(page.getByText('Saldo awal per 31 Desember 2024 dicatat (bukti SA-2024).')).toBeVisible();

  expect(await balances(office.server, CODES, '2025-01-01')).toEqual(EXPECTED);
  // Nothing before the opening date.
  expect(await balances(office.server, CODES, '2024-12-30')).toEqual({
    '1.1.01.01': 0,
    '1.1.01.02.01': 0,
    '3.1.09': 0,
  });

  // After a restart everything is still there, and a second saldo awal is refused by main.
  const server = await office.restart();
  await app.openAccountsTab(server.url);
  await expect(app.moneyAccountCard('Bank BRI Unit Cibeber')).toContainText('No. 0123-01-000456-30-1');
  await expect(app.chartRow('1.1.05.02')).toContainText('Piutang Karyawan');
  expect(await balances(server, CODES, '2025-01-01')).toEqual(EXPECTED);

  // Bank details can be corrected later; the account and its saldo stay.
  await app.moneyAccountCard('Bank BRI Unit Cibeber').getByRole('button', { name: 'Ubah' }).click();
  const editForm = page.getByRole('form', { name: 'Rekening bank' });
  await expect(editForm.getByLabel('Nomor rekening')).toHaveValue('0123-01-000456-30-1');
  await editForm.getByLabel('Atas nama').fill('UPK DAPM Kecamatan Cibeber');
  await editForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(editForm).toBeHidden();
  await expect(app.moneyAccountCard('Bank BRI Unit Cibeber')).toContainText(
    'a.n. UPK DAPM Kecamatan Cibeber',
  );

  const again = await app.startOpeningBalances('31/12/2024');
  await app.openingBalanceField('1.1.01.01').fill('1.000');
  await again.getByRole('button', { name: 'Lanjut' }).click();
  await again.getByRole('button', { name: 'Simpan saldo awal' }).click();
  await expect(again.getByText('Saldo awal sudah dicatat (bukti SA-2024, 31 Desember 2024)')).toBeVisible();
  expect(await balances(server, CODES, '2025-01-01')).toEqual(EXPECTED);
});

test('kas baru mendapat kode berikutnya dan bisa dinonaktifkan', async ({ page, office }) => {
  const app = new AuditUpkApp(page);
  await app.openAccountsTab(office.server.url);
  await page.getByRole('button', { name: 'Tambah kas' }).click();
  const form = page.getByRole('form', { name: 'Kas' });
  await expect(form.getByLabel('Kode akun')).toHaveValue('1.1.01.03');
  await form.getByLabel('Nama kas').fill('Kas Kecil');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  let card = app.moneyAccountCard('Kas Kecil');
  await expect(card).toContainText('1.1.01.03');

  await card.getByRole('button', { name: 'Ubah' }).click();
  await form.getByLabel('Nama kas').fill('Kas Kecil Kantor');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form).toBeHidden();
  await expect(app.chartRow('1.1.01.03')).toContainText('Kas Kecil Kantor');

  card = app.moneyAccountCard('Kas Kecil Kantor');
  await card.getByRole('button', { name: 'Nonaktifkan' }).click();
  await page
    .getByRole('dialog', { name: 'Nonaktifkan kas?' })
    .getByRole('button', { name: 'Nonaktifkan' })
    .click();
  await expect(card).toBeHidden();
  const kas = (await accounts(office.server)).find((a) => a.code === '1.1.01.03');
  expect(kas).toMatchObject({ name: 'Kas Kecil Kantor', active: false, money: { kind: 'kas', bank: null } });
  await page.getByRole('switch', { name: 'Tampilkan nonaktif' }).check();
  await expect(app.moneyAccountCard('Kas Kecil Kantor')).toContainText('Nonaktif');
  await expect(app.chartRow('1.1.01.03')).toContainText('Nonaktif');
});
