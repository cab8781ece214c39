import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookReportPdf, bookReportXlsx } from '../../main/reports/bookReport';
import { renderPdf } from '../../main/reports/pdf';
import type { BookReportData, BookRow, SignatureBlock } from '../../main/reports/types';
import { formatAngka } from '../../shared/format/money';
import type { OfficeProfile } from '../../shared/office/profile';

const PNG_DIR = '/tmp/report-pngs';
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-upk-reports-'));
  fs.mkdirSync(PNG_DIR, { recursive: true });
});

afterAll(() => {
  // KEEP_REPORTS=1 keeps the PDFs for a closer look.
  if (process.env.KEEP_REPORTS === '1') console.info(`PDFs kept in ${dir}`);
  else fs.rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** A 64×64 green disc with a white ring: enough to see where the kop logo lands. */
function logoDataUrl(): string {
  const size = 64;
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - 31.5, y - 31.5);
      const rgb = d > 31 ? [255, 255, 255] : d > 24 && d < 27 ? [255, 255, 255] : [20, 110, 60];
      const at = y * (size * 3 + 1) + 1 + x * 3;
      raw[at] = rgb[0] ?? 0;
      raw[at + 1] = rgb[1] ?? 0;
      raw[at + 2] = rgb[2] ?? 0;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const OFFICE: OfficeProfile = {
  name: 'UPK DAPM Kecamatan Sukamaju',
  institutionKind: 'upk',
  kecamatan: 'Sukamaju',
  kabupaten: 'Kabupaten Cianjur',
  provinsi: 'Jawa Barat',
  address: 'Jl. Raya Sukamaju No. 17, Desa Sukamaju',
  postalCode: '43253',
  phone: '0263 512 345',
  email: 'upk.sukamaju@gmail.com',
  timeZone: 'WIB',
  paperSize: 'F4',
  logoDataUrl: logoDataUrl(),
  updatedAt: '2025-07-01T00:00:00.000Z',
};

const SIGNATURES: SignatureBlock = {
  place: 'Sukamaju',
  date: '2025-12-31',
  signers: [
    { caption: 'Mengetahui,', role: 'Ketua UPK', name: 'H. Asep Saepudin, S.E.' },
    { caption: 'Dibuat oleh,', role: 'Bendahara UPK', name: null },
  ],
};

const PRINTED_AT = new Date('2026-01-05T03:15:00.000Z');

interface BookOptions {
  rows: number;
  /** Buku Kas Umum: rows carry the account name. */
  bku?: boolean;
  /** Amounts with sen (not whole rupiah). */
  sen?: boolean;
  opening?: number;
}

/** A year of lines; row 6 (index 5) is voided and stays out of balances and totals. */
function makeBook(opts: BookOptions): BookReportData {
  const opening = opts.opening ?? 12_345_678_00;
  let balance = opening;
  let totalDebit = 0;
  let totalCredit = 0;
  const rows: BookRow[] = [];
  for (let i = 0; i < opts.rows; i++) {
    const day = new Date(Date.UTC(2025, 0, 1 + Math.floor((i * 364) / Math.max(1, opts.rows))));
    const isDebit = i % 3 === 0;
    const amount = (isDebit ? 1_250_000_00 + i * 1_000_00 : 375_500_00) + (opts.sen ? 50 : 0);
    const voided = i === 5;
    const debit = isDebit ? amount : 0;
    const credit = isDebit ? 0 : amount;
    if (!voided) {
      balance += debit - credit;
      totalDebit += debit;
      totalCredit += credit;
    }
    rows.push({
      date: day.toISOString().slice(0, 10),
      time: '09:30',
      bukti: `${isDebit ? 'BKM' : 'BKK'}/${String(i + 1).padStart(4, '0')}`,
      description: isDebit
        ? `Angsuran pokok dan jasa SPP Kelompok Melati ${i + 1}, Desa Sukamaju`
        : `Biaya operasional kantor (ATK dan fotokopi) bulan ke-${(i % 12) + 1}`,
      account: opts.bku ? (i % 2 === 0 ? 'Kas Tunai' : 'Bank BRI 0123-01-000456-50-1') : undefined,
      debit,
      credit,
      balance,
      voided,
    });
  }
  return {
    title: opts.bku ? 'BUKU KAS UMUM' : 'BUKU KAS',
    accountLabel: opts.bku ? 'Kas dan semua rekening bank' : 'Kas Tunai (1.1.01.01)',
    period: { from: '2025-01-01', to: '2025-12-31' },
    openingBalance: opening,
    rows,
    closingBalance: balance,
    totalDebit,
    totalCredit,
    signatures: SIGNATURES,
  };
}

// ---------------------------------------------------------------------------------------------
// Poppler helpers
// ---------------------------------------------------------------------------------------------

function save(name: string, bytes: Buffer): string {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Text of each page (`pdftotext -layout`), split on form feeds. */
function pages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

function info(file: string): { pages: number; width: number; height: number } {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
  const count = /Pages:\s+(\d+)/.exec(out);
  if (!size || !count) return expect.fail(`pdfinfo output not understood:\n${out}`);
  return { pages: Number(count[1]), width: Number(size[1]), height: Number(size[2]) };
}

/** `pdffonts` rows: name and whether the font is embedded. */
function fonts(file: string): Array<{ name: string; embedded: boolean }> {
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    // name type encoding emb sub uni object ID → emb is the 4th field from the end of "yes/no" triple.
    const flags = cols.slice(-5, -2);
    return { name: cols[0] ?? '', embedded: flags[0] === 'yes' };
  });
}

/** First page as PNG in /tmp/report-pngs, for looking at the layout. */
function firstPagePng(file: string, name: string, page = 1): void {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    file,
    path.join(PNG_DIR, name),
  ]);
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

const money = (sen: number) => formatAngka(sen, { decimals: 'never', negative: 'parentheses' });
const money2 = (sen: number) => formatAngka(sen, { decimals: 'always', negative: 'parentheses' });

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

describe('book report PDF', () => {
  it('prints a 3-page F4 Buku Kas with kop, repeated header, footer numbering and signatures', async () => {
    const data = makeBook({ rows: 62 });
    const file = save('buku-kas-f4', await bookReportPdf(data, OFFICE, 'F4', { printedAt: PRINTED_AT }));
    firstPagePng(file, 'buku-kas-f4-p1');
    firstPagePng(file, 'buku-kas-f4-p3', 3);

    const meta = info(file);
    expect(meta.pages).toBe(3);
    // F4 215×330 mm in landscape.
    expect(meta.width).toBeCloseTo(935.43, 1);
    expect(meta.height).toBeCloseTo(609.45, 1);

    const [p1 = '', p2 = '', p3 = ''] = pages(file);
    const one = squash(p1);
    expect(one).toContain('UPK DAPM KECAMATAN SUKAMAJU');
    expect(one).toContain('KECAMATAN SUKAMAJU, KABUPATEN CIANJUR, PROVINSI JAWA BARAT');
    expect(one).toContain('Telp. 0263 512 345');
    expect(one).toContain('BUKU KAS');
    expect(one).toContain('Kas Tunai (1.1.01.01)');
    expect(one).toContain('Periode 1 Januari 2025 s.d. 31 Desember 2025');
    expect(one).toContain(`Saldo awal per 1 Januari 2025 ${money(data.openingBalance)}`);
    expect(money(data.openingBalance)).toBe('12.345.678');
    expect(one).toMatch(/No\s+Tanggal\s+No\. Bukti\s+Uraian\s+Debit\s+Kredit\s+Saldo/);
    expect(one).not.toContain('Rekening');
    expect(one).toContain('(BATAL)');
    expect(one).toContain('dicetak 05/01/2026 10.15 WIB');

    // The kop is on the first page only; the table header repeats.
    expect(squash(p2)).not.toContain('SUKAMAJU');
    expect(squash(p2)).toMatch(/^\s*No\s+Tanggal\s+No\. Bukti\s+Uraian\s+Debit\s+Kredit\s+Saldo/);
    expect(squash(p3)).toMatch(/^\s*No\s+Tanggal\s+No\. Bukti\s+Uraian/);

    const all = [p1, p2, p3];
    all.forEach((p, i) => {
      expect(squash(p)).toContain(`Halaman ${i + 1} dari 3`);
    });

    const last = squash(p3);
    expect(last).toContain(`Jumlah ${money(data.totalDebit)} ${money(data.totalCredit)}`);
    expect(last).toContain(`Saldo akhir per 31 Desember 2025 ${money(data.closingBalance)}`);
    expect(last).toContain('Sukamaju, 31 Desember 2025');
    expect(last).toContain('Mengetahui,');
    expect(last).toContain('Ketua UPK');
    expect(last).toContain('Bendahara UPK');
    expect(last).toContain('H. Asep Saepudin, S.E.');
    expect(last).toMatch(/\(\.{20,}\)/);
    expect(last).not.toContain('NIP.');

    // Signature columns line up: role line holds both roles, name line holds the name and the dots.
    const lines = p3.split('\n');
    expect(lines.some((l) => /Ketua UPK\s{10,}Bendahara UPK/.test(l))).toBe(true);
    expect(lines.some((l) => /H\. Asep Saepudin, S\.E\.\s{10,}\(\.{20,}\)/.test(l))).toBe(true);

    const embedded = fonts(file);
    expect(embedded.length).toBeGreaterThan(0);
    expect(embedded.every((f) => f.embedded && f.name.includes('Roboto'))).toBe(true);
  });

  it('prints a 3-page A4 Buku Kas Umum with the Rekening column and sen', async () => {
    const data = makeBook({ rows: 38, bku: true, sen: true, opening: -2_500_00 });
    const file = save('bku-a4', await bookReportPdf(data, { ...OFFICE, logoDataUrl: null }, 'A4'));
    firstPagePng(file, 'bku-a4-p1');
    firstPagePng(file, 'bku-a4-p3', 3);
    const meta = info(file);
    expect(meta.pages).toBe(3);
    expect(meta.width).toBeCloseTo(841.89, 1);
    expect(meta.height).toBeCloseTo(595.28, 1);

    const all = pages(file);
    expect(all).toHaveLength(3);
    all.forEach((p, i) => {
      expect(squash(p)).toContain(`Halaman ${i + 1} dari 3`);
      expect(squash(p)).toMatch(/No\s+Tanggal\s+No\. Bukti\s+Uraian\s+Rekening\s+Debit\s+Kredit\s+Saldo/);
    });
    const first = squash(all[0] ?? '');
    expect(first).toContain('BUKU KAS UMUM');
    // Negative opening saldo in parentheses, every amount with two decimals once one has sen.
    expect(first).toContain('Saldo awal per 1 Januari 2025 (2.500,00)');
    expect(first).toContain(money2(data.rows[0]?.debit ?? 0));
    const last = squash(all[2] ?? '');
    expect(last).toContain(`Jumlah ${money2(data.totalDebit)} ${money2(data.totalCredit)}`);
    expect(last).toContain(`Saldo akhir per 31 Desember 2025 ${money2(data.closingBalance)}`);
    expect(fonts(file).every((f) => f.embedded)).toBe(true);
  });

  it('never loses the signature block, wherever the table ends', async () => {
    for (let rows = 20; rows <= 36; rows += 2) {
      const file = save(`edge-${rows}`, await bookReportPdf(makeBook({ rows }), OFFICE, 'A4'));
      const all = pages(file);
      const last = squash(all[all.length - 1] ?? '');
      expect(last, `${rows} rows`).toContain('H. Asep Saepudin, S.E.');
      expect(last, `${rows} rows`).toContain('Sukamaju, 31 Desember 2025');
      expect(last, `${rows} rows`).toContain(`Halaman ${all.length} dari ${all.length}`);
    }
  });

  it('renders a portrait A4 document with three signers, NIP and meterai', async () => {
    const bytes = await renderPdf({
      office: OFFICE,
      paper: 'A4',
      orientation: 'portrait',
      title: 'Berita Acara Pemeriksaan Kas',
      subtitle: ['Nomor: 012/BA-PK/UPK/VII/2025'],
      content: [
        {
          text: 'Pada hari ini Kamis tanggal tiga puluh satu bulan Juli tahun dua ribu dua puluh lima telah dilakukan pemeriksaan kas.',
        },
      ],
      signatures: {
        place: 'Sukamaju',
        date: '2025-07-31',
        signers: [
          { caption: 'Yang Diperiksa,', role: 'Bendahara UPK', name: 'Siti Nurhayati, S.Ak.', meterai: true },
          {
            caption: 'Yang Memeriksa,',
            role: 'Fasilitator Kecamatan',
            name: 'Budi Santoso',
            nip: '198705122010011003',
          },
          { caption: 'Mengetahui,', role: 'Ketua UPK', name: 'H. Asep Saepudin, S.E.' },
        ],
      },
      info: { title: 'BA Pemeriksaan Kas', subject: 'Pemeriksaan kas 31 Juli 2025' },
    });
    const file = save('ba-a4', bytes);
    firstPagePng(file, 'ba-a4-p1');
    const meta = info(file);
    expect(meta.pages).toBe(1);
    expect(meta.width).toBeCloseTo(595.28, 1);
    expect(meta.height).toBeCloseTo(841.89, 1);
    const [page = ''] = pages(file);
    expect(squash(page)).toContain('BERITA ACARA PEMERIKSAAN KAS');
    expect(squash(page)).toContain('NIP. 198705122010011003');
    expect(squash(page)).toContain('Meterai');
    const lines = page.split('\n');
    // Three signers on one row, the date over the right-hand one.
    expect(lines.some((l) => /Yang Diperiksa,\s+Yang Memeriksa,\s+Mengetahui,/.test(l))).toBe(true);
    expect(lines.some((l) => /Siti Nurhayati, S\.Ak\.\s+Budi Santoso\s+H\. Asep Saepudin/.test(l))).toBe(
      true,
    );
    const dateLine = lines.find((l) => l.includes('Sukamaju, 31 Juli 2025')) ?? '';
    const captionLine = lines.find((l) => l.includes('Mengetahui,')) ?? '';
    expect(dateLine.indexOf('Sukamaju')).toBeGreaterThan(captionLine.indexOf('Yang Memeriksa'));
    const pdfMeta = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(pdfMeta).toMatch(/Title:\s+BA Pemeriksaan Kas/);
    expect(pdfMeta).toMatch(/Author:\s+UPK DAPM Kecamatan Sukamaju/);
  });

  it('lays out five signers as 2 + 2 + 1 (last one centred) on a portrait F4 page', async () => {
    const bytes = await renderPdf({
      office: null,
      paper: 'F4',
      orientation: 'portrait',
      title: 'Laporan Hasil Pemeriksaan',
      content: [{ text: 'Isi laporan.' }],
      signatures: {
        place: 'Sukamaju',
        date: '2025-07-31',
        signers: [
          { caption: 'Yang Diperiksa,', role: 'Bendahara UPK', name: 'Siti Nurhayati, S.Ak.' },
          { caption: 'Yang Memeriksa,', role: 'Ketua BP-UPK', name: 'Drs. Wawan' },
          { role: 'Anggota BP-UPK', name: 'Iis Sumiati' },
          { role: 'Anggota BP-UPK', name: null },
          { caption: 'Mengetahui,', role: 'Ketua UPK', name: 'H. Asep Saepudin, S.E.' },
        ],
      },
    });
    const file = save('lhp-f4', bytes);
    firstPagePng(file, 'lhp-f4-p1');
    const meta = info(file);
    expect(meta.width).toBeCloseTo(609.45, 1);
    expect(meta.height).toBeCloseTo(935.43, 1);
    const text = squash(pages(file).join('\n'));
    for (const name of ['Siti Nurhayati, S.Ak.', 'Drs. Wawan', 'Iis Sumiati', 'H. Asep Saepudin, S.E.']) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(/\(\.{20,}\)/);
  });

  it('prints an empty period with opening and closing saldo only', async () => {
    const data = {
      ...makeBook({ rows: 0 }),
      signatures: {
        ...SIGNATURES,
        signers: [SIGNATURES.signers[1] ?? { role: 'Bendahara UPK', name: null }],
      },
    };
    const file = save('empty', await bookReportPdf(data, OFFICE, 'A4'));
    const all = pages(file);
    expect(all).toHaveLength(1);
    const text = squash(all[0] ?? '');
    expect(text).toContain('Saldo awal per 1 Januari 2025 12.345.678');
    expect(text).toContain('Jumlah 0 0');
    expect(text).toContain('Saldo akhir per 31 Desember 2025 12.345.678');
    expect(text).toContain('Halaman 1 dari 1');
    // A single signer stands on the right, under the date line.
    const lines = (all[0] ?? '').split('\n');
    const date = lines.find((l) => l.includes('Sukamaju, 31 Desember 2025')) ?? '';
    expect(date.indexOf('Sukamaju')).toBeGreaterThan(date.length / 2);
  });

  it('renders a 2,400-row book quickly', async () => {
    const data = makeBook({ rows: 2_400, bku: true });
    await bookReportPdf(makeBook({ rows: 10 }), OFFICE, 'A4'); // warm-up (fonts, JIT)
    const t0 = performance.now();
    const bytes = await bookReportPdf(data, OFFICE, 'A4');
    const ms = performance.now() - t0;
    console.info(`2,400-row Buku Kas Umum PDF: ${ms.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KB`);
    const file = save('bku-2400', bytes);
    const meta = info(file);
    expect(meta.pages).toBeGreaterThan(50);
    const all = pages(file);
    expect(squash(all[all.length - 1] ?? '')).toContain(`Halaman ${meta.pages} dari ${meta.pages}`);
    expect(ms).toBeLessThan(4_000);
  });
});

// ---------------------------------------------------------------------------------------------
// XLSX
// ---------------------------------------------------------------------------------------------

async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return expect.fail('workbook has no sheet');
  return ws;
}

function findRow(ws: ExcelJS.Worksheet, predicate: (row: ExcelJS.Row) => boolean): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (predicate(row)) return row;
  }
  return expect.fail('row not found');
}

describe('book report XLSX', () => {
  it('writes title rows, a frozen header, real dates and rupiah numbers', async () => {
    const data = makeBook({ rows: 40, sen: true });
    const ws = await readSheet(await bookReportXlsx(data, OFFICE));

    expect(ws.getCell('A1').value).toBe('UPK DAPM KECAMATAN SUKAMAJU');
    expect(ws.getCell('A2').value).toBe('BUKU KAS');
    expect(ws.getCell('A3').value).toBe('Kas Tunai (1.1.01.01)');
    expect(ws.getCell('A4').value).toBe('Periode 1 Januari 2025 s.d. 31 Desember 2025');

    const header = findRow(ws, (r) => r.getCell(1).value === 'No');
    expect(header.values).toEqual([
      undefined,
      'No',
      'Tanggal',
      'Jam',
      'No. Bukti',
      'Uraian',
      'Debit',
      'Kredit',
      'Saldo',
    ]);
    expect(header.font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });

    const opening = ws.getRow(header.number + 1);
    expect(opening.getCell(5).value).toBe('Saldo awal per 1 Januari 2025');
    expect(opening.getCell(8).value).toBe(data.openingBalance / 100);

    const firstLine = ws.getRow(header.number + 2);
    const date = firstLine.getCell(2).value;
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString().slice(0, 10)).toBe(data.rows[0]?.date);
    expect(firstLine.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(firstLine.getCell(3).value).toBe('09:30');
    const debit = firstLine.getCell(6).value;
    expect(typeof debit).toBe('number');
    expect(debit).toBe((data.rows[0]?.debit ?? 0) / 100);
    expect(debit).toBe(1_250_000.5);
    expect(firstLine.getCell(6).numFmt).toBe('#,##0.00;(#,##0.00)');
    expect(firstLine.getCell(8).value).toBe((data.rows[0]?.balance ?? 0) / 100);

    const voided = ws.getRow(header.number + 2 + 5);
    expect(String(voided.getCell(5).value)).toContain('(BATAL)');
    expect(voided.getCell(5).font?.strike).toBe(true);

    const totals = findRow(ws, (r) => r.getCell(5).value === 'Jumlah');
    expect(totals.getCell(6).value).toBe(data.totalDebit / 100);
    expect(totals.getCell(7).value).toBe(data.totalCredit / 100);
    const closing = ws.getRow(totals.number + 1);
    expect(closing.getCell(5).value).toBe('Saldo akhir per 31 Desember 2025');
    expect(closing.getCell(8).value).toBe(data.closingBalance / 100);

    const names: unknown[] = [];
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        names.push(cell.value);
      });
    });
    expect(names).toContain('H. Asep Saepudin, S.E.');
    expect(names).toContain('Sukamaju, 31 Desember 2025');
    expect(names.some((v) => typeof v === 'string' && /^\(\.{20,}\)$/.test(v))).toBe(true);
    expect(ws.getColumn(5).width).toBeGreaterThan(30);
  });

  it('adds the Rekening column for the Buku Kas Umum and handles 5,000 rows', async () => {
    const data = makeBook({ rows: 5_000, bku: true });
    const t0 = performance.now();
    const bytes = await bookReportXlsx(data);
    const ms = performance.now() - t0;
    console.info(`5,000-row Buku Kas Umum XLSX: ${ms.toFixed(0)} ms, ${(bytes.length / 1024).toFixed(0)} KB`);
    const ws = await readSheet(bytes);
    expect(ws.getCell('A1').value).toBe('BUKU KAS UMUM');
    const header = findRow(ws, (r) => r.getCell(1).value === 'No');
    expect(header.getCell(6).value).toBe('Rekening');
    expect(ws.getRow(header.number + 2).getCell(6).value).toBe('Kas Tunai');
    const totals = findRow(ws, (r) => r.getCell(5).value === 'Jumlah');
    expect(totals.number).toBe(header.number + 1 + 5_000 + 1);
    expect(totals.getCell(7).value).toBe(data.totalDebit / 100);
    expect(ms).toBeLessThan(10_000);
  });
});
