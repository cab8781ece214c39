import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../main/app';
import { DEMO_PROFILE } from '../main/demo/demoOffice';
import { bookReportPdf } from '../main/reports/bookReport';
import type { BookReportData, BookRow } from '../main/reports/types';
import type { OfficeProfile } from '../shared/office/profile';
import { callThrough, finalisedWorkedExample, rp } from '../tests/fixtures/workedExample';
import { medianMs, report, tempDir } from './harness';
import { rawPdfkitBook } from './rawPdfkit';

const quiet = { error: (message: string, err: unknown) => console.error(message, err) };

/** Printing a finalised Berita Acara Pemeriksaan Kas (with both lampiran) through `exam.pdf`. */
async function main(): Promise<void> {
  const dir = tempDir('report');
  const app = await createApp({ dbPath: path.join(dir, 'report.sqlite'), log: quiet, actor: 'bench' });
  const call = callThrough(app.systemDispatch);
  const code = (c: string) =>
    app.context.sqlite.prepare('SELECT id FROM accounts WHERE code = ?').pluck().get(c) as number;
  const { id } = await finalisedWorkedExample(call, code);

  const coldStart = performance.now();
  const first = await call('exam.pdf', { id });
  report('report.berita_acara.first_ms', performance.now() - coldStart, 'ms');
  report('report.berita_acara.ms', await medianMs(7, () => call('exam.pdf', { id })), 'ms');
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
