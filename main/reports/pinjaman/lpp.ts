import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import { CLASS_BASIS_LABELS } from '../../../shared/pinjaman/kolektibilitas';
import type { PortfolioReport, PortfolioRow } from '../../../shared/pinjaman/loans';
import { FONT_SIZE, gridLayout, headerRow, moneyText, renderPdf } from '../pdf';
import type { ReportDoc } from '../types';
import { applySignatures, sheetTitleRows } from '../xlsx';
import {
  addSheet,
  byDesa,
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

export const LPP_TITLE = 'Laporan Perkembangan Pinjaman';

const LABELS = [
  'No',
  'Kelompok – No. Pinjaman',
  'Alokasi',
  'Saldo Pokok',
  '% Saldo/ Alokasi',
  'Tunggakan Pokok',
  'Tunggakan Jasa',
  'Angsuran Tertunggak',
  'Hari Tunggakan',
  'Kolektibilitas',
];

const SUBTOTAL_FILL = '#f2f2f2';

function filled(cell: TableCell, fillColor: string): TableCell {
  return { ...(cell as object), fillColor } as TableCell;
}

function className(report: PortfolioReport, code: string): string {
  return report.table.classes.find((c) => c.code === code)?.name ?? code;
}

function amountWidth(texts: string[]): number {
  const longest = texts.reduce((n, t) => Math.max(n, t.length), 0);
  return Math.max(52, Math.ceil(longest * 4.6 + 8));
}

function lppTable(report: PortfolioReport): Content {
  const amounts = report.rows.flatMap((r) => [r.amount, r.saldo, r.tunggakanPokok, r.tunggakanJasa]);
  const decimals = decimalsFor(amounts);
  const money = moneyCellWith(decimals);
  const body: TableCell[][] = [headerRow(LABELS)];
  const span = LABELS.length;

  const totalRow = (label: string, rows: readonly PortfolioRow[], strong: boolean): TableCell[] => {
    const amount = sumOf(rows, (r) => r.amount);
    const saldo = sumOf(rows, (r) => r.saldo);
    const fill = strong ? '#e6e6e6' : SUBTOTAL_FILL;
    return [
      { text: label, colSpan: 2, bold: true, fillColor: fill },
      {},
      filled(money(amount, { bold: true }), fill),
      filled(money(saldo, { bold: true }), fill),
      { text: shareText(saldo, amount, 1), alignment: 'right', bold: true, fillColor: fill },
      filled(
        money(
          sumOf(rows, (r) => r.tunggakanPokok),
          { bold: true },
        ),
        fill,
      ),
      filled(
        money(
          sumOf(rows, (r) => r.tunggakanJasa),
          { bold: true },
        ),
        fill,
      ),
      { text: '', colSpan: 3, fillColor: fill },
      {},
      {},
    ];
  };

  let no = 0;
  const groups = byDesa(report.rows);
  for (const g of groups) {
    body.push([
      { text: `Desa ${g.desaName}`, colSpan: span, bold: true },
      ...Array.from({ length: span - 1 }, () => ({})),
    ]);
    for (const r of g.rows) {
      no += 1;
      body.push([
        { text: String(no), alignment: 'right' },
        { text: [{ text: r.kelompokName }, { text: ` – ${r.number}`, color: '#333333' }] },
        money(r.amount),
        money(r.saldo),
        { text: shareText(r.saldo, r.amount, 1), alignment: 'right', noWrap: true },
        money(r.tunggakanPokok, { zero: 'dash' }),
        money(r.tunggakanJasa, { zero: 'dash' }),
        countCell(r.instalmentsInArrears),
        countCell(r.daysPastDue),
        { text: className(report, r.classCode) },
      ]);
    }
    body.push(totalRow(`Jumlah Desa ${g.desaName} (${g.rows.length} pinjaman)`, g.rows, false));
  }
  if (report.rows.length === 0) {
    body.push([
      {
        text: 'Tidak ada pinjaman beredar pada tanggal ini.',
        colSpan: span,
        italics: true,
        alignment: 'center',
      },
      ...Array.from({ length: span - 1 }, () => ({})),
    ]);
  }
  body.push(totalRow(`JUMLAH SELURUHNYA (${report.rows.length} pinjaman)`, report.rows, true));

  const texts = [report.totals.amount, report.totals.saldo, report.totals.tunggakanPokok].map((s) =>
    moneyText(s, { decimals }),
  );
  const m = amountWidth(texts);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [20, '*', m, m, 40, m, m, 46, 46, 104],
      body,
    },
    layout: gridLayout,
    fontSize: FONT_SIZE.table,
  };
}

function notes(report: PortfolioReport): Content {
  return {
    ul: [
      `Posisi per akhir tanggal ${formatTanggal(report.date)}: pinjaman yang sudah dicairkan dan belum lunas/dihapus pada tanggal itu.`,
      'Angsuran tertunggak = tunggakan pokok ÷ angsuran pokok reguler, dibulatkan ke atas. Hari tunggakan dihitung dari jatuh tempo angsuran tertua yang belum lunas.',
      `Kolektibilitas menurut tabel "${report.table.name}" (dasar: ${CLASS_BASIS_LABELS[report.table.basis]}).`,
    ],
    fontSize: FONT_SIZE.small + 0.5,
    margin: [0, 6, 0, 0],
  };
}

export function lppDoc(report: PortfolioReport, ctx: LoanReportContext): ReportDoc {
  const subtitle = [`Per ${formatTanggal(report.date)}`, ctx.scope];
  return {
    office: ctx.office,
    paper: ctx.paper,
    orientation: 'landscape',
    title: LPP_TITLE,
    subtitle,
    content: [lppTable(report), notes(report)],
    signatures: ctx.signatures,
    info: { title: `${LPP_TITLE} — ${ctx.scope}`, subject: subtitle.join(' — ') },
    printedAt: ctx.printedAt,
  };
}

export async function lppPdf(report: PortfolioReport, ctx: LoanReportContext): Promise<Buffer> {
  return renderPdf(lppDoc(report, ctx));
}

/** The LPP as one worksheet: a row per loan with desa and kelompok in their own columns, subtotals in bold. */
export async function lppXlsx(report: PortfolioReport, ctx: LoanReportContext): Promise<Buffer> {
  const wb = await newWorkbook(`${LPP_TITLE} — ${ctx.scope}`);
  const ws = addSheet(wb, 'LPP', 'landscape');
  const columns: Array<[string, number]> = [
    ['No', 6],
    ['Desa', 18],
    ['Kelompok', 26],
    ['No. Pinjaman', 16],
    ['Alokasi', 16],
    ['Saldo Pokok', 16],
    ['% Saldo/Alokasi', 10],
    ['Tunggakan Pokok', 16],
    ['Tunggakan Jasa', 16],
    ['Angsuran Tertunggak', 11],
    ['Hari Tunggakan', 10],
    ['Kolektibilitas', 22],
  ];
  columns.forEach(([, width], i) => {
    ws.getColumn(i + 1).width = width;
  });
  const titleLines = [
    ...(ctx.office ? [ctx.office.name.toUpperCase()] : []),
    LPP_TITLE.toUpperCase(),
    `Per ${formatTanggal(report.date)}`,
    ctx.scope,
  ];
  const headerRowNumber = sheetTitleRows(ws, titleLines, columns.length) + 1;
  sheetHeader(
    ws,
    headerRowNumber,
    columns.map(([label]) => label),
  );
  ws.views = [{ state: 'frozen', ySplit: headerRowNumber }];
  ws.pageSetup.printTitlesRow = `${headerRowNumber}:${headerRowNumber}`;

  const pct = (part: number, whole: number) => (whole === 0 ? null : part / whole);
  const total = (label: string, rows: readonly PortfolioRow[]) => {
    const amount = sumOf(rows, (r) => r.amount);
    const saldo = sumOf(rows, (r) => r.saldo);
    const row = ws.addRow([
      null,
      label,
      null,
      null,
      rupiah(amount),
      rupiah(saldo),
      pct(saldo, amount),
      rupiah(sumOf(rows, (r) => r.tunggakanPokok)),
      rupiah(sumOf(rows, (r) => r.tunggakanJasa)),
    ]);
    row.font = { bold: true };
    row.eachCell((cell) => {
      cell.border = { top: { style: 'thin' } };
    });
  };
  let no = 0;
  for (const g of byDesa(report.rows)) {
    for (const r of g.rows) {
      no += 1;
      ws.addRow([
        no,
        r.desaName,
        r.kelompokName,
        r.number,
        rupiah(r.amount),
        rupiah(r.saldo),
        pct(r.saldo, r.amount),
        rupiah(r.tunggakanPokok),
        rupiah(r.tunggakanJasa),
        r.instalmentsInArrears,
        r.daysPastDue,
        className(report, r.classCode),
      ]);
    }
    total(`Jumlah Desa ${g.desaName}`, g.rows);
  }
  total('JUMLAH SELURUHNYA', report.rows);
  const last = ws.rowCount;
  for (let r = headerRowNumber + 1; r <= last; r++) {
    const row = ws.getRow(r);
    for (const col of [5, 6, 8, 9]) row.getCell(col).numFmt = XLSX_MONEY;
    row.getCell(7).numFmt = XLSX_PERCENT;
  }
  applySignatures(ws, ctx.signatures, columns.length, last + 2);
  return workbookBuffer(wb);
}
