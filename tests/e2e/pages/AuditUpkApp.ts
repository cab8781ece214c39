import { expect, type Locator, type Page } from '@playwright/test';

export interface ProfileValues {
  name: string;
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  address: string;
  email?: string;
  postalCode?: string;
}

/** What a person does in the app, in the words of the screen. */
export class AuditUpkApp {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
  }

  nav(label: string): Locator {
    return this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: label });
  }

  async openSettings(tab: 'Profil kantor' | 'Pejabat' | 'Desa & TPK' | 'Data'): Promise<void> {
    await this.nav('Pengaturan').click();
    await this.page.getByRole('tab', { name: tab }).click();
  }

  profileForm(): Locator {
    return this.page.getByRole('form', { name: 'Profil kantor' });
  }

  async fillProfile(values: ProfileValues): Promise<void> {
    const form = this.profileForm();
    await form.getByLabel('Nama lembaga').fill(values.name);
    await form.getByLabel('Kecamatan').fill(values.kecamatan);
    await form.getByLabel('Kabupaten/Kota').fill(values.kabupaten);
    await form.getByLabel('Provinsi').fill(values.provinsi);
    await form.getByLabel('Alamat').fill(values.address);
    if (values.email !== undefined) await form.getByLabel('E-mail').fill(values.email);
    if (values.postalCode !== undefined) await form.getByLabel('Kode pos').fill(values.postalCode);
  }

  async saveProfile(): Promise<void> {
    await this.profileForm().getByRole('button', { name: 'Simpan profil' }).click();
  }

  async choose(scope: Locator, label: string, option: string): Promise<void> {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async addOfficer(v: {
    fullName: string;
    position: string;
    startDate: string;
    endDate?: string;
  }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Tambah pejabat' }).click();
    const form = this.page.getByRole('form', { name: 'Data pejabat' });
    await form.getByLabel('Nama lengkap (dengan gelar)').fill(v.fullName);
    await this.choose(form, 'Jabatan', v.position);
    await form.getByLabel('Mulai menjabat').fill(v.startDate);
    if (v.endDate) await form.getByLabel('Selesai menjabat').fill(v.endDate);
    await form.getByRole('button', { name: 'Simpan' }).click();
    return form;
  }

  async addDesa(v: { name: string; code?: string; kepalaDesa?: string }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Tambah desa' }).click();
    const form = this.page.getByRole('form', { name: 'Data desa' });
    await form.getByLabel('Nama desa').fill(v.name);
    if (v.code) await form.getByLabel('Kode desa (Kemendagri)').fill(v.code);
    if (v.kepalaDesa) await form.getByLabel('Nama kepala desa').fill(v.kepalaDesa);
    await form.getByRole('button', { name: 'Simpan' }).click();
    return form;
  }

  desaRow(name: string): Locator {
    return this.page.getByRole('table', { name: 'Daftar desa' }).getByRole('row').filter({ hasText: name });
  }

  async addTpkMember(desa: string, v: { fullName: string; role: string }): Promise<void> {
    await this.desaRow(desa).getByRole('button', { name: '+ Anggota TPK' }).click();
    const form = this.page.getByRole('form', { name: 'Anggota TPK' });
    await form.getByLabel('Nama lengkap').fill(v.fullName);
    await this.choose(form, 'Jabatan di TPK', v.role);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(form).toBeHidden();
  }

  // --- Akun & Rekening (Pengaturan › Akun & Rekening, saldo awal) ---

  async openAccountsTab(url?: string): Promise<void> {
    if (url) await this.open(`${url}#/pengaturan/akun`);
    else {
      await this.nav('Pengaturan').click();
      await this.page.getByRole('tab', { name: 'Akun & Rekening' }).click();
    }
    await expect(this.chartOfAccounts()).toBeVisible();
  }

  moneyAccounts(): Locator {
    return this.page.getByRole('list', { name: 'Kas dan rekening bank' });
  }

  moneyAccountCard(name: string): Locator {
    return this.moneyAccounts().getByRole('listitem', { name, exact: true });
  }

  chartOfAccounts(): Locator {
    return this.page.getByRole('table', { name: 'Bagan akun' });
  }

  chartRow(code: string): Locator {
    return this.chartOfAccounts()
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: code, exact: true }) });
  }

  async addBankAccount(v: {
    bankName: string;
    accountNumber: string;
    holder: string;
    bankType: 'Tabungan' | 'Giro' | 'Deposito';
    name?: string;
  }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Tambah rekening bank' }).click();
    const form = this.page.getByRole('form', { name: 'Rekening bank' });
    await form.getByLabel('Nama bank').fill(v.bankName);
    await this.choose(form, 'Jenis rekening', v.bankType);
    await form.getByLabel('Nomor rekening').fill(v.accountNumber);
    await form.getByLabel('Atas nama').fill(v.holder);
    if (v.name) await form.getByLabel('Nama di buku').fill(v.name);
    await form.getByRole('button', { name: 'Simpan' }).click();
    return form;
  }

  /** `parent` as the list shows it: "1.1.05 — Piutang Lain". Without `code` the suggested one stays. */
  async addAccount(v: { parent?: string; code?: string; name: string }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Tambah akun' }).click();
    const form = this.page.getByRole('form', { name: 'Data akun' });
    if (v.parent) await this.choose(form, 'Akun induk', v.parent);
    if (v.code !== undefined) await form.getByLabel('Kode akun').fill(v.code);
    await form.getByLabel('Nama akun').fill(v.name);
    await form.getByRole('button', { name: 'Simpan' }).click();
    return form;
  }

  openingBalancesWizard(): Locator {
    return this.page.getByRole('dialog', { name: 'Isi saldo awal' });
  }

  /** Opens the wizard and passes the first step with the given date (dd/mm/yyyy). */
  async startOpeningBalances(date: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Isi saldo awal' }).click();
    const wizard = this.openingBalancesWizard();
    await wizard.getByLabel('Tanggal saldo awal').fill(date);
    await wizard.getByRole('button', { name: 'Lanjut' }).click();
    await expect(wizard.getByRole('table', { name: 'Saldo awal per akun' })).toBeVisible();
    return wizard;
  }

  openingBalanceField(code: string): Locator {
    const escaped = code.replace(/\./g, '\\.');
    return this.openingBalancesWizard().getByRole('textbox', { name: new RegExp(`^Saldo ${escaped} `) });
  }
}
