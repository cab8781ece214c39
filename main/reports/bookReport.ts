import type ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal, formatTanggalAngka } from '../../shared/format/date';
import { type Sen, XLSX_MONEY_FORMAT } from '../../shared/format/money';
import type { OfficeProfile, PaperSize } from '../../shared/office/profile';
import { FONT_SIZE, gridLayout, headerRow, moneyCell, moneyText, periodLine, renderPdf } from './pdf';
import type { BookReportData, BookRow, ReportDoc } from './types';
import { applySignatures, excelDate, sheetTitleRows } from './xlsx';

export interface BookReportOptions {
  /** Footer print moment and PDF creation date (default now). */
  printedAt?: Date;
}

function hasAccountColumn(data: BookReportData): boolean {
  return data.rows.some((r) => r.account !== undefined && r.account !== '');
}

/** Whole-rupiah books print without `,00`; as soon as one amount has sen, every amount shows two decimals. */
function decimalsFor(data: BookReportData): 'always' | 'never' {
  const amounts: Sen[] = [data.openingBalance, data.closingBalance, data.totalDebit, data.totalCredit];
  for (const r of data.rows) amounts.push(r.debit, r.credit, r.balance);
  return amounts.some((a) => a % 100 !== 0) ? 'always' : 'never';
}

/** Width in points of an amount column: longest printed amount at the table font size, plus padding. */
export function amountWidth(texts: string[]): number {
  const longest = texts.reduce((n, t) => Math.max(n, t.length), 0);
  return Math.max(58, Math.ceil(longest * 4.8 + 8));
}

const BATAL = ' (BATAL)';

function bookTable(data: BookReportData): Content {
  const withAccount = hasAccountColumn(data);
  const decimals = decimalsFor(data);
  const labels = [
    'No',
    'Tanggal',
    'No. Bukti',
    'Uraian',
    ...(withAccount ? ['Rekening'] : []),
    'Debit',
    'Kredit',
    'Saldo',
  ];
  const cols = labels.length;
  /** Columns spanned by a label in the opening/total rows: everything before Debit. */
  const labelSpan = cols - 3;

  const body: TableCell[][] = [headerRow(labels)];
  const labelRow = (label: string, debit: TableCell, credit: TableCell, saldo: TableCell): TableCell[] => [
    { text: label, colSpan: labelSpan, bold: true },
    ...Array.from({ length: labelSpan - 1 }, () => ({})),
    debit,
    credit,
    saldo,
  ];

  body.push(
    labelRow(
      `Saldo awal per ${formatTanggal(data.period.from)}`,
      { text: '' },
      { text: '' },
      moneyCell(data.openingBalance, { decimals, bold: true }),
    ),
  );

  const amountTexts: string[] = [];
  data.rows.forEach((r: BookRow, i) => {
    const struck = r.voided;
    const strike = struck ? ('lineThrough' as const) : undefined;
    const debit = moneyCell(r.debit, { decimals, zero: 'blank', struck });
    const credit = moneyCell(r.credit, { decimals, zero: 'blank', struck });
    const saldo = moneyCell(r.balance, { decimals });
    amountTexts.push(moneyText(r.debit, { decimals }), moneyText(r.credit, { decimals }));
    amountTexts.push(moneyText(r.balance, { decimals }));
    const description: TableCell = struck
      ? {
          text: [
            { text: r.description, decoration: strike },
            { text: BATAL, bold: true },
          ],
        }
      : { text: r.description };
    const row: TableCell[] = [
      { text: String(i + 1), alignment: 'right' },
      { text: formatTanggalAngka(r.date), noWrap: true },
      { text: r.bukti, decoration: strike },
      description,
    ];
    if (withAccount) row.push({ text: r.account ?? '', decoration: strike });
    row.push(debit, credit, saldo);
    body.push(row);
  });

  body.push(
    labelRow(
      'Jumlah',
      moneyCell(data.totalDebit, { decimals, bold: true }),
      moneyCell(data.totalCredit, { decimals, bold: true }),
      { text: '' },
    ),
  );
  body.push(
    labelRow(
      `Saldo akhir per ${formatTanggal(data.period.to)}`,
      { text: '' },
      { text: '' },
      moneyCell(data.closingBalance, { decimals, bold: true }),
    ),
  );

  for (const sen of [data.openingBalance, data.closingBalance, data.totalDebit, data.totalCredit]) {
    amountTexts.push(moneyText(sen, { decimals }));
  }
  const money = amountWidth(amountTexts);
  const widths: Array<number | string> = [24, 48, 62, '*', ...(withAccount ? [92] : []), money, money, money];

  return {
    table: { headerRows: 1, dontBreakRows: true, widths, body },
    layout: gridLayout,
    fontSize: FONT_SIZE.table,
  };
}

/** The report as a ReportDoc (landscape), for callers that want to add content before rendering. */
export function bookReportDoc(
  data: BookReportData,
  office: OfficeProfile | null,
  paper: PaperSize,
  opts: BookReportOptions = {},
): ReportDoc {
  const period = periodLine(data.period.from, data.period.to);
  return {
    office,
    paper,
    orientation: 'landscape',
    title: data.title,
    subtitle: [data.accountLabel, period],
    content: [bookTable(data)],
    signatures: data.signatures,
    info: { title: `${data.title} — ${data.accountLabel}`, subject: period },
    printedAt: opts.printedAt,
  };
}

/** Buku Kas / Buku Bank / Buku Kas Umum as PDF: kop, repeating header, totals, signatures. */
export async function bookReportPdf(
  data: BookReportData,
  office: OfficeProfile | null,
  paper: PaperSize,
  opts: BookReportOptions = {},
): Promise<Buffer> {
  return renderPdf(bookReportDoc(data, office, paper, opts));
}

const MONEY_FORMAT = XLSX_MONEY_FORMAT;
const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * The same book as one worksheet: title rows, a frozen bold header, real Excel dates (dd/mm/yyyy),
 * amounts as numbers in rupiah (sen / 100) with `#,##0.00` so Excel shows the reader's separators.
 * Totals are the snapshot's values (voided rows excluded), not formulas over the visible rows.
 */
export async function bookReportXlsx(
  data: BookReportData,
  office: OfficeProfile | null = null,
): Promise<Buffer> {
  const withAccount = hasAccountColumn(data);
  const { default: Excel } = await import('exceljs');
  const wb: ExcelJS.Workbook = new Excel.Workbook();
  wb.creator = 'Audit UPK';
  wb.title = `${data.title} — ${data.accountLabel}`;
  const ws = wb.addWorksheet(data.title.slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.8, right: 0.8, top: 1, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: 'Halaman &P dari &N' },
  });

  const columns: Array<{ header: string; width: number; key: string }> = [
    { header: 'No', width: 6, key: 'no' },
    { header: 'Tanggal', width: 12, key: 'date' },
    { header: 'Jam', width: 7, key: 'time' },
    { header: 'No. Bukti', width: 16, key: 'bukti' },
    { header: 'Uraian', width: 50, key: 'description' },
    ...(withAccount ? [{ header: 'Rekening', width: 30, key: 'account' }] : []),
    { header: 'Debit', width: 18, key: 'debit' },
    { header: 'Kredit', width: 18, key: 'credit' },
    { header: 'Saldo', width: 18, key: 'balance' },
  ];
  const colOf = (key: string): number => columns.findIndex((c) => c.key === key) + 1;
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const moneyCols = [colOf('debit'), colOf('credit'), colOf('balance')];

  const titleLines = [
    ...(office ? [office.name.toUpperCase()] : []),
    data.title.toUpperCase(),
    data.accountLabel,
    periodLine(data.period.from, data.period.to),
  ];
  const headerRowNumber = sheetTitleRows(ws, titleLines, columns.length) + 1;

  const header = ws.getRow(headerRowNumber);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  });
  ws.views = [{ state: 'frozen', ySplit: headerRowNumber }];
  ws.pageSetup.printTitlesRow = `${headerRowNumber}:${headerRowNumber}`;

  const rupiah = (sen: Sen): number => sen / 100;
  const labelRow = (label: string, values: Partial<Record<'debit' | 'credit' | 'balance', Sen>>) => {
    const cells: Array<string | number | null> = columns.map(() => null);
    cells[colOf('description') - 1] = label;
    for (const [key, sen] of Object.entries(values)) cells[colOf(key) - 1] = rupiah(sen);
    const row = ws.addRow(cells);
    row.font = { bold: true };
    return row;
  };

  labelRow(`Saldo awal per ${formatTanggal(data.period.from)}`, { balance: data.openingBalance });
  const dateCol = colOf('date');
  const accountCol = withAccount ? colOf('account') : 0;
  data.rows.forEach((r, i) => {
    const cells: Array<string | number | Date | null> = [
      i + 1,
      excelDate(r.date),
      r.time,
      r.bukti,
      r.voided ? `${r.description}${BATAL}` : r.description,
    ];
    if (withAccount) cells.push(r.account ?? '');
    cells.push(rupiah(r.debit), rupiah(r.credit), rupiah(r.balance));
    const row = ws.addRow(cells);
    row.getCell(dateCol).numFmt = DATE_FORMAT;
    if (r.voided) {
      for (const col of [colOf('bukti'), colOf('description'), accountCol, moneyCols[0], moneyCols[1]]) {
        if (col) row.getCell(col).font = { strike: true, color: { argb: 'FF666666' } };
      }
    }
  });
  const totals = labelRow('Jumlah', { debit: data.totalDebit, credit: data.totalCredit });
  totals.eachCell((cell) => {
    cell.border = { top: { style: 'thin' } };
  });
  labelRow(`Saldo akhir per ${formatTanggal(data.period.to)}`, { balance: data.closingBalance });

  const lastDataRow = ws.rowCount;
  for (const col of moneyCols) {
    for (let r = headerRowNumber + 1; r <= lastDataRow; r++) ws.getRow(r).getCell(col).numFmt = MONEY_FORMAT;
  }

  applySignatures(ws, data.signatures, columns.length, lastDataRow + 2);

  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}
