import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PROFILE } from '../../main/demo/demoOffice';
import { examRow } from '../../main/pemeriksaan/examCompute';
import { readSnapshot } from '../../main/pemeriksaan/examFinalise';
import { beritaAcaraDoc, beritaAcaraPdf } from '../../main/reports/beritaAcara';
import { buildDocDefinition } from '../../main/reports/pdf';
import { qrImage } from '../../main/reports/qr';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import {
  callThrough,
  completeWorkedExample,
  finalisedWorkedExample,
  rp,
  workedExampleBooks,
} from '../fixtures/workedExample';
import { expectErr, expectOk, openTestApp, snapshot, type TestApp } from './helpers';
import { expectEmbeddedRoboto, flat, pdfText } from './pdfText';

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp();
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

const code = (c: string) =>
  t.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(c) as number;
const workedExample = () => workedExampleBooks(callThrough(t.app.dispatch), code);
const finalisedExample = () => finalisedWorkedExample(callThrough(t.app.dispatch), code);

/** Writes a PDF into the test's temp dir; with BA_PDF_OUT=<dir> also keeps a copy there to look at. */
function writePdf(name: string, base64: string): string {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  if (process.env.BA_PDF_OUT) fs.copyFileSync(file, path.join(process.env.BA_PDF_OUT, name));
  return file;
}

function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('exam.pdf — Berita Acara Pemeriksaan Kas', () => {
  it('prints the worked example from the frozen snapshot: narrative, A–E, findings, signatures, lampiran', async () => {
    const final = await finalisedExample();
    expect(final.number).toBe('001/BA-PK/UPK/VII/2025');

    const file = expectOk(await t.call('exam.pdf', { id: final.id }));
    expect(file.fileName).toBe('BA-Pemeriksaan-Kas-001-BA-PK-UPK-VII-2025.pdf');
    expect(file.mime).toBe('application/pdf');
    const pdfPath = writePdf(file.fileName, file.base64);
    const text = pdfText(pdfPath);
    const words = flat(text);

    expect(text).toContain('UPK DAPM KECAMATAN SUKAMAJU');
    expect(text).toContain('BERITA ACARA PEMERIKSAAN KAS');
    expect(text).toContain('Nomor: 001/BA-PK/UPK/VII/2025');
    expect(words).toContain(
      'Pada hari ini Kamis tanggal tiga puluh satu bulan Juli tahun dua ribu dua puluh lima (31-07-2025), pukul 10.00 WIB',
    );
    expect(words).toContain('bertempat di Kantor UPK Kecamatan Sukamaju');
    expect(words).toContain('berdasarkan Surat Tugas No. 05/ST/VII/2025');
    // A. book: saldo awal, penerimaan, pengeluaran, saldo, last bukti.
    for (const amount of ['12.450.000', '48.725.500', '53.180.000', '7.995.500'])
      expect(text).toContain(amount);
    expect(words).toContain('Nomor bukti terakhir yang dibukukan: BKM-2');
    // B. physical count with terbilang; the meterai is listed apart, never in the total.
    expect(text).toContain('7.945.500');
    expect(words).toContain('# tujuh juta sembilan ratus empat puluh lima ribu lima ratus rupiah #');
    expect(words).toContain('Meterai 10.000 × 5');
    // C. difference 50.000 kurang, explained.
    expect(words).toMatch(/Selisih kas \(kurang\) Rp 50\.000/);
    expect(words).toContain('Kas fisik kurang Rp50.000 dibandingkan saldo kas menurut buku');
    expect(words).toContain('Kuitansi ATK 31-07-2025 belum dibukukan');
    expect(words).toContain('Seluruh selisih kas telah dapat dijelaskan');
    // D / Lampiran II: bank reconciled at 246.109.500 on both sides.
    expect(text).toContain('245.310.000');
    expect(text).toContain('246.012.350');
    expect(text.match(/246\.109\.500/g)?.length).toBeGreaterThanOrEqual(3);
    expect(words).toContain("A' = B', saldo bank sesuai");
    // E. totals: book 253.305.500, examined 254.055.000.
    expect(text).toContain('253.305.500');
    expect(text).toContain('254.055.000');
    // Findings, conclusion, closing.
    expect(words).toContain('Transaksi ATK Rp50.000 belum dibukukan pada hari yang sama');
    expect(words).toContain('7 Agustus 2025');
    expect(words).toContain('Kas dan bank sesuai dengan pembukuan setelah penyesuaian.');
    expect(words).toContain('Demikian berita acara ini dibuat dengan sebenarnya');
    expect(words).toContain('dikembalikan seluruhnya kepada Bendahara');
    // Signatures per DOMAIN §8.2.
    for (const s of [
      'Yang Diperiksa,',
      'Yang Memeriksa,',
      'Mengetahui,',
      'Siti Nurhayati, S.Ak.',
      'Drs. Agus Setiawan, M.Si.',
      'NIP. 197204151998031006',
      'H. Asep Saepudin, S.E.',
      'Sukamaju, 31 Juli 2025',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('NIP. -');
    // Lampiran I: denomination grid.
    expect(text).toContain('LAMPIRAN I');
    expect(text).toContain('RINCIAN KAS FISIK');
    expect(text).toMatch(/100\.000\s+52\s+5\.200\.000/);
    expect(text).toMatch(/100\s+16\s+1\.600/);
    expect(text).toContain('7.904.000');
    expect(text).toContain('41.500');
    expect(text).toContain('LAMPIRAN II');
    expect(text).toContain('REKONSILIASI BANK');
    // Footer on every page: number, page x of y.
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => {
      expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`);
      expect(page).toContain('Nomor 001/BA-PK/UPK/VII/2025');
      expect(page).toContain(`Kode verifikasi: ${final.hash}`);
    });

    // Fonts: Roboto, all embedded; paper from the snapshot's office (F4).
    expectEmbeddedRoboto(pdfPath);
    expect(execFileSync('pdfinfo', [pdfPath]).toString('utf8')).toMatch(
      /Page size:\s+609\.4\d* x 935\.4\d* pts/,
    );
  });

  it('carries AUDITUPK|number|hash in the footer QR code of every page', async () => {
    const final = await finalisedExample();
    const row = examRow(t.sqlite, final.id);
    const doc = buildDocDefinition(beritaAcaraDoc(readSnapshot(row), row.snapshot_hash ?? '', 'A4'));
    const payload = `AUDITUPK|001/BA-PK/UPK/VII/2025|${final.hash}`;
    expect(doc.images?.footerQr).toBe(qrImage(payload).dataUrl);
    if (typeof doc.footer !== 'function') return expect.fail('footer is not dynamic');
    for (const page of [1, 2, 3]) {
      const footer = doc.footer(page, 3, { width: 1, height: 1, orientation: 'portrait' }) as Content;
      expect(JSON.stringify(footer)).toContain('"image":"footerQr","width":49.2,"height":49.2');
      expect(texts(footer)).toContain(`Halaman ${page} dari 3`);
      expect(texts(footer)).toContain(`Kode verifikasi: ${final.hash}`);
    }
  });

  it('reprints the same document, apart from the print time, after people and profile changed', async () => {
    const final = await finalisedExample();
    const first = pdfText(writePdf('a.pdf', expectOk(await t.call('exam.pdf', { id: final.id })).base64));
    // Later changes to the registry and the profile do not reach a finalised berita acara.
    const fk = t.sqlite
      .prepare("SELECT id FROM officers WHERE nip = '197204151998031006'")
      .pluck()
      .get() as number;
    expectOk(
      await t.call('officers.update', {
        id: fk,
        fullName: 'Nama Lain',
        nip: '197204151998031006',
        phone: null,
      }),
    );
    expectOk(await t.call('office.saveProfile', { ...DEMO_PROFILE, name: 'UPK Lain', paperSize: 'A4' }));
    const before = snapshot(t.sqlite);
    const secondPath = writePdf('b.pdf', expectOk(await t.call('exam.pdf', { id: final.id })).base64);
    expect(snapshot(t.sqlite)).toEqual(before);
    const second = pdfText(secondPath);
    const withoutPrintTime = (s: string) =>
      s.replace(/Dicetak \d{2}\/\d{2}\/\d{4} \d{2}\.\d{2} WI[BT]A?/g, 'Dicetak …');
    expect(first).toMatch(/Dicetak \d{2}\/\d{2}\/\d{4} \d{2}\.\d{2} WIB/);
    expect(withoutPrintTime(second)).toBe(withoutPrintTime(first));
    expect(second).not.toContain('Nama Lain');
    expect(second).not.toContain('UPK LAIN');
    expect(execFileSync('pdfinfo', [secondPath]).toString('utf8')).toMatch(
      /Page size:\s+609\.4\d* x 935\.4\d* pts/,
    );
  });

  it('refuses a draft without writing anything', async () => {
    const { bendahara, fk } = await workedExample();
    const draft = expectOk(
      await t.call('exam.create', {
        type: 'mendadak',
        date: '2025-07-31',
        time: '10:00',
        place: 'Kantor UPK',
        examinedOfficerId: bendahara,
        examinerOfficerIds: [fk],
      }),
    );
    const before = snapshot(t.sqlite);
    const e = expectErr(await t.call('exam.pdf', { id: draft.id }), 'CONFLICT');
    expect(e.message).toMatch(/^Finalkan pemeriksaan dulu/);
    expectErr(await t.call('exam.pdf', { id: 9999 }), 'NOT_FOUND');
    expect(snapshot(t.sqlite)).toEqual(before);
  });
});

describe('exam.pdf on the demo office', () => {
  it('prints the demo examination: two examiners, several banks, kop with the demo profile', async () => {
    await t.cleanup();
    t = await openTestApp({ demo: true });
    const exam = expectOk(await t.call('exam.get', { id: 1 }));
    expect(exam.status).toBe('final');
    const file = expectOk(await t.call('exam.pdf', { id: 1 }));
    const pdfPath = writePdf(`demo-${file.fileName}`, file.base64);
    const text = pdfText(pdfPath);
    for (const p of [...exam.examiners, ...exam.acknowledgers, exam.examined]) expect(text).toContain(p.name);
    for (const b of exam.banks) expect(text).toContain(b.accountName);
    expect(text).toContain(exam.number ?? 'none');
  });
});

describe('beritaAcaraPdf layout under load', () => {
  it('keeps every finding, signer and bank item when the berita acara runs over many pages (A4, no kop)', async () => {
    const final = await finalisedExample();
    const row = examRow(t.sqlite, final.id);
    const base = readSnapshot(row);
    const long = (i: number) =>
      `Temuan nomor ${i}: ${'bukti pengeluaran belum lengkap dan belum ditandatangani penerima, '.repeat(6)}akhir ${i}.`;
    const person = (name: string, position: string, nip: string | null = null) => ({
      officerId: 0,
      name,
      nip,
      position,
    });
    const exam: Examination = {
      ...base.exam,
      examiners: [
        ...base.exam.examiners,
        person('Ir. Bambang Sutrisno', 'Ketua BP-UPK'),
        person('Dewi Lestari, S.E.', 'Anggota BP-UPK', '198001012005012001'),
      ],
      acknowledgers: [
        ...base.exam.acknowledgers,
        person('Drs. H. Camat Sukamaju', 'PjOK', '196501011990031001'),
      ],
      findings: Array.from({ length: 25 }, (_, i) => ({
        id: i + 1,
        number: i + 1,
        kondisi: long(i + 1),
        kriteria: 'SOP keuangan UPK',
        rekomendasi: `Rekomendasi ${i + 1}: lengkapi bukti dan tanda tangan dalam tujuh hari.`,
        amount: rp(10_000 * (i + 1)),
        pic: 'Bendahara UPK',
        dueDate: '2025-08-31',
      })),
      observations: Array.from({ length: 20 }, (_, i) => ({
        itemId: i + 1,
        text: `Butir pengamatan ${i + 1}`,
        answer: (['ya', 'tidak', 'na'] as const)[i % 3] ?? 'ya',
        note: i % 2 === 0 ? `Catatan pengamatan ${i + 1}` : null,
      })),
      banks: base.exam.banks.map((b) => ({
        ...b,
        items: [
          ...b.items,
          ...Array.from({ length: 12 }, (_, i) => ({
            id: 100 + i,
            code: 'PENARIKAN_BELUM_DIDEBET' as const,
            description: `Cek nomor ${1000 + i}`,
            amount: -rp(1_000 * (i + 1)),
          })),
        ],
      })),
    };
    const bytes = await beritaAcaraPdf({ exam, office: null }, row.snapshot_hash ?? '', 'A4');
    const file = path.join(t.dir, 'load.pdf');
    fs.writeFileSync(file, bytes);
    if (process.env.BA_PDF_OUT) fs.copyFileSync(file, path.join(process.env.BA_PDF_OUT, 'load.pdf'));
    const text = pdfText(file);
    const words = flat(text);
    for (let i = 1; i <= 25; i++) {
      expect(words).toContain(`akhir ${i}.`);
      expect(words).toContain(`Rekomendasi ${i}:`);
    }
    for (let i = 1; i <= 20; i++) expect(words).toContain(`Butir pengamatan ${i} `);
    for (let i = 0; i < 12; i++) expect(words).toContain(`Cek nomor ${1000 + i}`);
    for (const name of [
      'Ir. Bambang Sutrisno',
      'Dewi Lestari, S.E.',
      'Drs. H. Camat Sukamaju',
      'NIP. 198001012005012001',
    ]) {
      expect(text).toContain(name);
    }
    expect(text).not.toContain('UPK DAPM');
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(6);
    pages.forEach((page, i) => {
      expect(page).toContain(`Halaman ${i + 1} dari ${pages.length}`);
    });
    expect(execFileSync('pdfinfo', [file]).toString('utf8')).toMatch(
      /Page size:\s+595\.2\d* x 841\.8\d* pts/,
    );
  });

  it('an addendum prints as such and names the berita acara it corrects', async () => {
    const original = await finalisedExample();
    const call = callThrough(t.app.dispatch);
    const draft = expectOk(
      await t.call('exam.addendum', { id: original.id, reason: 'Nomor rekening salah tulis' }),
    );
    await completeWorkedExample(call, draft, { kas: code('1.1.01.01'), bank: code('1.1.01.02.01') });
    const addendum = expectOk(await t.call('exam.finalise', { id: draft.id }));
    expect(addendum.number).toBe('002/BA-PK/UPK/VII/2025');
    const file = expectOk(await t.call('exam.pdf', { id: addendum.id }));
    const text = flat(pdfText(writePdf('adendum.pdf', file.base64)));
    expect(text).toContain('ADENDUM BERITA ACARA PEMERIKSAAN KAS');
    expect(text).toContain(`atas Berita Acara Pemeriksaan Kas Nomor ${original.number}`);
    expect(text).toContain('Nomor rekening salah tulis');
  });
});
