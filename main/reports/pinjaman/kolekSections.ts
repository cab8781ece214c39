import type ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import { type Aging, agingByDesa, agingOf } from '../../../shared/pinjaman/aging';
import { mulDivRound } from '../../../shared/pinjaman/intMath';
import type { KolekSeries } from '../../../shared/pinjaman/kolekSeries';
import {
  arrearsRatioText,
  CLASS_BASIS_UNITS,
  classLegend,
  classTableSourceText,
  periodTermText,
} from '../../../shared/pinjaman/kolektibilitas';
import type { PortfolioReport, PortfolioRow } from '../../../shared/pinjaman/loans';
import { FONT_SIZE, gridLayout, headerRow, moneyText } from '../pdf';
import { sheetTitleRows } from '../xlsx';
import {
  addSheet,
  countCell,
  type LoanReportContext,
  moneyCellWith,
  rupiah,
  shareText,
  sheetHeader,
  XLSX_MONEY,
  XLSX_PERCENT,
} from './common';

const small = FONT_SIZE.small + 0.5;

/** The legend lines and provenance of the table, generated from the table's own data. */
export function legendContent(report: PortfolioReport): Content[] {
  const source = classTableSourceText(report.table);
  return [
    { ul: classLegend(report.table), fontSize: small, margin: [0, 3, 0, 0] },
    ...(source ? [{ text: source, fontSize: small, italics: true, margin: [0, 2, 0, 0] } as Content] : []),
    ...report.warnings.map((w): Content => ({ text: `Perhatian: ${w}`, fontSize: small, color: '#9a3412' })),
  ];
}

function agingCell(count: number, saldo: number, total: number, decimals: 'always' | 'never'): TableCell {
  return {
    stack: [
      { text: moneyText(saldo, { decimals, zero: 'dash' }), alignment: 'right', noWrap: true },
      {
        text: `${count} pinj. · ${shareText(saldo, total)}`,
        alignment: 'right',
        fontSize: FONT_SIZE.small,
        color: '#444444',
      },
    ],
  };
}

type Part = 'par' | 'byInstalments';

function agingRow(
  name: string,
  a: Aging,
  part: Part,
  decimals: 'always' | 'never',
  bold = false,
): TableCell[] {
  return [
    { text: name, bold },
    moneyCellWith(decimals)(a.total.saldo, { bold }),
    ...a[part].map((b) => agingCell(b.count, b.saldo, a.total.saldo, decimals)),
  ];
}

/** Aging: PAR1/30/60/90 (by days) and arrears by instalments, per desa and for the whole scope. */
export function agingPdfContent(
  report: PortfolioReport,
  letter: string,
  decimals: 'always' | 'never',
): Content[] {
  const all = agingOf(report.rows);
  const groups = agingByDesa(report.rows);
  const table = (part: Part, labels: string[]): Content => ({
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', 66, ...labels.map(() => (part === 'par' ? 70 : 58))],
      body: [
        headerRow(['Desa', 'Saldo Pokok', ...labels]),
        ...groups.map((g) => agingRow(g.desaName, g.aging, part, decimals)),
        agingRow('Jumlah', all, part, decimals, true),
      ],
    },
    layout: gridLayout,
    fontSize: FONT_SIZE.small,
    margin: [0, 0, 0, 6],
  });
  return [
    {
      text: `${letter}. Umur tunggakan (PAR menurut hari dan tunggakan menurut angsuran)`,
      bold: true,
      margin: [0, 10, 0, 4],
    },
    table(
      'par',
      all.par.map((p) => p.label),
    ),
    table(
      'byInstalments',
      all.byInstalments.map((b) => `Tunggak ${b.label}`),
    ),
    {
      text: 'PARn = saldo pokok pinjaman yang terlambat sedikitnya n hari sejak angsuran tertua yang belum lunas (kumulatif); tunggakan menurut angsuran = tunggakan pokok ÷ angsuran pokok, dibulatkan ke atas. Persen terhadap saldo pokok.',
      fontSize: small,
    },
  ];
}

/** Every loan with its class, the numbers that decided it and its provision. */
export function loanListPdfContent(
  report: PortfolioReport,
  letter: string,
  decimals: 'always' | 'never',
): Content[] {
  const money = moneyCellWith(decimals);
  const unit = CLASS_BASIS_UNITS[report.table.basis];
  const names = new Map(report.table.classes.map((c) => [c.code, c.name]));
  const body: TableCell[][] = [
    headerRow([
      'No',
      'Kelompok – Nomor',
      'Saldo Pokok',
      'Tunggakan Pokok',
      'Tgk ÷ Angs.',
      'Bulan − Angs. ke',
      'Hari',
      `Nilai (${unit})`,
      'Kelas',
      'Cadangan',
    ]),
    ...report.rows.map((r, i): TableCell[] => [
      countCell(i + 1),
      { text: `${r.kelompokName} – ${r.number}`, fontSize: FONT_SIZE.small },
      money(r.saldo),
      money(r.tunggakanPokok, { zero: 'dash' }),
      { text: arrearsRatioText(r), alignment: 'right' },
      { text: `${periodTermText(r)}${r.frequency === 'mingguan' ? ' mg' : ''}`, alignment: 'right' },
      countCell(r.daysPastDue),
      { text: String(r.classValue), alignment: 'right', bold: true },
      names.get(r.classCode) ?? r.classCode,
      money(r.provision, { zero: 'dash' }),
    ]),
  ];
  return [
    {
      text: `${letter}. Rincian kolektibilitas per pinjaman`,
      bold: true,
      margin: [0, 10, 0, 4],
      pageBreak: 'before',
    },
    {
      text: `Nilai = angka yang dibandingkan dengan batas kelas tabel "${report.table.name}". Tgk ÷ Angs. = tunggakan pokok ÷ angsuran pokok; Bulan − Angs. ke = bulan (produk mingguan: minggu, "mg") sejak pencairan dikurangi angsuran yang sudah jatuh tempo.`,
      fontSize: small,
      margin: [0, 0, 0, 4],
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', 58, 58, 32, 36, 26, 30, 50, 54], body },
      layout: gridLayout,
      fontSize: FONT_SIZE.small,
    },
  ];
}

/** Worksheets "Umur tunggakan" and "Per pinjaman": the same two sections in Excel. */
export function addAgingAndLoanSheets(
  wb: ExcelJS.Workbook,
  report: PortfolioReport,
  ctx: LoanReportContext,
): void {
  const title = (name: string) => [name, `Per ${formatTanggal(report.date)}`, ctx.scope];
  const ag = addSheet(wb, 'Umur tunggakan', 'landscape');
  const all = agingOf(report.rows);
  const labels = [...all.par.map((p) => p.label), ...all.byInstalments.map((b) => `Tunggak ${b.label}`)];
  ag.getColumn(1).width = 24;
  for (let c = 2; c <= 2 + labels.length * 2; c++) ag.getColumn(c).width = 14;
  const head = sheetTitleRows(ag, title('UMUR TUNGGAKAN'), 2 + labels.length * 2) + 1;
  sheetHeader(ag, head, ['Desa', 'Saldo Pokok', ...labels.flatMap((l) => [`${l} (Rp)`, `${l} (pinjaman)`])]);
  const agRow = (name: string, a: Aging, bold = false) => {
    const buckets = [...a.par, ...a.byInstalments];
    const row = ag.addRow([
      name,
      rupiah(a.total.saldo),
      ...buckets.flatMap((b) => [rupiah(b.saldo), b.count]),
    ]);
    row.getCell(2).numFmt = XLSX_MONEY;
    buckets.forEach((_, i) => {
      row.getCell(3 + i * 2).numFmt = XLSX_MONEY;
    });
    if (bold) row.font = { bold: true };
  };
  for (const g of agingByDesa(report.rows)) agRow(g.desaName, g.aging);
  agRow('Jumlah', all, true);

  const ls = addSheet(wb, 'Per pinjaman', 'landscape');
  [6, 14, 28, 20, 16, 16, 16, 12, 12, 10, 10, 16, 16].forEach((w, i) => {
    ls.getColumn(i + 1).width = w;
  });
  const lhead = sheetTitleRows(ls, title('RINCIAN KOLEKTIBILITAS PER PINJAMAN'), 13) + 1;
  sheetHeader(ls, lhead, [
    'No',
    'Nomor',
    'Kelompok',
    'Desa',
    'Saldo Pokok',
    'Tunggakan Pokok',
    'Angsuran Pokok',
    'Tgk ÷ Angs.',
    'Bulan − Angs. ke',
    'Hari',
    'Nilai',
    'Kelas',
    'Cadangan',
  ]);
  const names = new Map(report.table.classes.map((c) => [c.code, c.name]));
  report.rows.forEach((r: PortfolioRow, i) => {
    const row = ls.addRow([
      i + 1,
      r.number,
      r.kelompokName,
      r.desaName,
      rupiah(r.saldo),
      rupiah(r.tunggakanPokok),
      rupiah(r.regularPokok),
      r.regularPokok > 0 ? mulDivRound(r.tunggakanPokok, 100, r.regularPokok) / 100 : null,
      r.elapsedPeriods - r.dueInstalments,
      r.daysPastDue,
      r.classValue,
      names.get(r.classCode) ?? r.classCode,
      rupiah(r.provision),
    ]);
    for (const c of [5, 6, 7, 13]) row.getCell(c).numFmt = XLSX_MONEY;
    row.getCell(8).numFmt = '0.00';
  });
}

/** Month-end kolektibilitas over 24 months (whole office): saldo per class, PAR30 and NPL. */
export function seriesPdfContent(
  series: KolekSeries,
  letter: string,
  decimals: 'always' | 'never',
): Content[] {
  const money = moneyCellWith(decimals);
  const body: TableCell[][] = [
    headerRow(['Akhir Bulan', ...series.table.classes.map((c) => c.name), 'Saldo Pokok', 'PAR30', 'NPL']),
    ...series.points.map((p): TableCell[] => [
      formatTanggal(p.date),
      ...p.byClass.map((c) => money(c.saldo, { zero: 'dash' })),
      money(p.saldo),
      { text: shareText(p.par30, p.saldo), alignment: 'right' },
      { text: shareText(p.npl, p.saldo), alignment: 'right' },
    ]),
  ];
  return [
    {
      text: `${letter}. Kolektibilitas 24 bulan terakhir (seluruh kantor)`,
      bold: true,
      margin: [0, 10, 0, 4],
    },
    {
      text: `Dihitung ulang dari register pada setiap akhir bulan menurut tabel "${series.table.name}"; bukan angka laporan yang pernah dicetak.`,
      fontSize: small,
      margin: [0, 0, 0, 4],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [70, ...series.table.classes.map(() => '*'), 70, 40, 40],
        body,
      },
      layout: gridLayout,
      fontSize: FONT_SIZE.small,
    },
  ];
}

/** Worksheet "24 bulan": the same series in Excel. */
export function addSeriesSheet(wb: ExcelJS.Workbook, series: KolekSeries, ctx: LoanReportContext): void {
  const ws = addSheet(wb, '24 bulan', 'landscape');
  const classes = series.table.classes;
  const width = classes.length + 4;
  for (let c = 1; c <= width; c++) ws.getColumn(c).width = c === 1 ? 16 : 18;
  const head =
    sheetTitleRows(ws, ['KOLEKTIBILITAS 24 BULAN TERAKHIR', series.table.name, ctx.scope], width) + 1;
  sheetHeader(ws, head, ['Akhir Bulan', ...classes.map((c) => c.name), 'Saldo Pokok', 'PAR30', 'NPL']);
  for (const p of series.points) {
    const row = ws.addRow([
      p.date,
      ...p.byClass.map((c) => rupiah(c.saldo)),
      rupiah(p.saldo),
      p.saldo > 0 ? p.par30 / p.saldo : null,
      p.saldo > 0 ? p.npl / p.saldo : null,
    ]);
    for (let c = 2; c <= classes.length + 2; c++) row.getCell(c).numFmt = XLSX_MONEY;
    row.getCell(classes.length + 3).numFmt = XLSX_PERCENT;
    row.getCell(classes.length + 4).numFmt = XLSX_PERCENT;
  }
}
