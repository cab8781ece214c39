import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocDefinition } from '../../main/reports/pdf';
import { praAuditDoc, praAuditFileName, praAuditPdf } from '../../main/reports/praAudit';
import { qrImage } from '../../main/reports/qr';
import type { PraAuditDocument } from '../../shared/praaudit/praaudit';
import { PRA_AUDIT_HASH, PRA_AUDIT_NUMBER, praAuditSnapshot } from '../fixtures/praAuditSnapshot';
import { expectEmbeddedRoboto, flat, pdfText } from './pdfText';

let dir: string;
const printedAt = new Date('2026-11-12T09:15:00.000Z');

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'praaudit-pdf-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Renders one document to a file; with PRA_AUDIT_PDF_OUT=<dir> also keeps a copy there to look at. */
async function render(
  document: PraAuditDocument,
  snapshot = praAuditSnapshot(),
  suffix = '',
): Promise<string> {
  const bytes = await praAuditPdf(snapshot, PRA_AUDIT_HASH, document, { printedAt });
  const name = praAuditFileName(snapshot.audit.number ?? '', document).replace(/\.pdf$/, `${suffix}.pdf`);
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  if (process.env.PRA_AUDIT_PDF_OUT) fs.copyFileSync(file, path.join(process.env.PRA_AUDIT_PDF_OUT, name));
  return file;
}

function pages(text: string): string[] {
  return text.split('\f').filter((p) => p.trim() !== '');
}

function expectFooterOnEveryPage(text: string): void {
  const all = pages(text);
  all.forEach((page, i) => {
    expect(page).toContain(`Halaman ${i + 1} dari ${all.length}`);
    expect(page).toContain(`Nomor ${PRA_AUDIT_NUMBER}`);
    expect(page).toContain(`Kode verifikasi: ${PRA_AUDIT_HASH}`);
  });
}

describe('praAuditFileName', () => {
  it('names each document after its label and number', () => {
    expect(praAuditFileName(PRA_AUDIT_NUMBER, 'laporan')).toBe(
      'Laporan-Hasil-Pra-Audit-001-PRA-AUDIT-UPK-XI-2026.pdf',
    );
    expect(praAuditFileName(PRA_AUDIT_NUMBER, 'tanggapan')).toBe(
      'Lembar-Tanggapan-Pra-Audit-001-PRA-AUDIT-UPK-XI-2026.pdf',
    );
    expect(praAuditFileName(PRA_AUDIT_NUMBER, 'checklist')).toBe(
      'Checklist-Pra-Audit-001-PRA-AUDIT-UPK-XI-2026.pdf',
    );
    expect(praAuditFileName('', 'laporan')).toBe('Laporan-Hasil-Pra-Audit-tanpa-nomor.pdf');
  });
});

describe('praAuditPdf', () => {
  it('prints the Laporan Hasil Pra-Audit: identity, team, summary, numbered shortcomings, signatures', async () => {
    const file = await render('laporan');
    const text = pdfText(file);
    const words = flat(text);

    expect(text).toContain('UPK DAPM KECAMATAN SUKAMAJU');
    expect(text).toContain('LAPORAN HASIL PRA-AUDIT TPK');
    expect(text).toContain(`Nomor: ${PRA_AUDIT_NUMBER}`);
    expect(words).toContain(
      'Pada hari ini Kamis tanggal dua belas bulan November tahun dua ribu dua puluh enam (12-11-2026)',
    );
    // Identity.
    expect(words).toContain('Rabat beton jalan dusun II');
    expect(words).toContain('Sarana prasarana');
    expect(words).toContain('Rp185.000.000');
    expect(words).toContain('Dusun II, RT 03/RW 02');
    expect(words).toContain('1 Juni 2026 s.d. 31 Oktober 2026');
    expect(words).toContain('Balai Desa Sukamaju');
    expect(words).toContain('Checklist Pra-Audit TPK (standar) v1');
    // Team, numbered.
    expect(words).toMatch(/1\. Nama : Rina Marlina, S\.T\. Jabatan : Fasilitator Teknik Kecamatan/);
    expect(words).toMatch(/3\. Nama : Neng Yulia/);
    // Summary: A has 4 items (2 sesuai, 1 belum lengkap, 0 tidak ada, 1 TR → 83%); C 3 items → 50%; total 7 → 67%.
    expect(text).toMatch(/A\. Kelembagaan & perencanaan\s+4\s+2\s+1\s+0\s+1\s+83%/);
    expect(text).toMatch(/C\. Buku Kas Umum \(BKU\) & bukti\s+3\s+1\s+1\s+1\s+0\s+50%/);
    expect(text).toMatch(/Jumlah\s+7\s+3\s+2\s+1\s+1\s+67%/);
    // Catatan kekurangan: kondisi, kriteria, rekomendasi, nilai (only when > 0), tingkat.
    expect(words).toContain(
      '1. Kondisi : Gambar rencana (potongan melintang) rabat beton belum ditandatangani',
    );
    expect(words).toContain('Nilai : Rp3.250.000');
    expect(words).toContain('Nilai : Rp12.400.000');
    expect(words.match(/Nilai :/g)).toHaveLength(2);
    expect(words).toContain('Tingkat : Berat');
    expect(words).toContain('Tingkat : Ringan');
    expect(words).toContain('Kuitansi dilengkapi meterai (pemeteraian kemudian).');
    expect(words).toContain('Tiga catatan kekurangan perlu ditindaklanjuti');
    expect(words).toContain('Demikian laporan hasil pra-audit ini dibuat dengan sebenarnya');
    // Signatures.
    for (const s of [
      'Yang Diperiksa,',
      'Yang Memeriksa,',
      'Mengetahui,',
      'Sukamaju, 12 November 2026',
      'Ketua TPK Desa Sukamaju',
      'Asep Hidayat',
      'Rina Marlina, S.T.',
      'Ujang Suherman',
      'Neng Yulia',
      'Kepala Desa Sukamaju',
      'Dedi Kurniawan',
      'Fasilitator Kecamatan',
      'Drs. Agus Setiawan, M.Si.',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toContain('Halaman 1 dari');
    expectFooterOnEveryPage(text);
    expectEmbeddedRoboto(file);
    expect(execFileSync('pdfinfo', [file]).toString('utf8')).toMatch(
      /Page size:\s+595\.2\d* x 841\.8\d* pts/,
    );
  });

  it('prints the Lembar Tanggapan: one row per shortcoming with the TPK answer, plan and deadline', async () => {
    const file = await render('tanggapan');
    const text = pdfText(file);
    const words = flat(text);
    expect(text).toContain('LEMBAR TANGGAPAN PRA-AUDIT');
    expect(text).toContain(`Nomor: ${PRA_AUDIT_NUMBER}`);
    expect(words).toContain(`Laporan Hasil Pra-Audit TPK Nomor ${PRA_AUDIT_NUMBER}`);
    expect(words).toContain('Rabat beton jalan dusun II (Sarana prasarana, 2026)');
    // Table cells run side by side in the text layer: check each cell's first words.
    expect(text).toMatch(/2\.\s+Pembelian semen 40 sak\s+Nota asli hilang; TPK/);
    expect(text).toMatch(/3\.\s+Dua kuitansi pembayaran\s+Kuitansi dilengkapi meterai/);
    expect(words).toContain('Rp12.400.000 tidak bermeterai.');
    expect(words).toContain('PIC: Bendahara TPK');
    // Batas waktu: `26 November` / `2026` on two lines of a narrow column.
    expect(words).toContain('PIC: Ketua TPK');
    expect(text).toMatch(/\s26 November\s/);
    expect(text).toMatch(/\s30 November\s/);
    // No. 3 has no deadline: a dash in the last column.
    expect(text).toMatch(/3\.\s+Dua kuitansi pembayaran.*\s-\s*$/m);
    for (const s of ['Yang Memberi Tanggapan,', 'Diterima oleh,', 'Asep Hidayat', 'Rina Marlina, S.T.']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('Halaman 1 dari');
    expectFooterOnEveryPage(text);
    expectEmbeddedRoboto(file);
    // Three shortcomings and the signatures fit on one portrait page.
    expect(pages(text)).toHaveLength(1);
  });

  it('prints the Checklist: each item with its answer, note, amount and a tally per section', async () => {
    const file = await render('checklist');
    const text = pdfText(file);
    const words = flat(text);
    expect(text).toContain('CHECKLIST PRA-AUDIT');
    expect(words).toContain('A. Kelembagaan & perencanaan');
    expect(words).toContain('C. Buku Kas Umum (BKU) & bukti');
    expect(text).toMatch(/C3\s+Setiap pengeluaran didukung kuitansi\/nota asli.*Tidak ada/);
    expect(text).toMatch(/3\.250\.000/);
    expect(text).toMatch(/12\.400\.000/);
    expect(words).toContain('Catatan kekurangan No. 2');
    expect(words).toContain('Tidak pernah ada perubahan.');
    expect(words).toContain('Jumlah 4 butir: sesuai 2, belum lengkap 1, tidak ada 0, TR 1; skor 83%');
    expect(words).toContain('Jumlah 3 butir: sesuai 1, belum lengkap 1, tidak ada 1, TR 0; skor 50%');
    expect(words).toContain('TR = Tidak relevan (TR)');
    for (const s of [
      'Yang Diperiksa,',
      'Pemeriksa,',
      'Asep Hidayat',
      'Rina Marlina, S.T.',
      'Sukamaju, 12 November 2026',
    ]) {
      expect(text).toContain(s);
    }
    expect(text).toContain('Halaman 1 dari');
    expectFooterOnEveryPage(text);
    expectEmbeddedRoboto(file);
    expect(execFileSync('pdfinfo', [file]).toString('utf8')).toMatch(
      /Page size:\s+841\.8\d* x 595\.2\d* pts/,
    );
  });

  it('prints a dotted line for missing names and F4 paper from the office profile', async () => {
    const snapshot = praAuditSnapshot();
    snapshot.audit.ketuaTpk = null;
    snapshot.audit.fkName = null;
    snapshot.audit.kepalaDesa = null;
    if (snapshot.office) snapshot.office.paperSize = 'F4';
    const file = await render('laporan', snapshot, '-tanpa-nama-F4');
    const text = pdfText(file);
    expect(text.match(/\(\.{40}\)/g)?.length).toBe(3);
    expect(execFileSync('pdfinfo', [file]).toString('utf8')).toMatch(
      /Page size:\s+609\.4\d* x 935\.4\d* pts/,
    );
  });

  it('lays out a long audit without losing anything: 37 items, 14 shortcomings, a team of five', async () => {
    const snapshot = praAuditSnapshot();
    const { audit } = snapshot;
    const [sectionA, sectionC] = audit.sections;
    if (!sectionA || !sectionC) return expect.fail('fixture sections');
    for (let i = 0; i < 10; i += 1) {
      sectionA.items.push(...sectionA.items.slice(0, 3).map((it) => ({ ...it, code: `${it.code}.${i}` })));
    }
    const template = audit.findings[1];
    if (!template) return expect.fail('fixture finding');
    for (let n = 4; n <= 14; n += 1) {
      audit.findings.push({
        ...template,
        id: 100 + n,
        number: n,
        kondisi: `Kondisi nomor ${n}: ${template.kondisi}`,
      });
    }
    audit.team.push(
      { name: 'Iwan Setiawan', jabatan: 'Pendamping Lokal' },
      { name: 'Yayah Rokayah', jabatan: 'KPMD' },
    );
    for (const document of ['laporan', 'tanggapan', 'checklist'] as const) {
      const text = pdfText(await render(document, structuredClone(snapshot), '-panjang'));
      const words = flat(text);
      expect(pages(text).length).toBeGreaterThan(1);
      expectFooterOnEveryPage(text);
      if (document === 'checklist') {
        expect(text.match(/A3\.\d/g)).toHaveLength(10);
        expect(words).toContain(sectionC.items.at(-1)?.text ?? '-');
      } else {
        expect(words).toContain('Kondisi nomor 14:');
      }
      for (const name of ['Asep Hidayat', 'Rina Marlina, S.T.']) expect(text).toContain(name);
      if (document === 'laporan') {
        for (const name of [
          'Iwan Setiawan',
          'Yayah Rokayah',
          'Dedi Kurniawan',
          'Drs. Agus Setiawan, M.Si.',
        ]) {
          expect(text).toContain(name);
        }
      }
    }
  });

  it('carries AUDITUPK|number|hash in the footer QR code', () => {
    for (const document of ['laporan', 'tanggapan', 'checklist'] as const) {
      const def = buildDocDefinition(
        praAuditDoc(praAuditSnapshot(), PRA_AUDIT_HASH, document, { printedAt }),
      );
      expect(def.images?.footerQr).toBe(qrImage(`AUDITUPK|${PRA_AUDIT_NUMBER}|${PRA_AUDIT_HASH}`).dataUrl);
    }
  });
});
