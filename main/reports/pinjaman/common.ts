import type ExcelJS from 'exceljs';
import type { TableCell } from 'pdfmake/interfaces';
import { formatPercent, type Sen, XLSX_MONEY_FORMAT } from '../../../shared/format/money';
import type { PortfolioRow } from '../../../shared/pinjaman/loans';
import { type MoneyCellOptions, moneyCell } from '../pdf';
import type { OfficeProfile, PaperSize, SignatureBlock } from '../types';

/** What every loan report needs besides its data. */
export interface LoanReportContext {
  office: OfficeProfile | null;
  paper: PaperSize;
  signatures: SignatureBlock;
  /** `Seluruh desa` or `Desa Sukamaju`. */
  scope: string;
  printedAt?: Date;
}

/** Whole-rupiah reports print without `,00`; one amount with sen → every amount shows two decimals. */
export function decimalsFor(amounts: Iterable<Sen>): 'always' | 'never' {
  for (const a of amounts) if (a % 100 !== 0) return 'always';
  return 'never';
}

/** Right-aligned number cell (counts, instalments). */
export function countCell(n: number, bold = false): TableCell {
  return { text: n.toLocaleString('id-ID'), alignment: 'right', noWrap: true, bold };
}

/** `45,50%` of part ÷ whole; `–` when whole is 0. */
export function shareText(part: number, whole: number, digits = 2): string {
  return whole === 0 ? '–' : formatPercent((part * 100) / whole, digits);
}

/** `5%` / `0,5%` from basis points. */
export function bpText(bp: number): string {
  return `${(bp / 100).toLocaleString('id-ID', { maximumFractionDigits: 2 })}%`;
}

export function moneyCellWith(decimals: 'always' | 'never') {
  return (sen: Sen, opts: MoneyCellOptions = {}): TableCell => moneyCell(sen, { decimals, ...opts });
}

export { classBoundsText } from '../../../shared/pinjaman/kolektibilitas';

export interface DesaGroup {
  desaId: number;
  desaName: string;
  rows: PortfolioRow[];
}

/** Rows grouped by desa in the portfolio's order (it is sorted by desa name, kelompok, loan). */
export function byDesa(rows: readonly PortfolioRow[]): DesaGroup[] {
  const groups: DesaGroup[] = [];
  for (const r of rows) {
    let g = groups.at(-1);
    if (!g || g.desaId !== r.desaId) {
      g = { desaId: r.desaId, desaName: r.desaName, rows: [] };
      groups.push(g);
    }
    g.rows.push(r);
  }
  return groups;
}

export function sumOf(rows: readonly PortfolioRow[], pick: (r: PortfolioRow) => number): number {
  return rows.reduce((s, r) => s + pick(r), 0);
}

// -------------------------------------------------------------------------------------------
// XLSX
// -------------------------------------------------------------------------------------------

export const XLSX_MONEY = XLSX_MONEY_FORMAT;
export const XLSX_PERCENT = '0.00%';
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function newWorkbook(title: string): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const wb: ExcelJS.Workbook = new Excel.Workbook();
  wb.creator = 'Audit UPK';
  wb.title = title;
  return wb;
}

export function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  orientation: 'portrait' | 'landscape',
): ExcelJS.Worksheet {
  return wb.addWorksheet(name.slice(0, 31), {
    pageSetup: {
      paperSize: 9,
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.8, right: 0.8, top: 1, bottom: 0.8, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: 'Halaman &P dari &N' },
  });
}

/** Bold, shaded, bordered header row at `rowNumber`. */
export function sheetHeader(ws: ExcelJS.Worksheet, rowNumber: number, labels: string[]): void {
  const header = ws.getRow(rowNumber);
  header.values = labels;
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  });
}

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

/** Sen → rupiah as an Excel number. */
export function rupiah(sen: Sen): number {
  return sen / 100;
}
