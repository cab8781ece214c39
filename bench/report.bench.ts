import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type AppCore, createApp } from '../main/app';
import { DEMO_PROFILE } from '../main/demo/demoOffice';
import { bookReportPdf } from '../main/reports/bookReport';
import type { BookReportData, BookRow } from '../main/reports/types';
import type { InputOf, RequestName, ResultOf } from '../shared/contract';
import type { OfficeProfile } from '../shared/office/profile';
import { medianMs, report, tempDir } from './harness';
import { rawPdfkitBook } from './rawPdfkit';

const quiet = { error: (message: string, err: unknown) => console.error(message, err) };
const rp = (n: number) => n * 100;

async function call<K extends RequestName>(app: AppCore, name: K, input: InputOf<K>): Promise<ResultOf<K>> {
  const r = await app.dispatch(name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as ResultOf<K>;
}

/**
 * The worked example of DOMAIN §4.4/§5 (cash counted Rp50.000 short and explained, one bank account
 * reconciled with five items, one finding), finalised through the app's requests like a user would.
 */
async function finalisedExam(app: AppCore): Promise<number> {
  const code = (c: string) =>
    app.context.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(c) as number;
  await call(app, 'office.saveProfile', DEMO_PROFILE);
  const kas = code('1.1.01.01');
  const bank = (
    await call(app, 'accounts.createMoney', {
      kind: 'bank',
      code: '1.1.01.02.01',
      name: 'Bank BRI Operasional',
      bank: {
        bankName: 'BRI',
        accountNumber: '0123-01-000456-30-1',
        holder: 'UPK Sukamaju',
        bankType: 'giro',
      },
    })
  ).id;
  await call(app, 'journal.openingBalances', {
    date: '2025-06-30',
    equityAccountId: code('3.1.09'),
    items: [
      { accountId: kas, amount: rp(12_450_000) },
      { accountId: bank, amount: rp(245_310_000) },
    ],
  });
  for (const [kind, date, amount, bukti] of [
    ['penerimaan_kas', '2025-07-10', 30_000_000, 'BKM-1'],
    ['penerimaan_kas', '2025-07-31', 18_725_500, 'BKM-2'],
    ['pengeluaran_kas', '2025-07-20', 53_180_000, 'BKK-1'],
  ] as const) {
    await call(app, 'journal.quick', {
      date,
      time: '09:00',
      bukti,
      description: 'Transaksi Juli',
      kind,
      moneyAccountId: kas,
      otherAccountId: code(kind === 'penerimaan_kas' ? '4.1.01' : '5.1.08'),
      amount: rp(amount),
    });
  }
  const officer = async (
    fullName: string,
    position: InputOf<'officers.create'>['position'],
    nip: string | null = null,
  ) =>
    (
      await call(app, 'officers.create', {
        fullName,
        nip,
        phone: null,
        position,
        startDate: '2024-01-01',
        endDate: null,
        decreeNumber: null,
      })
    ).id;
  const bendahara = await officer('Siti Nurhayati, S.Ak.', 'bendahara_upk');
  const fk = await officer('Drs. Agus Setiawan, M.Si.', 'fk', '197204151998031006');
  const ketua = await officer('H. Asep Saepudin, S.E.', 'ketua_upk');
  const exam = await call(app, 'exam.create', {
    type: 'rutin',
    date: '2025-07-31',
    time: '10:00',
    place: 'Kantor UPK Kecamatan Sukamaju',
    basis: 'Surat Tugas No. 05/ST/VII/2025',
    examinedOfficerId: bendahara,
    examinerOfficerIds: [fk],
    acknowledgerOfficerIds: [ketua],
  });
  const denoms = await call(app, 'exam.denominations', {});
  const counts = (
    [
      ['kertas', 100_000, 52],
      ['kertas', 50_000, 30],
      ['kertas', 20_000, 27],
      ['kertas', 10_000, 38],
      ['kertas', 5_000, 29],
      ['kertas', 2_000, 41],
      ['kertas', 1_000, 57],
      ['logam', 1_000, 18],
      ['logam', 500, 35],
      ['logam', 200, 22],
      ['logam', 100, 16],
    ] as const
  ).map(([kind, value, count]) => ({
    denominationId: denoms.find((d) => d.kind === kind && d.value === rp(value))?.id ?? 0,
    count,
  }));
  await call(app, 'exam.setCounts', { id: exam.id, accountId: kas, counts });
  await call(app, 'exam.addExplanation', {
    id: exam.id,
    accountId: kas,
    code: 'BELUM_BUKU_KELUAR',
    description: 'Kuitansi ATK 31-07-2025 belum dibukukan',
    amount: { direction: 'kurang', amount: rp(50_000) },
  });
  await call(app, 'exam.setStatement', {
    id: exam.id,
    accountId: bank,
    balance: rp(246_012_350),
    date: '2025-07-31',
    source: 'rekening_koran',
  });
  for (const [reconCode, direction, amount] of [
    ['SETORAN_DALAM_PERJALANAN', 'tambah', 2_597_150],
    ['PENARIKAN_BELUM_DIDEBET', 'kurang', 2_500_000],
    ['BUNGA_JASA_GIRO', 'tambah', 1_015_000],
    ['PAJAK_BUNGA', 'kurang', 203_000],
    ['BIAYA_ADM_BANK', 'kurang', 12_500],
  ] as const) {
    await call(app, 'exam.addReconItem', {
      id: exam.id,
      accountId: bank,
      code: reconCode,
      description: reconCode,
      amount: { direction, amount: rp(amount) },
    });
  }
  for (const o of exam.observations) {
    await call(app, 'exam.setObservation', { id: exam.id, itemId: o.itemId, answer: 'ya', note: null });
  }
  await call(app, 'exam.addFinding', {
    id: exam.id,
    kondisi: 'Transaksi ATK Rp50.000 belum dibukukan pada hari yang sama',
    rekomendasi: 'Bukukan setiap transaksi pada hari terjadinya',
    pic: 'Bendahara UPK',
    dueDate: '2025-08-07',
  });
  await call(app, 'exam.setConclusion', {
    id: exam.id,
    conclusion: 'Kas dan bank sesuai dengan pembukuan setelah penyesuaian.',
    unexplainedAcknowledged: false,
  });
  await call(app, 'exam.finalise', { id: exam.id });
  return exam.id;
}

/** Printing a finalised Berita Acara Pemeriksaan Kas (with both lampiran) through `exam.pdf`. */
async function main(): Promise<void> {
  const dir = tempDir('report');
  const app = await createApp({ dbPath: path.join(dir, 'report.sqlite'), log: quiet, actor: 'bench' });
  const id = await finalisedExam(app);

  const coldStart = performance.now();
  const first = await call(app, 'exam.pdf', { id });
  report('report.berita_acara.first_ms', performance.now() - coldStart, 'ms');
  report('report.berita_acara.ms', await medianMs(7, () => call(app, 'exam.pdf', { id })), 'ms');
  report('report.berita_acara.kb', Buffer.from(first.base64, 'base64').length / 1024, 'KB');

  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
  await bookVersusPdfkit();
}

function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** A Buku Kas of about 500 pages through the report engine, and the same rows through raw pdfkit. */
async function bookVersusPdfkit(): Promise<void> {
  const rowsFor = (n: number): BookRow[] => {
    let balance = 0;
    return Array.from({ length: n }, (_, i) => {
      const debit = i % 3 === 0 ? 0 : rp(1000 * (1 + (i % 977)));
      const credit = i % 3 === 0 ? rp(500 * (1 + (i % 311))) : 0;
      balance += debit - credit;
      const day = String(1 + (i % 28)).padStart(2, '0');
      return {
        date: `2025-07-${day}`,
        time: '09:00',
        bukti: `BKM-${i}`,
        description: `Angsuran SPP kelompok ${i % 97}`,
        debit,
        credit,
        balance,
        voided: false,
      };
    });
  };
  const data = (rows: BookRow[]): BookReportData => ({
    title: 'BUKU KAS',
    accountLabel: 'Kas Tunai (1.1.01.01)',
    period: { from: '2025-07-01', to: '2025-07-31' },
    openingBalance: 0,
    rows,
    closingBalance: rows.at(-1)?.balance ?? 0,
    totalDebit: rows.reduce((s, r) => s + r.debit, 0),
    totalCredit: rows.reduce((s, r) => s + r.credit, 0),
    signatures: {
      place: 'Sukamaju',
      date: '2025-07-31',
      signers: [{ role: 'Bendahara UPK', name: 'Siti Nurhayati, S.Ak.' }],
    },
  });
  const office = {
    ...DEMO_PROFILE,
    postalCode: DEMO_PROFILE.postalCode ?? null,
    phone: DEMO_PROFILE.phone ?? null,
    email: DEMO_PROFILE.email ?? null,
    logoDataUrl: null,
    updatedAt: '2025-07-31T00:00:00Z',
  } as OfficeProfile;
  // Rows per page from a sample, then a book of ~500 pages.
  const sample = await bookReportPdf(data(rowsFor(2000)), office, 'F4');
  const perPage = 2000 / pageCount(sample);
  const rows = rowsFor(Math.round(perPage * 500));
  const engineStart = performance.now();
  const engine = await bookReportPdf(data(rows), office, 'F4');
  const engineMs = performance.now() - engineStart;
  report('report.buku_kas_500_pages.ms', engineMs, 'ms');
  report('report.buku_kas_500_pages.pages', pageCount(engine), 'pages');
  const rawStart = performance.now();
  const engineRowsPerPage = Math.ceil(rows.length / pageCount(engine));
  const raw = await rawPdfkitBook(rows, engineRowsPerPage);
  const rawMs = performance.now() - rawStart;
  report('report.raw_pdfkit_500_pages.ms', rawMs, 'ms');
  report('report.raw_pdfkit_500_pages.pages', raw.pages, 'pages');
  report('report.buku_kas_vs_raw_pdfkit.ratio', engineMs / rawMs, 'ratio');
}

void main();
