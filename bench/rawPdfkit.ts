/// <reference path="../main/reports/pdfmakeFonts.d.ts" />
import PDFDocument from 'pdfkit';
import robotoFonts from 'pdfmake/fonts/Roboto.js';
import type { BookRow } from '../main/reports/types';
import { formatAngka } from '../shared/format/money';

const MM = 72 / 25.4;

/**
 * The same book drawn with plain pdfkit (the engine under pdfmake): F4 landscape, Roboto embedded,
 * a header row on every page, one text line per row and "Halaman x dari y" — the floor to compare
 * the report engine against. `rowsPerPage` matches the engine's pagination so both draw the same pages.
 */
export function rawPdfkitBook(
  rows: BookRow[],
  rowsPerPage: number,
): Promise<{ bytes: Buffer; pages: number }> {
  const doc = new PDFDocument({
    size: [330 * MM, 215 * MM],
    margins: { top: 57, bottom: 57, left: 71, right: 57 },
    bufferPages: true,
  });
  doc.registerFont('Roboto', robotoFonts.Roboto.normal);
  doc.registerFont('Roboto-Bold', robotoFonts.Roboto.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const columns: [string, number, 'left' | 'right'][] = [
    ['No', 30, 'right'],
    ['Tanggal', 60, 'left'],
    ['No. Bukti', 80, 'left'],
    ['Uraian', 330, 'left'],
    ['Debit', 90, 'right'],
    ['Kredit', 90, 'right'],
    ['Saldo', 100, 'right'],
  ];
  const rowHeight = 12;
  const bottom = doc.page.height - doc.page.margins.bottom - 20;
  const line = (cells: string[], font: string) => {
    doc.font(font).fontSize(8.5);
    let x = doc.page.margins.left;
    const y = doc.y;
    cells.forEach((text, i) => {
      const [, width, align] = columns[i] as [string, number, 'left' | 'right'];
      doc.text(text, x + 2, y + 2, { width: width - 4, align, lineBreak: false, ellipsis: true });
      x += width;
    });
    doc
      .moveTo(doc.page.margins.left, y + rowHeight)
      .lineTo(x, y + rowHeight)
      .lineWidth(0.5)
      .stroke();
    doc.y = y + rowHeight;
  };
  const header = () =>
    line(
      columns.map(([label]) => label),
      'Roboto-Bold',
    );
  header();
  rows.forEach((r, i) => {
    if (i > 0 && (i % rowsPerPage === 0 || doc.y + rowHeight > bottom)) {
      doc.addPage();
      header();
    }
    line(
      [
        String(i + 1),
        r.date.split('-').reverse().join('/'),
        r.bukti,
        r.description,
        r.debit ? formatAngka(r.debit) : '',
        r.credit ? formatAngka(r.credit) : '',
        formatAngka(r.balance),
      ],
      'Roboto',
    );
  });
  const range = doc.bufferedPageRange();
  for (let p = 0; p < range.count; p++) {
    doc.switchToPage(p);
    doc
      .font('Roboto')
      .fontSize(7)
      .text(`Halaman ${p + 1} dari ${range.count}`, doc.page.margins.left, doc.page.height - 40, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'right',
        lineBreak: false,
      });
  }
  return new Promise((resolve) => {
    doc.on('end', () => resolve({ bytes: Buffer.concat(chunks), pages: range.count }));
    doc.end();
  });
}
