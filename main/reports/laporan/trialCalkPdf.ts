import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import type { Sen } from '../../../shared/format/money';
import type { Calk, TrialBalance } from '../../../shared/laporan/statements';
import { amountWidth } from '../bookReport';
import { FONT_SIZE, gridLayout, headerRow, moneyCell, moneyText, periodLine } from '../pdf';
import { decimalsFor } from '../pinjaman/common';
import type { ReportDoc } from '../types';
import { frozenFooter, notesContent, type StatementPrint } from './statementPdf';

function trialAmounts(tb: TrialBalance): Sen[] {
  const t = tb.totals;
  const out: Sen[] = [t.openingDebit, t.openingCredit, t.debit, t.credit, t.closingDebit, t.closingCredit];
  for (const r of tb.rows) out.push(r.opening, r.debit, r.credit, r.closing);
  return out;
}

/** Neraca Saldo: saldo awal, mutasi and saldo akhir, each as debit and kredit columns. */
export function trialBalanceDoc(tb: TrialBalance, print: StatementPrint): ReportDoc {
  const amounts = trialAmounts(tb);
  const decimals = decimalsFor(amounts);
  const money = amountWidth(amounts.map((a) => moneyText(a, { decimals })).concat(['00000000']));
  const cell = (sen: Sen, bold = false) => moneyCell(sen, { decimals, zero: 'blank', bold });
  const side = (n: Sen): [TableCell, TableCell] => [cell(Math.max(n, 0)), cell(Math.max(-n, 0))];
  const headCell = (text: string, colSpan: number, rowSpan = 1): TableCell => ({
    text,
    colSpan,
    rowSpan,
    bold: true,
    alignment: 'center',
    verticalAlignment: 'middle',
    fillColor: '#e6e6e6',
  });
  const group = (text: string, colSpan: number) => headCell(text, colSpan);
  const body: TableCell[][] = [
    [
      headCell('Kode', 1, 2),
      headCell('Nama Akun', 1, 2),
      group('Saldo Awal', 2),
      {},
      group('Mutasi', 2),
      {},
      group('Saldo Akhir', 2),
      {},
    ],
    [{}, {}, ...headerRow(['Debit', 'Kredit', 'Debit', 'Kredit', 'Debit', 'Kredit'])],
  ];
  for (const r of tb.rows) {
    body.push([
      { text: r.code, noWrap: true },
      { text: r.name },
      ...side(r.opening),
      cell(r.debit),
      cell(r.credit),
      ...side(r.closing),
    ]);
  }
  const t = tb.totals;
  body.push([
    { text: 'Jumlah', colSpan: 2, bold: true },
    {},
    cell(t.openingDebit, true),
    cell(t.openingCredit, true),
    cell(t.debit, true),
    cell(t.credit, true),
    cell(t.closingDebit, true),
    cell(t.closingCredit, true),
  ]);
  return {
    office: print.office,
    paper: print.paper,
    orientation: 'landscape',
    title: 'Neraca Saldo',
    subtitle: [periodLine(tb.period.from, tb.period.to)],
    content: [
      {
        table: {
          headerRows: 2,
          dontBreakRows: true,
          widths: [52, '*', money, money, money, money, money, money],
          body,
        },
        layout: gridLayout,
        fontSize: FONT_SIZE.table,
      },
      ...notesContent(tb.notes),
    ],
    signatures: print.signatures,
    printedAt: print.printedAt,
    footer: frozenFooter(print),
  };
}

/** CALK: the office's policies, then one note per Neraca line with its accounts and amounts. */
export function calkDoc(calk: Calk, print: StatementPrint): ReportDoc {
  const amounts: Sen[] = calk.notes.flatMap((n) => [
    n.amount,
    n.compare ?? 0,
    ...n.accounts.map((a) => a.amount),
  ]);
  const decimals = decimalsFor(amounts);
  const money = amountWidth(amounts.map((a) => moneyText(a, { decimals })).concat(['0000000000']));
  const withCompare = calk.compareDate !== null;
  const content: Content[] = [
    { text: '1. Kebijakan Akuntansi', bold: true, margin: [0, 0, 0, 4] },
    ...calk.policies
      .split('\n')
      .filter((p) => p.trim() !== '')
      .map((p): Content => ({ text: p, margin: [12, 0, 0, 3], alignment: 'justify' })),
  ];
  for (const note of calk.notes) {
    const header = headerRow([
      'Akun',
      formatTanggal(calk.date),
      ...(withCompare && calk.compareDate ? [formatTanggal(calk.compareDate)] : []),
    ]);
    const row = (label: string, amount: Sen, compare: Sen | null, bold = false): TableCell[] => [
      { text: label, bold },
      moneyCell(amount, { decimals, bold, zero: 'dash' }),
      ...(withCompare ? [moneyCell(compare ?? 0, { decimals, bold, zero: 'dash' })] : []),
    ];
    const body: TableCell[][] = [header];
    for (const a of note.accounts) {
      body.push(row(`${a.code} ${a.name}${a.contra ? ' (pengurang)' : ''}`, a.amount, a.compare));
    }
    if (note.accounts.length === 0)
      body.push(row('Dihitung dari pendapatan dan beban', note.amount, note.compare));
    body.push(row('Jumlah', note.amount, note.compare, true));
    content.push({
      stack: [
        { text: `${note.number}. ${note.title}`, bold: true, margin: [0, 10, 0, 4] },
        {
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: ['*', money, ...(withCompare ? [money] : [])],
            body,
          },
          layout: gridLayout,
          fontSize: FONT_SIZE.table,
          margin: [12, 0, 0, 0],
        },
      ],
      unbreakable: note.accounts.length < 25,
    });
  }
  return {
    office: print.office,
    paper: print.paper,
    orientation: 'portrait',
    title: 'Catatan atas Laporan Keuangan',
    subtitle: [`Per ${formatTanggal(calk.date)}`],
    content,
    signatures: print.signatures,
    printedAt: print.printedAt,
  };
}
