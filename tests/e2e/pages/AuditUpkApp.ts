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

const BOOK_FIGURES = {
  'Saldo awal periode': 'saldo-awal',
  'Debit / Masuk': 'total-debit',
  'Kredit / Keluar': 'total-kredit',
  'Saldo akhir': 'saldo-akhir',
} as const;

/** The demo office's admin; the first-run admin of an empty office gets the same password. */
export const E2E_ADMIN = { username: 'admin', password: 'contoh123' } as const;

/** What a person does in the app, in the words of the screen. */
export class AuditUpkApp {
  constructor(readonly page: Page) {}

  /** Opens the app and signs in as the admin (creating it on the first run of an empty office). */
  async open(url: string, as: { username: string; password: string } = E2E_ADMIN): Promise<void> {
    await this.page.goto(url);
    await this.signIn(as);
  }

  /** Whatever the start screen is (first run, login, or already in): ends signed in. */
  async signIn(as: { username: string; password: string } = E2E_ADMIN): Promise<void> {
    const nav = this.page.getByRole('navigation', { name: 'Navigasi utama' });
    const login = this.page.getByRole('form', { name: 'Masuk' });
    const setup = this.page.getByRole('form', { name: 'Buat akun Admin' });
    await expect(nav.or(login).or(setup)).toBeVisible();
    if (await setup.isVisible()) {
      await setup.getByLabel('Nama pengguna').fill(as.username);
      await setup.getByLabel('Nama lengkap').fill('Admin Uji');
      await setup.getByLabel(/^Kata sandi/).fill(as.password);
      await setup.getByLabel('Ulangi kata sandi').fill(as.password);
      await setup.getByRole('button', { name: 'Buat akun dan masuk' }).click();
    } else if (await login.isVisible()) {
      await login.getByLabel('Nama pengguna').fill(as.username);
      await login.getByLabel('Kata sandi').fill(as.password);
      await login.getByRole('button', { name: 'Masuk' }).click();
    }
    await expect(nav).toBeVisible();
  }

  nav(label: string): Locator {
    return this.page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: label });
  }

  async openSettings(tab: 'Profil kantor' | 'Pejabat' | 'Desa & TPK' | 'Pengguna' | 'Data'): Promise<void> {
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

  // --- Buku Kas & Bank ---

  /** Opens the books (from the menu, or straight from a URL), the Buku Kas Umum first. */
  async openBooks(url?: string): Promise<void> {
    if (url) await this.open(`${url}#/buku-kas`);
    else await this.nav('Buku Kas & Bank').click();
    await expect(this.page.getByRole('heading', { name: 'Buku Kas & Bank' })).toBeVisible();
  }

  /** `Buku Kas Umum`, or the name of a cash box / bank account. */
  async chooseBook(name: string): Promise<void> {
    await this.page
      .getByRole('tablist', { name: 'Pilih buku' })
      .getByRole('tab', { name, exact: true })
      .click();
    await expect(this.book()).toHaveAccessibleName(name);
    await expect(this.book()).toHaveAttribute('aria-busy', 'false');
  }

  /** The book on screen (a focusable grid: ↑/↓ select, Enter opens). */
  book(): Locator {
    return this.page.getByRole('grid');
  }

  bookRows(text?: string | RegExp): Locator {
    const rows = this.book().locator('tbody').getByRole('row');
    return text === undefined ? rows : rows.filter({ hasText: text });
  }

  /** One of the cards above the book: its amount as shown (e.g. `Rp1.250.000`). */
  bookFigure(label: keyof typeof BOOK_FIGURES): Locator {
    return this.page.getByRole('group', { name: label }).getByTestId(BOOK_FIGURES[label]);
  }

  async searchBook(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Cari di buku' }).fill(text);
  }

  quickEntryForm(): Locator {
    return this.page.getByRole('form', { name: 'Catat transaksi' });
  }

  async openQuickEntry(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Catat transaksi' }).click();
    await expect(this.quickEntryForm()).toBeVisible();
    return this.quickEntryForm();
  }

  /**
   * Fills the quick-entry form. `money` and `other` are options as the lists show them
   * (`1.1.01.01 — Kas Tunai`); left out, the preselected account stays.
   */
  async fillQuickEntry(v: {
    kind?: 'Penerimaan' | 'Pengeluaran' | 'Setor ke bank' | 'Tarik dari bank' | 'Pindah buku';
    date?: string;
    time?: string;
    bukti: string;
    money?: { label: string; option: string };
    other?: { label: string; option: string };
    amount: string;
    description: string;
  }): Promise<Locator> {
    const form = this.quickEntryForm();
    if (v.kind) await form.getByText(v.kind, { exact: true }).click();
    if (v.date !== undefined) await form.getByLabel('Tanggal').fill(v.date);
    if (v.time !== undefined) await form.getByLabel('Jam').fill(v.time);
    await form.getByLabel('No. Bukti').fill(v.bukti);
    if (v.money) await this.choose(form, v.money.label, v.money.option);
    if (v.other) await this.choose(form, v.other.label, v.other.option);
    await form.getByLabel('Jumlah (Rp)').fill(v.amount);
    await form.getByLabel('Uraian').fill(v.description);
    return form;
  }

  journalForm(): Locator {
    return this.page.getByRole('form', { name: 'Jurnal umum' });
  }

  /** Opens the general journal and fills it; lines beyond the first two are added. */
  async fillJournal(v: {
    bukti: string;
    description: string;
    lines: { account: string; debit?: string; credit?: string }[];
  }): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Jurnal umum' }).click();
    const form = this.journalForm();
    await form.getByLabel('No. Bukti').fill(v.bukti);
    await form.getByLabel('Uraian').fill(v.description);
    for (const [i, line] of v.lines.entries()) {
      if (i >= 2) await form.getByRole('button', { name: 'Tambah baris' }).click();
      await this.choose(form, `Akun baris ${i + 1}`, line.account);
      if (line.debit) await form.getByLabel(`Debit baris ${i + 1}`).fill(line.debit);
      if (line.credit) await form.getByLabel(`Kredit baris ${i + 1}`).fill(line.credit);
    }
    return form;
  }

  /** An entry opened from the book; its title follows the step (Jurnal, Ubah/Batalkan jurnal …). */
  entryDialog(): Locator {
    return this.page.getByRole('dialog', { name: /jurnal /i });
  }

  // --- Pemeriksaan Kas (register, workspace, verifikasi) ---

  async openExamRegister(url?: string): Promise<void> {
    if (url) await this.open(`${url}#/pemeriksaan-kas`);
    else await this.nav('Pemeriksaan Kas').click();
    await expect(this.examRegister()).toBeVisible();
  }

  examRegister(): Locator {
    return this.page.getByRole('table', { name: 'Daftar pemeriksaan kas' });
  }

  /** Opens an examination from the register by what its number column shows ("Draf" or the number). */
  async openExam(numberOrDraf: string): Promise<void> {
    await this.examRegister().getByRole('link', { name: numberOrDraf, exact: true }).click();
    await expect(this.page.getByRole('tab', { name: 'Kas', exact: true })).toBeVisible();
  }

  async openExamTab(
    name: 'Kas' | 'Bank' | 'Pengamatan' | 'Temuan' | 'Kesimpulan & final' | 'Kesimpulan',
  ): Promise<void> {
    await this.page.getByRole('tab', { name, exact: true }).click();
  }

  missingPanel(): Locator {
    return this.page.getByRole('region', { name: 'Yang masih kurang' });
  }

  cashSection(account: string): Locator {
    return this.page.getByRole('region', { name: `Kas: ${account}` });
  }

  bankSection(account: string): Locator {
    return this.page.getByRole('region', { name: `Bank: ${account}` });
  }

  /**
   * Types the count row by row from the keyboard, as at the cash box: each row is typed over (empty
   * when not listed) and Enter moves on; Enter after the last row presses "Simpan hitungan".
   * `counts` is keyed by the field's label without "Jumlah ", e.g. `lembar Rp100.000`.
   */
  async enterCounts(account: string, counts: Record<string, number>): Promise<void> {
    const section = this.cashSection(account);
    const inputs = section.getByRole('textbox', { name: /^Jumlah (lembar|keping) Rp/ });
    const n = await inputs.count();
    await inputs.first().click();
    for (let i = 0; i < n; i++) {
      const input = inputs.nth(i);
      await expect(input).toBeFocused();
      const label = ((await input.getAttribute('aria-label')) ?? '').replace(/^Jumlah /, '');
      const count = counts[label];
      await this.page.keyboard.press('ControlOrMeta+A');
      if (count) await this.page.keyboard.type(String(count));
      else await this.page.keyboard.press('Backspace');
      await this.page.keyboard.press('Enter');
    }
    await expect(section.getByRole('button', { name: 'Simpan hitungan' })).toBeFocused();
    await this.page.keyboard.press('Enter');
    await expect(section.getByText('Belum disimpan')).toHaveCount(0);
  }

  cashDifference(account: string): Locator {
    return this.cashSection(account).getByRole('status', { name: 'Selisih kas' });
  }

  async addExplanation(
    account: string,
    v: { code: string; amount: string; description: string },
  ): Promise<void> {
    const form = this.cashSection(account).getByRole('form', { name: 'Tambah penjelasan selisih' });
    await this.choose(form, 'Jenis penjelasan', v.code);
    await form.getByLabel('Jumlah').fill(v.amount);
    await form.getByLabel('Keterangan').fill(v.description);
    await form.getByRole('button', { name: 'Tambah' }).click();
    await expect(this.cashSection(account).getByRole('table', { name: 'Penjelasan selisih' })).toContainText(
      v.description,
    );
  }

  async setBankStatement(account: string, v: { balance: string; date?: string }): Promise<void> {
    const form = this.bankSection(account).getByRole('form', { name: `Rekening koran ${account}` });
    await form.getByLabel('Saldo rekening koran').fill(v.balance);
    if (v.date) await form.getByLabel('Per tanggal').fill(v.date);
    await form.getByRole('button', { name: 'Simpan saldo bank' }).click();
  }

  reconStatus(account: string): Locator {
    return this.bankSection(account).getByRole('status', { name: `Status rekonsiliasi ${account}` });
  }

  /** Answers every observation item the same way. */
  async answerAllObservations(answer: 'Ya' | 'Tidak' | 'Tidak berlaku'): Promise<void> {
    const items = this.page
      .getByRole('group')
      .filter({ has: this.page.getByRole('radio', { name: answer }) });
    const n = await items.count();
    for (let i = 0; i < n; i++) {
      const radio = items.nth(i).getByRole('radio', { name: answer, exact: true });
      await items.nth(i).getByText(answer, { exact: true }).click();
      await expect(radio).toBeChecked();
    }
    await expect(this.page.getByText('Semua butir sudah dijawab.')).toBeVisible();
  }

  async addFinding(v: {
    kondisi: string;
    kriteria?: string;
    rekomendasi: string;
    amount?: string;
    pic?: string;
    dueDate?: string;
  }): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Tambah temuan' });
    await form.getByLabel('Kondisi').fill(v.kondisi);
    if (v.kriteria) await form.getByLabel('Kriteria').fill(v.kriteria);
    // Anchored: "Nilai rekomendasi" is a field of its own.
    await form.getByLabel(/^Rekomendasi/).fill(v.rekomendasi);
    if (v.amount) await form.getByLabel(/^Nilai\s*$/).fill(v.amount);
    if (v.pic) await form.getByLabel('Penanggung jawab').fill(v.pic);
    if (v.dueDate) await form.getByLabel('Batas waktu').fill(v.dueDate);
    await form.getByRole('button', { name: 'Tambah temuan' }).click();
    await expect(this.page.getByRole('table', { name: 'Temuan' })).toContainText(v.kondisi);
  }

  async writeConclusion(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Kesimpulan' }).fill(text);
    await this.page.getByRole('button', { name: 'Simpan kesimpulan' }).click();
    await expect(this.page.getByRole('button', { name: 'Simpan kesimpulan' })).toBeDisabled();
  }

  finaliseButton(): Locator {
    return this.page.getByRole('button', { name: 'Finalkan', exact: true });
  }

  async finaliseExam(): Promise<void> {
    await expect(this.finaliseButton()).toBeEnabled();
    await this.finaliseButton().click();
    const dialog = this.page.getByRole('dialog', { name: 'Finalkan pemeriksaan?' });
    await dialog.getByRole('button', { name: 'Finalkan', exact: true }).click();
    await expect(this.examNumber()).toBeVisible();
  }

  examNumber(): Locator {
    return this.page.getByTestId('exam-number');
  }

  examHash(): Locator {
    return this.page.getByTestId('exam-hash');
  }

  async openVerification(): Promise<Locator> {
    await this.page
      .getByRole('button', { name: /Verifikasi/ })
      .first()
      .click();
    const form = this.page.getByRole('form', { name: 'Verifikasi berita acara' });
    await expect(form).toBeVisible();
    return form;
  }

  /** Fills the verification form; with `qr` only, pastes the QR text into the number field. */
  async verifyExam(v: { number?: string; hash?: string; qr?: string }): Promise<Locator> {
    const form = this.page.getByRole('form', { name: 'Verifikasi berita acara' });
    if (v.qr) await form.getByLabel('Nomor berita acara').fill(v.qr);
    if (v.number !== undefined) await form.getByLabel('Nomor berita acara').fill(v.number);
    if (v.hash !== undefined) await form.getByLabel('Kode verifikasi').fill(v.hash);
    await form.getByRole('button', { name: 'Periksa' }).click();
    const result = this.page.getByRole('status', { name: 'Hasil verifikasi' });
    await expect(result).toBeVisible();
    return result;
  }
}
