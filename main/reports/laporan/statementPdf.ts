import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Sen } from '../../../shared/format/money';
import type { Statement, StatementRow, StatementTotal } from '../../../shared/laporan/statements';
import { amountWidth } from '../bookReport';
import { FONT_SIZE, gridLayout, headerRow, moneyCell, moneyText } from '../pdf';
import { decimalsFor } from '../pinjaman/common';
import type { OfficeProfile, PaperSize, ReportDoc, SignatureBlock } from '../types';

/** Every amount a statement prints (to choose whole rupiah or sen, and the column width). */
export function statementAmounts(s: Statement): Sen[] {
  const out: Sen[] = [];
  const push = (t: { amount: Sen; compare: Sen | null }) => {
    out.push(t.amount);
    if (t.compare !== null) out.push(t.compare);
  };
  for (const b of s.blocks) {
    if (b.total) push(b.total);
    for (const sec of b.sections) {
      push(sec.total);
      for (const r of sec.rows) {
        push(r);
        for (const a of r.accounts) push(a);
      }
    }
  }
  for (const t of s.totals) push(t);
  return out;
}

/** Sub-title lines of a statement: the period (or date) and the comparative column. */
export function statementSubtitle(s: Statement): string[] {
  const lines = [s.period.from === null ? `Per ${s.columnLabel}` : `Periode ${s.columnLabel}`];
  if (s.compareLabel) lines.push(`Pembanding: ${s.compareLabel}`);
  return lines;
}

/** Accounts are listed under their line only when the line has more than one, or a contra account. */
export function showAccounts(r: StatementRow): boolean {
  return r.accounts.length > 1 || r.accounts.some((a) => a.contra);
}

function statementTable(s: Statement): Content {
  const decimals = decimalsFor(statementAmounts(s));
  const withCompare = s.compareLabel !== null;
  const money = amountWidth(
    statementAmounts(s)
      .map((a) => moneyText(a, { decimals }))
      .concat(['0000000000']),
  );
  const cols = withCompare ? 3 : 2;
  const amountCells = (t: { amount: Sen; compare: Sen | null }, bold = false): TableCell[] => {
    const cells = [moneyCell(t.amount, { decimals, bold, zero: 'dash' })];
    if (withCompare) cells.push(moneyCell(t.compare ?? 0, { decimals, bold, zero: 'dash' }));
    return cells;
  };
  const labelCell = (
    text: string,
    indent: number,
    opts: { bold?: boolean; italic?: boolean } = {},
  ): TableCell => ({
    text,
    margin: [indent * 10, 0, 0, 0],
    bold: opts.bold,
    italics: opts.italic,
  });
  const blank = (): TableCell[] => Array.from({ length: cols - 1 }, () => ({ text: '' }));
  const totalRow = (t: StatementTotal, indent: number, strong: boolean): TableCell[] => [
    labelCell(t.label, indent, { bold: true }),
    ...amountCells(t, true).map((c) => (strong ? Object.assign(c, { fillColor: '#f0f0f0' }) : c)),
  ];

  const body: TableCell[][] = [
    headerRow(['Uraian', s.columnLabel, ...(withCompare ? [s.compareLabel ?? ''] : [])]),
  ];
  for (const block of s.blocks) {
    if (block.heading) body.push([labelCell(block.heading, 0, { bold: true }), ...blank()]);
    for (const section of block.sections) {
      body.push([labelCell(section.label, 1, { bold: true }), ...blank()]);
      for (const row of section.rows) {
        const detail = showAccounts(row);
        body.push([labelCell(row.label, 2, { bold: detail }), ...(detail ? blank() : amountCells(row))]);
        if (detail) {
          for (const a of row.accounts) {
            const label = `${a.code} ${a.name}${a.contra ? ' (pengurang)' : ''}`;
            body.push([labelCell(label, 3), ...amountCells(a)]);
          }
          body.push([labelCell(`Jumlah ${row.label}`, 2, { italic: true }), ...amountCells(row)]);
        }
      }
      if (section.rows.length === 0) body.push([labelCell('Nihil', 2, { italic: true }), ...blank()]);
      body.push(totalRow(section.total, 1, false));
    }
    if (block.total) body.push(totalRow(block.total, 0, true));
  }
  for (const t of s.totals) body.push(totalRow(t, 0, t.label === t.label.toUpperCase()));

  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', money, ...(withCompare ? [money] : [])],
      body,
    },
    layout: gridLayout,
    fontSize: FONT_SIZE.table,
  };
}

export function notesContent(notes: Statement['notes']): Content[] {
  if (notes.length === 0) return [];
  return [
    {
      stack: notes.map((n) => ({
        text: `${n.tone === 'peringatan' ? 'Perhatian: ' : 'Catatan: '}${n.text}`,
        fontSize: FONT_SIZE.table,
        color: n.tone === 'peringatan' ? '#a00000' : '#333333',
        margin: [0, 2, 0, 0],
      })),
      margin: [0, 8, 0, 0],
    },
  ];
}

export interface StatementPrint {
  office: OfficeProfile | null;
  paper: PaperSize;
  signatures: SignatureBlock;
  printedAt?: Date;
  /** Frozen copy: number and verification text for the footer; `superseded` marks a reopened year. */
  frozen?: { number: string; qr: string; note: string; superseded: boolean };
}

/** The "digantikan" banner of a reopened year's frozen copy. */
export function supersededBanner(print: StatementPrint): Content[] {
  if (!print.frozen?.superseded) return [];
  return [
    {
      text: 'DIGANTIKAN — tahun buku ini dibuka kembali; laporan beku ini tidak berlaku lagi.',
      bold: true,
      color: '#a00000',
      alignment: 'center',
      margin: [0, 0, 0, 6],
    },
  ];
}

/** Footer of a frozen copy: its number and the QR code of its verification. */
export function frozenFooter(print: StatementPrint): ReportDoc['footer'] {
  return print.frozen
    ? { reference: `Nomor ${print.frozen.number}`, qr: print.frozen.qr, note: print.frozen.note }
    : undefined;
}

export function statementDoc(s: Statement, print: StatementPrint): ReportDoc {
  const content: Content[] = [...supersededBanner(print), statementTable(s), ...notesContent(s.notes)];
  return {
    office: print.office,
    paper: print.paper,
    orientation: 'portrait',
    title: s.title,
    subtitle: statementSubtitle(s),
    content,
    signatures: print.signatures,
    info: { title: s.title, subject: statementSubtitle(s).join(' — ') },
    printedAt: print.printedAt,
    footer: frozenFooter(print),
  };
}
