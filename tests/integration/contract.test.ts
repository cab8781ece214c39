import { afterEach, describe, expect, it } from 'vitest';
import { handlers } from '../../main/handlers';
import {
  type AppErrorData,
  contract,
  type Envelope,
  type InputOf,
  isEnvelope,
  REQUEST_NAMES,
  type RequestName,
} from '../../shared/contract';
import { expectErr, expectOk, openTestApp, snapshot, type TestApp, userTables } from './helpers';

const CSV_BASE64 = Buffer.from(
  'Tanggal;No. Bukti;Uraian;Debet;Kredit\n02/12/2024;BKM-IMP-1;Angsuran SPP;1.000.000;\n03/12/2024;BKK-IMP-1;ATK;;250.000\n',
).toString('base64');
const CSV_MAPPING: InputOf<'journal.importCommit'>['mapping'] = {
  sheet: null,
  headerRow: 1,
  columns: { date: 0, bukti: 1, description: 2, amountMode: 'debit_kredit', debit: 3, credit: 4 },
  defaultAccountCode: '1.1.01.01',
  counterAccountCode: '4.2.02',
};

const LOAN_CSV_BASE64 = Buffer.from(
  'No. pinjaman;Desa;Kelompok;Produk;Alokasi;Tanggal cair\nLAMA-001;Sukamaju;SPP Melati;SPP;5.000.000;02/01/2024\n',
).toString('base64');

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/**
 * One valid input per request, against the demo database (ids 1 exist there). The mapped type
 * makes a request missing from this list a compile error.
 */
const VALID: { [K in RequestName]: InputOf<K> } = {
  'system.status': {},
  'backup.list': {},
  'backup.now': { folder: null },
  // Replaced by RESOLVE with the name of a backup made first.
  'backup.restore': { fileName: 'cadangan-2025-01-15T01-00-00-000Z-manual.sqlite' },
  'backup.undoRestore': {},
  'demo.load': {},
  'office.getProfile': {},
  'office.saveProfile': {
    name: 'UPK Uji',
    institutionKind: 'bumdesma',
    kecamatan: 'Kecamatan Uji',
    kabupaten: 'Kabupaten Uji',
    provinsi: 'Provinsi Uji',
    address: 'Jl. Uji No. 1',
    postalCode: '12345',
    phone: '0812 3456 789',
    email: 'uji@example.com',
    timeZone: 'WITA',
    paperSize: 'A4',
  },
  'office.setLogo': { mimeType: 'image/png', base64: PNG_1X1 },
  'office.removeLogo': {},
  'officers.list': { includeInactive: true },
  'officers.create': {
    fullName: 'Pejabat Uji',
    nip: '19800312 200604 1 011',
    phone: '0812 0000 0000',
    position: 'fk',
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    decreeNumber: 'SK Uji',
  },
  'officers.update': { id: 1, fullName: 'Nama Baru', nip: '197204151998031006', phone: '0812 1111 1111' },
  'officers.setActive': { id: 1, active: false },
  'officers.addTerm': {
    officerId: 1,
    position: 'staf_upk',
    startDate: '2020-01-01',
    endDate: '2020-12-31',
    decreeNumber: 'SK Staf',
  },
  'officers.updateTerm': {
    id: 1,
    position: 'ketua_upk',
    startDate: '2021-03-01',
    endDate: '2026-02-28',
    decreeNumber: 'SK Ubah',
  },
  'officers.onDate': { position: 'bendahara_upk', date: '2024-05-01' },
  'desa.list': { includeInactive: true },
  'desa.create': { name: 'Desa Uji', code: '32.03.14.2099', kepalaDesa: 'Kepala Uji' },
  'desa.update': { id: 1, name: 'Sukamaju Baru', code: '32.03.14.2001', kepalaDesa: 'Kepala Baru' },
  'desa.setActive': { id: 1, active: false },
  'tpk.create': { desaId: 1, fullName: 'Anggota Uji', role: 'anggota', phone: '0813 0000 0000' },
  'tpk.update': { id: 1, fullName: 'Ketua Baru', role: 'ketua', phone: '0813 1111 1111' },
  'tpk.setActive': { id: 1, active: false },
  // Ids below are the default chart's (migration 2): 4 Kas Tunai, 26 Ekuitas Saldo Awal, 34 Pendapatan
  // Lain-lain, 36 Beban Operasional, 38 Beban ATK; 45 is the demo's BRI account.
  'accounts.list': { includeInactive: true },
  'accounts.create': { code: '9', name: 'Akun Uji', type: 'aset', normalSide: 'D' },
  'accounts.update': { id: 38, code: '5.1.02', name: 'Beban ATK', type: 'beban', normalSide: 'D' },
  'accounts.setActive': { id: 44, active: false },
  'accounts.createMoney': {
    kind: 'bank',
    code: '1.1.01.02.09',
    name: 'Bank Uji',
    bank: { bankName: 'Bank Uji', accountNumber: '123 456 789', holder: 'UPK Uji', bankType: 'deposito' },
  },
  'accounts.updateBank': {
    id: 45,
    bank: {
      bankName: 'BRI Cabang Baru',
      accountNumber: '0123-01-000456-30-1',
      holder: 'UPK Uji',
      bankType: 'giro',
    },
  },
  'journal.get': { id: 1 },
  'journal.post': {
    date: '2025-01-10',
    time: '10:00',
    bukti: 'JU-UJI-1',
    description: 'Jurnal uji',
    lines: [
      { accountId: 4, debit: 100_000, credit: 0 },
      { accountId: 34, debit: 0, credit: 100_000 },
    ],
  },
  'journal.quick': {
    date: '2025-01-10',
    time: '10:05',
    bukti: 'BKM-UJI-1',
    description: 'Penerimaan uji',
    kind: 'penerimaan_kas',
    moneyAccountId: 4,
    otherAccountId: 34,
    amount: 250_000,
  },
  'journal.update': {
    id: 2,
    date: '2024-01-02',
    time: '09:00',
    bukti: 'JU-UBAH-1',
    description: 'Diubah',
    lines: [
      { accountId: 4, debit: 100_000, credit: 0 },
      { accountId: 34, debit: 0, credit: 100_000 },
    ],
    reason: 'Uji ubah',
  },
  'journal.void': { id: 2, reason: 'Uji batal' },
  'journal.reverse': { id: 2, date: '2025-01-10', time: '10:00', bukti: 'KR-UJI-1', reason: 'Uji balik' },
  'journal.importPreview': { fileName: 'kas.csv', base64: CSV_BASE64, mapping: null },
  'journal.importCommit': { fileName: 'kas.csv', base64: CSV_BASE64, mapping: CSV_MAPPING },
  'journal.importMapping': {},
  'journal.openingBalances': {
    date: '2024-12-31',
    equityAccountId: 26,
    items: [{ accountId: 4, amount: 1_250_000 }],
  },
  'books.page': { query: { accountId: 4, from: '2024-01-01', to: '2024-12-31' }, after: null, limit: 50 },
  'books.balanceAt': { accountId: 4, date: '2024-06-30', time: '12:00', moment: 'sesudah' },
  'books.export': { query: { accountId: 4, from: '2024-01-01', to: '2024-03-31' }, format: 'xlsx' },
  'books.lockState': {},
  'books.lock': { date: '2024-12-31', time: '23:59', reason: 'Pemeriksaan kas uji' },
  // The demo's examinations: 1 is final (30 Nov 2024), 2 a draft (31 Des 2024) with kasbon item 1.
  // Officers: 4 Siti (Bendahara), 5 Ujang (Ketua BP-UPK), 10 Nenden (FK), 1 Asep (Ketua UPK).
  'exam.list': {},
  'exam.get': { id: 1 },
  'exam.denominations': {},
  'exam.create': {
    type: 'rutin',
    date: '2024-12-31',
    time: '10:00',
    place: 'Kantor UPK',
    basis: 'Surat tugas uji',
    examinedOfficerId: 4,
    examinerOfficerIds: [10],
    acknowledgerOfficerIds: [1],
  },
  'exam.updateHeader': {
    id: 2,
    type: 'serah_terima',
    date: '2024-12-31',
    time: '11:00',
    place: 'Kantor UPK',
    basis: null,
    examinedOfficerId: 4,
    examinerOfficerIds: [5, 10],
    acknowledgerOfficerIds: [1],
  },
  'exam.setCounts': { id: 2, accountId: 4, counts: [{ denominationId: 1, count: 10 }] },
  'exam.addNonCash': { id: 2, accountId: 4, kind: 'meterai', description: 'Meterai', amount: 50_000 },
  'exam.addExplanation': {
    id: 2,
    accountId: 4,
    code: 'KASBON',
    description: 'Kasbon staf',
    amount: { direction: 'kurang', amount: 2_500_000 },
  },
  'exam.setStatement': {
    id: 2,
    accountId: 45,
    balance: 100_000,
    date: '2024-12-31',
    source: 'rekening_koran',
  },
  'exam.addReconItem': {
    id: 2,
    accountId: 45,
    code: 'BIAYA_ADM_BANK',
    description: 'Biaya administrasi',
    amount: { direction: 'kurang', amount: 1_500_000 },
  },
  'exam.removeItem': { id: 2, kind: 'nonCash', itemId: 1 },
  'exam.setObservation': { id: 2, itemId: 1, answer: 'ya', note: null },
  'exam.addFinding': { id: 2, kondisi: 'Kasbon staf', rekomendasi: 'Kembalikan kasbon', amount: 2_500_000 },
  'exam.setConclusion': { id: 2, conclusion: 'Kas kurang karena kasbon.', unexplainedAcknowledged: true },
  'exam.finalise': { id: 2 },
  'exam.pdf': { id: 1 },
  'exam.verify': { number: '001/BA-PK/UPK/XI/2024', hash: 'a'.repeat(64) },
  'exam.suggestedEntries': { id: 2 },
  'exam.attachSigned': { id: 1, mimeType: 'image/png', base64: PNG_1X1 },
  'exam.signedCopy': { id: 1 },
  'exam.history': {},
  'exam.addendum': { id: 1, reason: 'Salah tulis nomor rekening' },
  'exam.observationItems': {},
  'exam.addObservationItem': { text: 'Cap lembaga tersimpan aman' },
  'exam.setObservationItemActive': { id: 2, active: false },
  'exam.setDenominationActive': { id: 2, active: true },
  'exam.schedule': {},
  'exam.setSchedule': { intervalMonths: 3, pattern: '{no}/BA-KAS/{bulan}/{tahun}' },
  'kegiatan.list': {},
  'kegiatan.create': {
    desaId: 1,
    name: 'Pelatihan kader',
    type: 'pendidikan',
    year: 2025,
    blmAmount: 10_000_000_00,
    location: 'Balai desa',
    status: 'perencanaan',
    tpkMemberIds: [1],
  },
  'kegiatan.update': {
    id: 1,
    desaId: 1,
    name: 'Rabat beton jalan Dusun III',
    type: 'sarana_prasarana',
    year: 2025,
    blmAmount: 190_000_000_00,
    location: 'Dusun III',
    status: 'selesai',
    tpkMemberIds: [1, 2],
  },
  'kegiatan.setActive': { id: 2, active: false },
  'template.list': {},
  'template.get': { versionId: 1 },
  'template.copy': { versionId: 1, name: 'Checklist Kabupaten' },
  'template.newVersion': { templateId: 1 },
  'template.saveSection': { versionId: 2, code: 'K', title: 'Bagian tambahan' },
  'template.saveItem': {
    versionId: 2,
    sectionId: 11,
    code: 'A7',
    text: 'Butir tambahan',
    help: 'Petunjuk',
    defaultSeverity: 'ringan',
    appliesTo: ['sarana_prasarana'],
  },
  'template.removeItem': { versionId: 2, itemId: 48 },
  'template.publish': { versionId: 2 },
  'template.setActive': { templateId: 1, active: false },
  'praAudit.list': {},
  'praAudit.get': { id: 1 },
  'praAudit.create': {
    kegiatanId: 2,
    versionId: 1,
    auditDate: '2025-01-10',
    place: 'Kantor Desa Cibodas',
    team: [{ name: 'Nenden Fitriani, S.Sos.', jabatan: 'Fasilitator Kecamatan' }],
  },
  'praAudit.updateHeader': {
    id: 2,
    auditDate: '2025-01-11',
    place: 'Balai Desa Sukamaju',
    team: [{ name: 'Ahmad Fauzi', jabatan: 'Pendamping Lokal' }],
  },
  'praAudit.answer': { id: 2, itemId: 1, answer: 'tidak_ada', note: 'Tidak ditemukan' },
  'praAudit.attachEvidence': {
    id: 2,
    itemId: 1,
    file: { fileName: 'foto.png', mimeType: 'image/png', base64: PNG_1X1 },
  },
  'praAudit.removeEvidence': { id: 2, evidenceId: 1 },
  'praAudit.createFindings': { id: 2 },
  'praAudit.saveFinding': {
    id: 2,
    kondisi: 'Papan nama tidak ada',
    rekomendasi: 'Pasang papan',
    severity: 'ringan',
  },
  'praAudit.removeFinding': { id: 2, findingId: 5 },
  'praAudit.setConclusion': { id: 2, conclusion: 'Perlu perbaikan.' },
  'praAudit.finalise': { id: 2 },
  'praAudit.pdf': { id: 1, document: 'laporan' },
  'praAudit.compare': { beforeId: 1, afterId: 2 },
  'attachment.get': { id: 1 },
  'finding.list': {},
  'finding.get': { id: 1 },
  'finding.addFollowUp': { id: 3, date: '2025-01-14', status: 'dalam_proses', note: 'Sedang dikerjakan' },
  'finding.overview': {},
  'kelompok.list': {},
  'kelompok.create': {
    desaId: 1,
    name: 'SPP Uji',
    jenis: 'spp',
    ketua: 'Ketua Uji',
    address: 'Dusun I',
    foundedOn: '2020-01-01',
  },
  'kelompok.update': {
    id: 1,
    desaId: 1,
    name: 'SPP Melati Baru',
    jenis: 'spp',
    ketua: 'Ketua Baru',
    address: null,
  },
  'kelompok.setActive': { id: 1, active: false },
  'anggota.create': { kelompokId: 1, name: 'Anggota Uji', nik: '3203140101900001', gender: 'P', rtm: true },
  'anggota.update': { id: 1, name: 'Nama Baru', nik: null, gender: 'L', address: 'Dusun II' },
  'anggota.setActive': { id: 1, active: false },
  'loanProduct.list': {},
  'loanProduct.save': {
    code: 'KUR',
    name: 'Pinjaman mingguan',
    terms: {
      rateBp: 100,
      jasaBasis: 'menurun',
      tenor: 26,
      frequency: 'mingguan',
      rounding: 'rp100',
      dendaPerLateInstalment: 0,
    },
    receivableAccountId: 1,
    jasaAccountId: 1,
    dendaAccountId: 1,
  },
  'classTable.list': {},
  'classTable.save': {
    name: '4 kelas',
    basis: 'hari',
    classes: [
      { code: 'A', name: 'Lancar', min: 0, max: 30, provisionBp: 0, npl: false },
      { code: 'B', name: 'Kurang Lancar', min: 31, max: 90, provisionBp: 2500, npl: true },
      { code: 'C', name: 'Diragukan', min: 91, max: 180, provisionBp: 5000, npl: true },
      { code: 'D', name: 'Macet', min: 181, max: null, provisionBp: 10000, npl: true },
    ],
  },
  'classTable.setCurrent': { id: 2 },
  'loan.list': {},
  'loan.get': { id: 1 },
  'loan.propose': {
    kelompokId: 1,
    productId: 1,
    amount: 5_000_000_00,
    purpose: 'Warung',
    proposedOn: '2025-01-05',
  },
  'loan.verify': { id: 1, date: '2025-01-10' },
  'loan.approve': { id: 1, date: '2025-01-11', decisionNumber: 'BA MAD 01/2025' },
  'loan.reject': { id: 1, date: '2025-01-11', reason: 'Kelompok belum memenuhi syarat' },
  'loan.disburse': { id: 1, date: '2025-01-12', time: '10:00', accountId: 1, bukti: 'BBK-UJI-1' },
  'loan.repay': {
    id: 1,
    date: '2025-01-14',
    time: '10:00',
    accountId: 1,
    bukti: 'BKM-UJI-1',
    pokok: 100_000_00,
    jasa: 15_000_00,
  },
  'loan.voidRepayment': { id: 1, repaymentId: 1, reason: 'Salah input' },
  'loan.writeOff': {
    id: 1,
    date: '2025-01-14',
    time: '15:00',
    decisionNumber: 'BA MAD 02/2025',
    bukti: 'HAPUS-UJI',
  },
  'loan.portfolio': { date: '2025-01-14' },
  'loanImport.preview': { fileName: 'register.csv', base64: LOAN_CSV_BASE64 },
  'loanImport.commit': { fileName: 'register.csv', base64: LOAN_CSV_BASE64 },
};

/** Inputs that depend on the demo's data (entries after the demo's lock), and set-up a request needs. */
const lastEntryId = (t: TestApp) =>
  t.sqlite
    .prepare(
      `SELECT id FROM journal_entries e WHERE kind != 'saldo_awal'
         AND NOT EXISTS (SELECT 1 FROM repayments r WHERE r.entry_id = e.id)
         AND NOT EXISTS (SELECT 1 FROM loans l WHERE l.disbursement_entry_id = e.id)
       ORDER BY entry_date DESC, entry_time DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get() as number;
const newDraftVersion = async (t: TestApp) =>
  expectOk(await t.call('template.newVersion', { templateId: 1 }));
const attachToDraft = async (t: TestApp) =>
  expectOk(await t.call('praAudit.attachEvidence', VALID['praAudit.attachEvidence'])).sections[0]?.items[0]
    ?.evidence[0]?.id ?? 0;
/** A manual backup, then a change (a new desa) that a restore of that backup takes away. */
const backupThenChange = async (t: TestApp) => {
  const made = expectOk(await t.call('backup.now', {}));
  expectOk(await t.call('desa.create', VALID['desa.create']));
  return { fileName: made.backup.fileName };
};
const accountByCode = (t: TestApp, code: string) =>
  t.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(code) as number;
/** A new loan of the demo's first group, taken as far as `until`. */
async function loanUpTo(
  t: TestApp,
  until: 'usulan' | 'diverifikasi' | 'disetujui' | 'aktif',
): Promise<number> {
  const { id } = expectOk(await t.call('loan.propose', VALID['loan.propose']));
  if (until === 'usulan') return id;
  expectOk(await t.call('loan.verify', { ...VALID['loan.verify'], id }));
  if (until === 'diverifikasi') return id;
  expectOk(await t.call('loan.approve', { ...VALID['loan.approve'], id }));
  if (until === 'disetujui') return id;
  expectOk(
    await t.call('loan.disburse', {
      ...VALID['loan.disburse'],
      id,
      accountId: accountByCode(t, '1.1.01.01'),
    }),
  );
  return id;
}
const RESOLVE: Partial<{ [K in RequestName]: (t: TestApp) => Promise<InputOf<K>> }> = {
  'loanProduct.save': async (t) => ({
    ...VALID['loanProduct.save'],
    receivableAccountId: accountByCode(t, '1.1.03.01'),
    jasaAccountId: accountByCode(t, '4.1.01'),
    dendaAccountId: accountByCode(t, '4.1.03'),
  }),
  'loan.verify': async (t) => ({ ...VALID['loan.verify'], id: await loanUpTo(t, 'usulan') }),
  'loan.approve': async (t) => ({ ...VALID['loan.approve'], id: await loanUpTo(t, 'diverifikasi') }),
  'loan.reject': async (t) => ({ ...VALID['loan.reject'], id: await loanUpTo(t, 'diverifikasi') }),
  'loan.disburse': async (t) => ({
    ...VALID['loan.disburse'],
    id: await loanUpTo(t, 'disetujui'),
    accountId: accountByCode(t, '1.1.01.01'),
  }),
  'loan.repay': async (t) => ({
    ...VALID['loan.repay'],
    id: await loanUpTo(t, 'aktif'),
    accountId: accountByCode(t, '1.1.01.01'),
  }),
  'loan.voidRepayment': async (t) => {
    const id = await loanUpTo(t, 'aktif');
    const loan = expectOk(
      await t.call('loan.repay', { ...VALID['loan.repay'], id, accountId: accountByCode(t, '1.1.01.01') }),
    );
    return { ...VALID['loan.voidRepayment'], id, repaymentId: loan.repayments[0]?.id ?? 0 };
  },
  'loan.writeOff': async (t) => ({ ...VALID['loan.writeOff'], id: await loanUpTo(t, 'aktif') }),
  'backup.restore': backupThenChange,
  'backup.undoRestore': async (t) => {
    expectOk(await t.call('backup.restore', await backupThenChange(t)));
    return {};
  },
  'template.saveSection': async (t) => ({
    ...VALID['template.saveSection'],
    versionId: (await newDraftVersion(t)).id,
  }),
  'template.saveItem': async (t) => {
    const v = await newDraftVersion(t);
    return { ...VALID['template.saveItem'], versionId: v.id, sectionId: v.sections[0]?.id ?? 0 };
  },
  'template.removeItem': async (t) => {
    const v = await newDraftVersion(t);
    return { versionId: v.id, itemId: v.sections[0]?.items[0]?.id ?? 0 };
  },
  'template.publish': async (t) => ({ versionId: (await newDraftVersion(t)).id }),
  'praAudit.removeEvidence': async (t) => ({ id: 2, evidenceId: await attachToDraft(t) }),
  'attachment.get': async (t) => ({ id: await attachToDraft(t) }),
  'praAudit.createFindings': async (t) => {
    expectOk(await t.call('praAudit.answer', VALID['praAudit.answer']));
    return VALID['praAudit.createFindings'];
  },
  'praAudit.removeFinding': async (t) => ({
    id: 2,
    findingId: t.sqlite.prepare('SELECT id FROM findings WHERE pra_audit_id = 2').pluck().get() as number,
  }),
  'finding.addFollowUp': async (t) => ({
    ...VALID['finding.addFollowUp'],
    id: t.sqlite
      .prepare("SELECT id FROM findings WHERE pra_audit_id = 1 AND status = 'terbuka'")
      .pluck()
      .get() as number,
  }),
  'praAudit.finalise': async (t) => {
    let audit = expectOk(await t.call('praAudit.get', { id: 2 }));
    for (const i of audit.sections.flatMap((s) => s.items).filter((x) => x.answer === 'belum_diperiksa')) {
      audit = expectOk(
        await t.call('praAudit.answer', { id: 2, itemId: i.itemId, answer: 'ada_sesuai', note: null }),
      );
    }
    for (const f of audit.findings) {
      expectOk(
        await t.call('praAudit.saveFinding', {
          id: 2,
          findingId: f.id,
          kondisi: f.kondisi,
          rekomendasi: f.rekomendasi,
          severity: 'sedang',
          dueDate: '2025-02-28',
        }),
      );
    }
    expectOk(await t.call('praAudit.setConclusion', VALID['praAudit.setConclusion']));
    return VALID['praAudit.finalise'];
  },
  'journal.update': async (t) => ({
    ...VALID['journal.update'],
    id: lastEntryId(t),
    date: '2024-12-31',
    time: '23:30',
  }),
  'journal.void': async (t) => ({ ...VALID['journal.void'], id: lastEntryId(t) }),
  'journal.reverse': async (t) => ({ ...VALID['journal.reverse'], id: lastEntryId(t) }),
  'exam.signedCopy': async (t) => {
    expectOk(await t.call('exam.attachSigned', { id: 1, mimeType: 'image/png', base64: PNG_1X1 }));
    return VALID['exam.signedCopy'];
  },
  'exam.finalise': async (t) => {
    const draft = expectOk(await t.call('exam.get', { id: 2 }));
    for (const b of draft.banks) {
      expectOk(
        await t.call('exam.setStatement', {
          id: 2,
          accountId: b.accountId,
          balance: b.bookBalance,
          date: draft.date,
          source: 'rekening_koran',
        }),
      );
    }
    for (const o of draft.observations) {
      expectOk(await t.call('exam.setObservation', { id: 2, itemId: o.itemId, answer: 'ya', note: null }));
    }
    expectOk(
      await t.call('exam.setConclusion', { id: 2, conclusion: 'Kas kurang.', unexplainedAcknowledged: true }),
    );
    return VALID['exam.finalise'];
  },
};

/** Write requests that write a file (a backup), not the database. */
const WRITES_FILES_ONLY: RequestName[] = ['backup.now'];

/** Requests whose valid input needs a database without the demo office. */
const NEEDS_EMPTY_DB: RequestName[] = ['demo.load', 'journal.openingBalances'];

/** Values the generic mutations produce that are legitimately valid for that field. */
const ALSO_VALID: Partial<Record<RequestName, Record<string, unknown[]>>> = {
  'exam.create': { acknowledgerOfficerIds: [[]] },
  'exam.updateHeader': { acknowledgerOfficerIds: [[]] },
  'exam.setCounts': { counts: [[]] },
  'exam.setStatement': { balance: [0] },
  'exam.addFinding': { amount: [0] },
  'kegiatan.create': { blmAmount: [0], tpkMemberIds: [[]] },
  'kegiatan.update': { blmAmount: [0], tpkMemberIds: [[]] },
  'template.saveItem': { appliesTo: [[]] },
  'loan.repay': { pokok: [0], jasa: [0] },
};

/** Money fields take sen as a number or the id-ID text a person typed, so `String(value)` is valid. */
const MONEY_KEYS = new Set(['amount', 'balance', 'blmAmount', 'pokok', 'jasa', 'denda']);

const READ_REQUESTS = [
  'loanImport.preview',
  'classTable.list',
  'loan.get',
  'loan.list',
  'loan.portfolio',
  'loanProduct.list',
  'backup.list',
  'kelompok.list',
  'attachment.get',
  'finding.get',
  'finding.list',
  'finding.overview',
  'kegiatan.list',
  'praAudit.compare',
  'praAudit.get',
  'praAudit.list',
  'praAudit.pdf',
  'template.get',
  'template.list',
  'journal.importMapping',
  'journal.importPreview',
  'accounts.list',
  'books.balanceAt',
  'books.export',
  'exam.denominations',
  'exam.get',
  'exam.history',
  'exam.list',
  'exam.observationItems',
  'exam.pdf',
  'exam.schedule',
  'exam.signedCopy',
  'exam.suggestedEntries',
  'exam.verify',
  'books.lockState',
  'books.page',
  'desa.list',
  'journal.get',
  'office.getProfile',
  'officers.list',
  'officers.onDate',
  'system.status',
];
/** Requests for which `{}` is a complete input (no fields, or only defaulted ones). */
const EMPTY_OBJECT_OK = [
  'classTable.list',
  'loan.list',
  'loanProduct.list',
  'backup.list',
  'backup.now',
  'backup.undoRestore',
  'kelompok.list',
  'finding.list',
  'finding.overview',
  'kegiatan.list',
  'praAudit.list',
  'template.list',
  'journal.importMapping',
  'accounts.list',
  'books.lockState',
  'demo.load',
  'exam.denominations',
  'exam.history',
  'exam.list',
  'exam.observationItems',
  'exam.schedule',
  'desa.list',
  'office.getProfile',
  'office.removeLogo',
  'officers.list',
  'system.status',
];

const LONG = 'x'.repeat(100_000);

function fieldsOf(name: RequestName): Record<string, unknown> {
  return { ...VALID[name] };
}

/** Values that are wrong for a field whose valid value is `value`, whatever the field means. */
function badValuesFor(value: unknown, key: string): unknown[] {
  if (MONEY_KEYS.has(key) && typeof value === 'number') {
    return [
      NaN,
      Infinity,
      -Infinity,
      1e308,
      -1,
      0,
      1.5,
      {},
      [],
      [value],
      LONG,
      'a\u0000b',
      true,
      null,
      2 ** 53,
      'abc',
    ];
  }
  const common: unknown[] = [NaN, Infinity, -Infinity, 1e308, -1, 0, 1.5, {}, [], [value], LONG, 'a\u0000b'];
  if (typeof value === 'boolean') return [...common, 'true', 1, null];
  if (typeof value === 'number') return [...common, String(value), true, null, 2 ** 53, -0.5];
  return [...common, 12345, true, false];
}

interface Case {
  label: string;
  input: unknown;
}

function malformedInputs(name: RequestName): Case[] {
  const valid = fieldsOf(name);
  const cases: Case[] = [
    { label: 'null', input: null },
    { label: 'undefined', input: undefined },
    { label: 'a string', input: 'system.status' },
    { label: 'a number', input: 42 },
    { label: 'NaN', input: NaN },
    { label: 'a boolean', input: true },
    { label: 'an array', input: [] },
    { label: 'an array holding the valid input', input: [valid] },
    { label: 'own __proto__ key', input: JSON.parse('{"__proto__":{"x":1}}') },
    { label: '{constructor: 1}', input: { constructor: 1 } },
    {
      label: 'valid fields plus own __proto__ key',
      input: Object.assign(JSON.parse('{"__proto__":{"isAdmin":true}}'), valid),
    },
    { label: 'valid fields plus constructor', input: { ...valid, constructor: 1 } },
    { label: 'valid fields plus an unknown key', input: { ...valid, extra: 'x' } },
  ];
  if (!EMPTY_OBJECT_OK.includes(name)) cases.push({ label: '{}', input: {} });
  const keys = Object.keys(valid);
  if (keys.some((k) => typeof valid[k] === 'string')) {
    const allLong = Object.fromEntries(keys.map((k) => [k, typeof valid[k] === 'string' ? LONG : valid[k]]));
    cases.push({ label: 'every string field 100k chars', input: allLong });
  }
  for (const key of keys) {
    const alsoValid = (ALSO_VALID[name]?.[key] ?? []).map((v) => JSON.stringify(v));
    for (const bad of badValuesFor(valid[key], key).filter((b) => !alsoValid.includes(JSON.stringify(b)))) {
      const shown = typeof bad === 'string' && bad.length > 20 ? `${bad.length} chars` : String(bad);
      cases.push({ label: `${key} = ${shown}`, input: { ...valid, [key]: bad } });
    }
  }
  return cases;
}

const opened: TestApp[] = [];

async function open(demo: boolean): Promise<TestApp> {
  const t = await openTestApp({ demo });
  opened.push(t);
  return t;
}

afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

/** Calls through dispatch; fails the test (with the case label) if it throws or returns a non-envelope. */
async function callSafely(
  t: TestApp,
  name: unknown,
  input: unknown,
  label: string,
): Promise<Envelope<unknown>> {
  let envelope: unknown;
  try {
    envelope = await t.callRaw(name, input);
  } catch (err) {
    return expect.fail(`${String(name)} (${label}) threw: ${String(err)}`);
  }
  if (!isEnvelope(envelope)) return expect.fail(`${String(name)} (${label}) returned a non-envelope`);
  expect(() => JSON.stringify(envelope), label).not.toThrow();
  return envelope;
}

function refusal(envelope: Envelope<unknown>, label: string): AppErrorData {
  if (envelope.ok)
    return expect.fail(`${label}: accepted, value ${JSON.stringify(envelope.value)?.slice(0, 200)}`);
  expect(typeof envelope.error.code, label).toBe('string');
  expect(envelope.error.message.length, label).toBeGreaterThan(0);
  return envelope.error;
}

describe('the contract and its handlers', () => {
  it('every request has a handler, an input schema and a write flag; no stray handlers', () => {
    expect(REQUEST_NAMES.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(handlers).sort()).toEqual([...REQUEST_NAMES].sort());
    expect(Object.keys(VALID).sort()).toEqual([...REQUEST_NAMES].sort());
    for (const name of REQUEST_NAMES) {
      expect(typeof handlers[name], name).toBe('function');
      expect(typeof contract[name].write, name).toBe('boolean');
      expect(typeof contract[name].input.safeParse, name).toBe('function');
    }
  });

  it('exactly the read requests are marked write: false', () => {
    expect(REQUEST_NAMES.filter((n) => !contract[n].write).sort()).toEqual([...READ_REQUESTS].sort());
  });
});

describe('malformed input, per request', () => {
  for (const name of REQUEST_NAMES) {
    it(`${name}: refused with VALIDATION, never throws, writes nothing`, async () => {
      const t = await open(true);
      const before = snapshot(t.sqlite);
      const cases = malformedInputs(name);
      expect(cases.length).toBeGreaterThan(10);
      for (const { label, input } of cases) {
        const error = refusal(await callSafely(t, name, input, label), `${name} ${label}`);
        expect(error.code, `${name} ${label}: ${error.message}`).toBe('VALIDATION');
      }
      expect(snapshot(t.sqlite)).toEqual(before);
      expect(t.errors).toEqual([]);
    });
  }
});

describe('valid input, per request', () => {
  for (const name of REQUEST_NAMES) {
    const write = contract[name].write;
    it(`${name}: accepted; ${write ? 'writes' : 'leaves the database unchanged'}`, async () => {
      // A few need an empty database; everything else works on the demo office.
      const t = await open(!NEEDS_EMPTY_DB.includes(name));
      const resolve = RESOLVE[name] as ((t: TestApp) => Promise<unknown>) | undefined;
      const input = resolve ? await resolve(t) : VALID[name];
      const before = snapshot(t.sqlite);
      expectOk(await callSafely(t, name, input, 'valid'));
      if (write && !WRITES_FILES_ONLY.includes(name)) expect(snapshot(t.sqlite)).not.toEqual(before);
      else expect(snapshot(t.sqlite)).toEqual(before);
      expect(t.errors).toEqual([]);
    });
  }

  it('`{}` is a complete input exactly where expected', async () => {
    const t = await open(false);
    const special = ['demo.load', 'office.removeLogo', 'backup.undoRestore'];
    for (const name of EMPTY_OBJECT_OK.filter((n) => !special.includes(n))) {
      expectOk(await callSafely(t, name, {}, '{}'));
    }
    // Nothing restored yet: nothing to undo, a CONFLICT rather than a VALIDATION error.
    expectErr(await callSafely(t, 'backup.undoRestore', {}, '{}'), 'CONFLICT');
    // removeLogo has no fields; without a profile it is a CONFLICT, not a VALIDATION error.
    expectErr(await callSafely(t, 'office.removeLogo', {}, '{}'), 'CONFLICT');
    expectOk(await callSafely(t, 'demo.load', {}, '{}'));
  });
});

describe('unknown request names', () => {
  const names: unknown[] = [
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    '',
    'System.Status',
    'system.status ',
    'desa.delete',
    'desa',
    null,
    undefined,
    42,
    {},
    ['system.status'],
    Symbol('system.status'),
  ];

  it('→ UNKNOWN_REQUEST, nothing written, nothing logged', async () => {
    const t = await open(true);
    const before = snapshot(t.sqlite);
    for (const name of names) {
      const label = typeof name === 'symbol' ? 'symbol' : (JSON.stringify(name) ?? 'undefined');
      for (const input of [{}, null, VALID['desa.create']]) {
        expectErr(await callSafely(t, name, input, label), 'UNKNOWN_REQUEST');
      }
    }
    expect(snapshot(t.sqlite)).toEqual(before);
    expect(t.errors).toEqual([]);
  });
});

describe('SQL-looking text', () => {
  const SQL = "'); DROP TABLE desa;--";
  const QUOTE = "x' OR '1'='1";

  it('is stored verbatim as text and never executed', async () => {
    const t = await open(true);
    const tables = userTables(t.sqlite);
    const counts = { desa: 0, officers: 0 };
    const countOf = (table: string) =>
      t.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    counts.desa = countOf('desa');
    counts.officers = countOf('officers');

    const desa = expectOk(await t.call('desa.create', { name: SQL, code: null, kepalaDesa: `${QUOTE}; --` }));
    expect(desa.name).toBe(SQL);
    // An injected OR '1'='1 in the uniqueness check would match every desa and refuse this one.
    expectOk(await t.call('desa.create', { name: QUOTE, code: null, kepalaDesa: null }));
    expectOk(await t.call('desa.update', { id: 1, name: 'Sukamaju', code: null, kepalaDesa: SQL }));
    const tpk = expectOk(
      await t.call('tpk.create', { desaId: desa.id, fullName: SQL, role: 'anggota', phone: null }),
    );
    expect(tpk.tpk[0]?.fullName).toBe(SQL);
    const officer = expectOk(
      await t.call('officers.create', {
        fullName: "Robert'); DROP TABLE officers;--",
        nip: null,
        phone: null,
        position: 'fk',
        startDate: '2024-01-01',
        endDate: null,
        decreeNumber: "1'; DELETE FROM officer_terms; --",
      }),
    );
    const profile = expectOk(
      await t.call('office.saveProfile', { ...VALID['office.saveProfile'], address: SQL }),
    );
    expect(profile.address).toBe(SQL);

    expect(userTables(t.sqlite)).toEqual(tables);
    expect(countOf('desa')).toBe(counts.desa + 2);
    expect(countOf('officers')).toBe(counts.officers + 1);
    expect(t.sqlite.prepare('SELECT name FROM desa WHERE id = ?').pluck().get(desa.id)).toBe(SQL);
    expect(t.sqlite.prepare('SELECT kepala_desa FROM desa WHERE id = ?').pluck().get(desa.id)).toBe(
      `${QUOTE}; --`,
    );
    expect(t.sqlite.prepare('SELECT kepala_desa FROM desa WHERE id = 1').pluck().get()).toBe(SQL);
    expect(t.sqlite.prepare('SELECT full_name FROM officers WHERE id = ?').pluck().get(officer.id)).toBe(
      "Robert'); DROP TABLE officers;--",
    );
    expect(officer.terms[0]?.decreeNumber).toBe("1'; DELETE FROM officer_terms; --");
    expect(t.sqlite.prepare('SELECT address FROM office_profile').pluck().get()).toBe(SQL);
    expect(t.errors).toEqual([]);
  });

  it('a duplicate of a SQL-looking name is still caught as a duplicate', async () => {
    const t = await open(false);
    expectOk(await t.call('desa.create', { name: SQL, code: null, kepalaDesa: null }));
    const before = snapshot(t.sqlite);
    const error = expectErr(
      await t.call('desa.create', { name: SQL, code: null, kepalaDesa: null }),
      'CONFLICT',
    );
    expect(error.fields).toEqual({ name: 'Nama desa sudah terdaftar' });
    expect(snapshot(t.sqlite)).toEqual(before);
  });
});
