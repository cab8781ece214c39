import type ExcelJS from 'exceljs';
import { formatTanggal } from '../../../shared/format/date';
import type { Sen } from '../../../shared/format/money';
import type { Calk, Statement, TrialBalance } from '../../../shared/laporan/statements';
import { periodLine } from '../pdf';
import { applySignatures, sheetTitleRows } from '../xlsx';
import type { StatementPrint } from './statementPdf';
import { showAccounts, statementSubtitle } from './statementPdf';

/** Indonesian-style number format (Excel shows the reader's separators); negatives in parentheses. */
const MONEY = '#,##0.00;(#,##0.00);"-"';
const rupiah = (sen: Sen): number => sen / 100;

async function workbook(title: string): Promise<{ wb: ExcelJS.Workbook; ws: ExcelJS.Worksheet }> {
  const { default: Excel } = await import('exceljs');
  const wb: ExcelJS.Workbook = new Excel.Workbook();
  wb.creator = 'Audit UPK';
  wb.title = title;
  const ws = wb.addWorksheet(title.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: 'Halaman &P dari &N' },
  });
  return { wb, ws };
}

async function finish(wb: ExcelJS.Workbook): Promise<Buffer> {
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

function header(ws: ExcelJS.Worksheet, rowNumber: number, labels: string[]): void {
  const row = ws.getRow(rowNumber);
  row.values = labels;
  row.font = { bold: true };
  row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
    cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' } };
  });
}

/** A statement as one worksheet: code, uraian (indented), amount and comparative as numbers. */
export async function statementXlsx(s: Statement, print: StatementPrint): Promise<Buffer> {
  const { wb, ws } = await workbook(s.title);
  const withCompare = s.compareLabel !== null;
  const width = withCompare ? 4 : 3;
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 56;
  ws.getColumn(3).width = 20;
  if (withCompare) ws.getColumn(4).width = 20;
  const titles = [
    ...(print.office ? [print.office.name.toUpperCase()] : []),
    s.title.toUpperCase(),
    ...statementSubtitle(s),
  ];
  const headerRowNumber = sheetTitleRows(ws, titles, width) + 1;
  header(ws, headerRowNumber, [
    'Kode',
    'Uraian',
    s.columnLabel,
    ...(withCompare ? [s.compareLabel ?? ''] : []),
  ]);
  ws.views = [{ state: 'frozen', ySplit: headerRowNumber }];
  const add = (
    code: string,
    label: string,
    indent: number,
    t: { amount: Sen; compare: Sen | null } | null,
    bold = false,
  ) => {
    const cells: Array<string | number | null> = [code, label];
    if (t) {
      cells.push(rupiah(t.amount));
      if (withCompare) cells.push(rupiah(t.compare ?? 0));
    }
    const row = ws.addRow(cells);
    row.getCell(2).alignment = { indent };
    if (bold) row.font = { bold: true };
    for (let c = 3; c <= width; c++) row.getCell(c).numFmt = MONEY;
  };
  for (const block of s.blocks) {
    if (block.heading) add('', block.heading, 0, null, true);
    for (const section of block.sections) {
      add('', section.label, 1, null, true);
      for (const row of section.rows) {
        if (showAccounts(row)) {
          add('', row.label, 2, null, true);
          for (const a of row.accounts) add(a.code, `${a.name}${a.contra ? ' (pengurang)' : ''}`, 3, a);
          add('', `Jumlah ${row.label}`, 2, row);
        } else {
          add(row.accounts.length === 1 ? (row.accounts[0]?.code ?? '') : '', row.label, 2, row);
        }
      }
      add('', section.total.label, 1, section.total, true);
    }
    if (block.total) add('', block.total.label, 0, block.total, true);
  }
  for (const t of s.totals) add('', t.label, 0, t, true);
  for (const n of s.notes)
    ws.addRow(['', `${n.tone === 'peringatan' ? 'Perhatian: ' : 'Catatan: '}${n.text}`]);
  applySignatures(ws, print.signatures, width, ws.rowCount + 2);
  return finish(wb);
}

export async function trialBalanceXlsx(tb: TrialBalance, print: StatementPrint): Promise<Buffer> {
  const { wb, ws } = await workbook('Neraca Saldo');
  const widths = [14, 44, 18, 18, 18, 18, 18, 18];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const titles = [
    ...(print.office ? [print.office.name.toUpperCase()] : []),
    'NERACA SALDO',
    periodLine(tb.period.from, tb.period.to),
  ];
  const headerRowNumber = sheetTitleRows(ws, titles, widths.length) + 1;
  header(ws, headerRowNumber, [
    'Kode',
    'Nama Akun',
    'Saldo Awal Debit',
    'Saldo Awal Kredit',
    'Mutasi Debit',
    'Mutasi Kredit',
    'Saldo Akhir Debit',
    'Saldo Akhir Kredit',
  ]);
  ws.views = [{ state: 'frozen', ySplit: headerRowNumber }];
  const put = (cells: Array<string | number>, bold = false) => {
    const row = ws.addRow(cells);
    for (let c = 3; c <= 8; c++) row.getCell(c).numFmt = MONEY;
    if (bold) row.font = { bold: true };
  };
  const d = (n: Sen) => rupiah(Math.max(n, 0));
  const k = (n: Sen) => rupiah(Math.max(-n, 0));
  for (const r of tb.rows) {
    put([
      r.code,
      r.name,
      d(r.opening),
      k(r.opening),
      rupiah(r.debit),
      rupiah(r.credit),
      d(r.closing),
      k(r.closing),
    ]);
  }
  const t = tb.totals;
  put(
    [
      '',
      'Jumlah',
      ...[t.openingDebit, t.openingCredit, t.debit, t.credit, t.closingDebit, t.closingCredit].map(rupiah),
    ],
    true,
  );
  applySignatures(ws, print.signatures, widths.length, ws.rowCount + 2);
  return finish(wb);
}

export async function calkXlsx(calk: Calk, print: StatementPrint): Promise<Buffer> {
  const { wb, ws } = await workbook('CALK');
  const withCompare = calk.compareDate !== null;
  const width = withCompare ? 4 : 3;
  [14, 60, 20, 20].slice(0, width).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const titles = [
    ...(print.office ? [print.office.name.toUpperCase()] : []),
    'CATATAN ATAS LAPORAN KEUANGAN',
    `Per ${formatTanggal(calk.date)}`,
  ];
  let next = sheetTitleRows(ws, titles, width) + 1;
  ws.getCell(next, 1).value = '1. Kebijakan Akuntansi';
  ws.getCell(next, 1).font = { bold: true };
  next++;
  for (const p of calk.policies.split('\n').filter((x) => x.trim() !== '')) {
    ws.mergeCells(next, 2, next, width);
    ws.getCell(next, 2).value = p;
    ws.getCell(next, 2).alignment = { wrapText: true };
    next++;
  }
  for (const note of calk.notes) {
    next++;
    ws.getCell(next, 1).value = `${note.number}. ${note.title}`;
    ws.getCell(next, 1).font = { bold: true };
    next++;
    const put = (code: string, label: string, amount: Sen, compare: Sen | null, bold = false) => {
      const row = ws.getRow(next++);
      row.values = [code, label, rupiah(amount), ...(withCompare ? [rupiah(compare ?? 0)] : [])];
      for (let c = 3; c <= width; c++) row.getCell(c).numFmt = MONEY;
      if (bold) row.font = { bold: true };
    };
    for (const a of note.accounts)
      put(a.code, `${a.name}${a.contra ? ' (pengurang)' : ''}`, a.amount, a.compare);
    put('', 'Jumlah', note.amount, note.compare, true);
  }
  applySignatures(ws, print.signatures, width, next + 1);
  return finish(wb);
}
