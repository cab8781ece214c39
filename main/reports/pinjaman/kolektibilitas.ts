import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/money';
import type { HealthSheet } from '../../../shared/pinjaman/healthScore';
import { CLASS_BASIS_LABELS } from '../../../shared/pinjaman/kolektibilitas';
import type { PortfolioReport } from '../../../shared/pinjaman/loans';
import { type PortfolioRatios, type Ratio, ratioText, VERDICT_LABELS } from '../../../shared/pinjaman/ratios';
import { FONT_SIZE, gridLayout, headerRow, renderPdf } from '../pdf';
import type { ReportDoc } from '../types';
import { applySignatures, sheetTitleRows } from '../xlsx';
import {
  addSheet,
  bpText,
  byDesa,
  classBoundsText,
  countCell,
  decimalsFor,
  type LoanReportContext,
  moneyCellWith,
  newWorkbook,
  rupiah,
  shareText,
  sheetHeader,
  sumOf,
  workbookBuffer,
  XLSX_MONEY,
  XLSX_PERCENT,
} from './common';
import { addHealthSheet, healthPdfContent } from './healthSection';

export const KOLEK_TITLE = 'Laporan Kolektibilitas dan Cadangan Penghapusan Pinjaman';

/** Everything the report prints, computed once (also what the XLSX writes). */
export interface KolektibilitasData {
  report: PortfolioReport;
  ratios: PortfolioRatios;
  /** Provision required minus provision booked: > 0 kekurangan, < 0 kelebihan. */
  provisionGap: number;
  /** True when the report covers one desa: the booked provision is the whole office's. */
  partial: boolean;
  /** The §6.5 health score: the whole office only (it uses the journal's figures). */
  health: HealthSheet | null;
}

export function kolektibilitasData(
  report: PortfolioReport,
  ratios: PortfolioRatios,
  partial: boolean,
  health: HealthSheet | null = null,
): KolektibilitasData {
  return { report, ratios, provisionGap: report.totals.provision - report.provisionBooked, partial, health };
}

const heading = (text: string): Content => ({ text, bold: true, margin: [0, 10, 0, 4] });

function gapLabel(gap: number): string {
  if (gap > 0) return 'Kekurangan cadangan (wajib − dibukukan)';
  if (gap < 0) return 'Kelebihan cadangan (dibukukan − wajib)';
  return 'Selisih cadangan';
}

function ratioAmount(r: Ratio, n: number): string {
  return r.unit === 'kelompok'
    ? `${n.toLocaleString('id-ID')} kelompok`
    : formatRupiah(n, { decimals: 'auto' });
}

function ratioRows(ratios: PortfolioRatios): Ratio[] {
  return [ratios.rr, ratios.par, ratios.lar, ratios.npl];
}

function bandsText(r: Ratio): string {
  if (r.bands.length === 0) return 'Belum ada ambang';
  return r.bands.map((b) => `${b.label} ${VERDICT_LABELS[b.verdict].toLowerCase()}`).join('\n');
}

function kolekContent(data: KolektibilitasData): Content[] {
  const { report, ratios } = data;
  const t = report.totals;
  const decimals = decimalsFor([t.saldo, t.provision, report.provisionBooked, report.receivableInBooks]);
  const money = moneyCellWith(decimals);

  const classTable: TableCell[][] = [
    headerRow([
      'Kode',
      'Kelas',
      `Batas (${report.table.basis === 'hari' ? 'hari tunggakan' : 'angsuran tertunggak'})`,
      'Cadangan',
      'NPL',
    ]),
    ...report.table.classes.map((c): TableCell[] => [
      { text: c.code, alignment: 'center' },
      c.name,
      classBoundsText(c, report.table.basis),
      { text: bpText(c.provisionBp), alignment: 'right' },
      { text: c.npl ? 'Ya' : 'Tidak', alignment: 'center' },
    ]),
  ];

  const classRows: TableCell[][] = [
    headerRow([
      'Kelas',
      'Jumlah Pinjaman',
      'Saldo Pokok (Rp)',
      '% Saldo',
      'Cadangan (%)',
      'Cadangan Wajib (Rp)',
    ]),
    ...report.byClass.map((c): TableCell[] => [
      c.name,
      countCell(c.count),
      money(c.saldo),
      { text: shareText(c.saldo, t.saldo), alignment: 'right' },
      { text: bpText(c.provisionBp), alignment: 'right' },
      money(c.provision),
    ]),
    [
      { text: 'Jumlah', bold: true },
      countCell(t.count, true),
      money(t.saldo, { bold: true }),
      { text: t.saldo === 0 ? '–' : '100,00%', alignment: 'right', bold: true },
      '',
      money(t.provision, { bold: true }),
    ],
  ];

  const provisionRows: TableCell[][] = [
    ['Cadangan penghapusan pinjaman yang wajib dibentuk (B)', money(t.provision)],
    ['Cadangan penghapusan pinjaman yang sudah dibukukan di jurnal', money(report.provisionBooked)],
    [{ text: gapLabel(data.provisionGap), bold: true }, money(Math.abs(data.provisionGap), { bold: true })],
    ['Piutang pinjaman menurut jurnal', money(report.receivableInBooks)],
    ['Saldo pokok menurut register pinjaman', money(t.saldo)],
  ];

  const desaRows: TableCell[][] = [
    headerRow(['Desa', 'Pinjaman', 'Saldo Pokok (Rp)', 'Saldo NPL (Rp)', '% NPL', 'Cadangan Wajib (Rp)']),
  ];
  const nplCodes = new Set(report.table.classes.filter((c) => c.npl).map((c) => c.code));
  for (const g of byDesa(report.rows)) {
    const saldo = sumOf(g.rows, (r) => r.saldo);
    const npl = sumOf(g.rows, (r) => (nplCodes.has(r.classCode) ? r.saldo : 0));
    desaRows.push([
      g.desaName,
      countCell(g.rows.length),
      money(saldo),
      money(npl, { zero: 'dash' }),
      { text: shareText(npl, saldo), alignment: 'right' },
      money(sumOf(g.rows, (r) => r.provision)),
    ]);
  }
  const nplTotal = ratios.npl.numerator;
  desaRows.push([
    { text: 'Jumlah', bold: true },
    countCell(t.count, true),
    money(t.saldo, { bold: true }),
    money(nplTotal, { bold: true, zero: 'dash' }),
    { text: shareText(nplTotal, t.saldo), alignment: 'right', bold: true },
    money(t.provision, { bold: true }),
  ]);

  const ratioTable: TableCell[][] = [
    headerRow(['Rasio dan Rumus', 'Perhitungan', 'Nilai', 'Ambang', 'Penilaian']),
    ...ratioRows(ratios).map((r): TableCell[] => [
      {
        stack: [
          { text: r.name, bold: true },
          { text: r.formula, fontSize: FONT_SIZE.small + 0.5 },
          { text: r.source, fontSize: FONT_SIZE.small, italics: true, color: '#444444' },
        ],
      },
      {
        text: `${ratioAmount(r, r.numerator)}\n÷ ${ratioAmount(r, r.denominator)}`,
        fontSize: FONT_SIZE.small + 0.5,
      },
      { text: ratioText(r.valueBp), alignment: 'right', bold: true, noWrap: true },
      { text: bandsText(r), fontSize: FONT_SIZE.small + 0.5 },
      { text: r.verdict ? VERDICT_LABELS[r.verdict] : '–', alignment: 'center', bold: true },
    ]),
  ];

  const content: Content[] = [
    heading('A. Tabel kolektibilitas yang dipakai'),
    {
      text: [
        { text: report.table.name, bold: true },
        ` — dasar penggolongan: ${CLASS_BASIS_LABELS[report.table.basis]}.`,
      ],
      margin: [0, 0, 0, 4],
      fontSize: FONT_SIZE.table + 0.5,
    },
    {
      table: { headerRows: 1, widths: [34, '*', 120, 56, 40], body: classTable },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    heading('B. Kolektibilitas dan cadangan penghapusan yang wajib dibentuk'),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 50, 88, 48, 50, 88], body: classRows },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    heading('C. Cadangan menurut jurnal dan yang wajib dibentuk'),
    {
      table: { widths: ['*', 110], body: provisionRows },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
      unbreakable: true,
    },
  ];
  if (data.partial) {
    content.push({
      text: 'Laporan ini untuk satu desa: cadangan dan piutang menurut jurnal adalah angka seluruh kantor.',
      italics: true,
      fontSize: FONT_SIZE.small + 0.5,
      margin: [0, 3, 0, 0],
    });
  }
  content.push(
    heading('D. Kolektibilitas per desa'),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 44, 84, 80, 44, 84], body: desaRows },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    heading('E. Rasio pinjaman'),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 104, 44, 76, 54], body: ratioTable },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    {
      text: `NPL = ${ratioText(ratios.npl.valueBp)} dari saldo pokok. PAR dan LAR memakai tunggakan ≥ ${ratios.riskInstalments} angsuran pokok (tunggakan pokok ÷ angsuran pokok reguler, dibulatkan ke atas).`,
      fontSize: FONT_SIZE.small + 0.5,
      margin: [0, 4, 0, 0],
    },
  );
  if (data.health) content.push(...healthPdfContent(data.health));
  return content;
}

export function kolektibilitasDoc(data: KolektibilitasData, ctx: LoanReportContext): ReportDoc {
  const subtitle = [`Per ${formatTanggal(data.report.date)}`, ctx.scope];
  return {
    office: ctx.office,
    paper: ctx.paper,
    orientation: 'portrait',
    title: KOLEK_TITLE,
    subtitle,
    content: kolekContent(data),
    signatures: ctx.signatures,
    info: { title: `${KOLEK_TITLE} — ${ctx.scope}`, subject: subtitle.join(' — ') },
    printedAt: ctx.printedAt,
  };
}

export async function kolektibilitasPdf(data: KolektibilitasData, ctx: LoanReportContext): Promise<Buffer> {
  return renderPdf(kolektibilitasDoc(data, ctx));
}

/** Two worksheets: "Kolektibilitas" (class table, classes, provision, per desa, signatures) and "Rasio". */
export async function kolektibilitasXlsx(data: KolektibilitasData, ctx: LoanReportContext): Promise<Buffer> {
  const { report, ratios } = data;
  const t = report.totals;
  const wb = await newWorkbook(`${KOLEK_TITLE} — ${ctx.scope}`);
  const ws = addSheet(wb, 'Kolektibilitas', 'portrait');
  const width = 6;
  [28, 14, 18, 12, 14, 18].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const titleLines = [
    ...(ctx.office ? [ctx.office.name.toUpperCase()] : []),
    KOLEK_TITLE.toUpperCase(),
    `Per ${formatTanggal(report.date)}`,
    ctx.scope,
  ];
  let next = sheetTitleRows(ws, titleLines, width) + 1;
  const section = (title: string) => {
    ws.getCell(next, 1).value = title;
    ws.getCell(next, 1).font = { bold: true };
    next += 1;
  };
  const put = (values: Array<string | number | null>, fmt: Record<number, string> = {}, bold = false) => {
    const row = ws.getRow(next);
    row.values = values;
    for (const [col, numFmt] of Object.entries(fmt)) row.getCell(Number(col)).numFmt = numFmt;
    if (bold) row.font = { bold: true };
    next += 1;
  };
  const money = { 3: XLSX_MONEY, 6: XLSX_MONEY };
  const pct = (part: number, whole: number) => (whole === 0 ? null : part / whole);

  section(`A. Tabel kolektibilitas: ${report.table.name} (dasar: ${CLASS_BASIS_LABELS[report.table.basis]})`);
  sheetHeader(ws, next++, ['Kelas', 'Kode', 'Batas', 'Cadangan', 'NPL']);
  for (const c of report.table.classes) {
    put(
      [
        c.name,
        c.code,
        classBoundsText(c, report.table.basis),
        c.provisionBp / 10_000,
        c.npl ? 'Ya' : 'Tidak',
      ],
      {
        4: XLSX_PERCENT,
      },
    );
  }
  next += 1;
  section('B. Kolektibilitas dan cadangan yang wajib dibentuk');
  sheetHeader(ws, next++, [
    'Kelas',
    'Jumlah Pinjaman',
    'Saldo Pokok',
    '% Saldo',
    'Cadangan (%)',
    'Cadangan Wajib',
  ]);
  const classFmt = { ...money, 4: XLSX_PERCENT, 5: XLSX_PERCENT };
  for (const c of report.byClass) {
    put(
      [c.name, c.count, rupiah(c.saldo), pct(c.saldo, t.saldo), c.provisionBp / 10_000, rupiah(c.provision)],
      classFmt,
    );
  }
  put(['Jumlah', t.count, rupiah(t.saldo), pct(t.saldo, t.saldo), null, rupiah(t.provision)], classFmt, true);
  next += 1;
  section('C. Cadangan menurut jurnal dan yang wajib dibentuk');
  const amountAt = { 6: XLSX_MONEY };
  put(['Cadangan yang wajib dibentuk', null, null, null, null, rupiah(t.provision)], amountAt);
  put(
    ['Cadangan yang sudah dibukukan di jurnal', null, null, null, null, rupiah(report.provisionBooked)],
    amountAt,
  );
  put(
    [gapLabel(data.provisionGap), null, null, null, null, rupiah(Math.abs(data.provisionGap))],
    amountAt,
    true,
  );
  put(
    ['Piutang pinjaman menurut jurnal', null, null, null, null, rupiah(report.receivableInBooks)],
    amountAt,
  );
  put(['Saldo pokok menurut register pinjaman', null, null, null, null, rupiah(t.saldo)], amountAt);
  if (data.partial) put(['Laporan satu desa: angka jurnal adalah angka seluruh kantor.']);
  next += 1;
  section('D. Kolektibilitas per desa');
  sheetHeader(ws, next++, ['Desa', 'Pinjaman', 'Saldo Pokok', 'Saldo NPL', '% NPL', 'Cadangan Wajib']);
  const nplCodes = new Set(report.table.classes.filter((c) => c.npl).map((c) => c.code));
  const desaFmt = { 3: XLSX_MONEY, 4: XLSX_MONEY, 5: XLSX_PERCENT, 6: XLSX_MONEY };
  for (const g of byDesa(report.rows)) {
    const saldo = sumOf(g.rows, (r) => r.saldo);
    const npl = sumOf(g.rows, (r) => (nplCodes.has(r.classCode) ? r.saldo : 0));
    put(
      [
        g.desaName,
        g.rows.length,
        rupiah(saldo),
        rupiah(npl),
        pct(npl, saldo),
        rupiah(sumOf(g.rows, (r) => r.provision)),
      ],
      desaFmt,
    );
  }
  put(
    [
      'Jumlah',
      t.count,
      rupiah(t.saldo),
      rupiah(ratios.npl.numerator),
      pct(ratios.npl.numerator, t.saldo),
      rupiah(t.provision),
    ],
    desaFmt,
    true,
  );
  applySignatures(ws, ctx.signatures, width, next + 1);

  const rs = addSheet(wb, 'Rasio', 'landscape');
  [28, 70, 18, 18, 10, 26, 12].forEach((w, i) => {
    rs.getColumn(i + 1).width = w;
  });
  const head = sheetTitleRows(rs, ['RASIO PINJAMAN', `Per ${formatTanggal(report.date)}`, ctx.scope], 7) + 1;
  sheetHeader(rs, head, ['Rasio', 'Rumus', 'Pembilang', 'Penyebut', 'Nilai', 'Ambang', 'Penilaian']);
  for (const r of ratioRows(ratios)) {
    const row = rs.addRow([
      r.name,
      r.formula,
      r.unit === 'rupiah' ? rupiah(r.numerator) : r.numerator,
      r.unit === 'rupiah' ? rupiah(r.denominator) : r.denominator,
      r.valueBp === null ? null : r.valueBp / 10_000,
      bandsText(r).replace(/\n/g, '; '),
      r.verdict ? VERDICT_LABELS[r.verdict] : '–',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    if (r.unit === 'rupiah') {
      row.getCell(3).numFmt = XLSX_MONEY;
      row.getCell(4).numFmt = XLSX_MONEY;
    }
    row.getCell(5).numFmt = XLSX_PERCENT;
  }
  if (data.health) addHealthSheet(wb, data.health, report.date, ctx.scope);
  return workbookBuffer(wb);
}
