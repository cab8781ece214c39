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
}
