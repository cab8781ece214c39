import type ExcelJS from 'exceljs';
import { formatTanggal, type IsoDate } from '../../shared/format/date';
import { DOTTED_NAME, signerRows } from './pdf';
import type { SignatureBlock } from './types';

/**
 * A calendar date as an Excel date cell. exceljs converts a Date through its UTC value, so UTC
 * midnight becomes exactly that day (no shift by the computer's time zone).
 */
export function excelDate(iso: IsoDate): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Tanggal ISO tidak sah: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Writes centred title lines merged across `width` columns (first bold and larger); returns rows used. */
export function sheetTitleRows(ws: ExcelJS.Worksheet, lines: string[], width: number): number {
  lines.forEach((text, i) => {
    const rowNumber = i + 1;
    ws.mergeCells(rowNumber, 1, rowNumber, width);
    const cell = ws.getCell(rowNumber, 1);
    cell.value = text;
    cell.alignment = { horizontal: 'center' };
    cell.font = { bold: i < lines.length - 2, size: i === 0 ? 13 : 11 };
  });
  // One empty row between the title and the table.
  return lines.length + 1;
}

/** Splits columns 1..width into `parts` contiguous [from, to] ranges (the last ones get the remainder). */
function columnGroups(width: number, parts: number): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let start = 1;
  for (let i = 0; i < parts; i++) {
    const size = Math.floor(width / parts) + (i >= parts - (width % parts) ? 1 : 0);
    groups.push([start, start + size - 1]);
    start += size;
  }
  return groups;
}

/**
 * Signature area under a table, laid out like the PDF (signerRows): place-and-date over the right
 * block, caption, role, three empty rows for the signature, name (bold, underlined) or a dotted line,
 * NIP when present. Returns the next free row.
 */
export function applySignatures(
  ws: ExcelJS.Worksheet,
  block: SignatureBlock,
  width: number,
  firstRow: number,
): number {
  let rowNumber = firstRow;
  let offset = 0;
  const write = (from: number, to: number, text: string, font?: Partial<ExcelJS.Font>) => {
    if (to > from) ws.mergeCells(rowNumber, from, rowNumber, to);
    const cell = ws.getCell(rowNumber, from);
    cell.value = text;
    cell.alignment = { horizontal: 'center' };
    if (font) cell.font = font;
  };
  signerRows(block.signers.length).forEach((size, rowIndex) => {
    const signers = block.signers.slice(offset, offset + size);
    offset += size;
    let groups: Array<[number, number]>;
    if (size === 1 && block.signers.length === 1) groups = columnGroups(width, 2).slice(1);
    else if (size === 1) groups = columnGroups(width, 3).slice(1, 2);
    else groups = columnGroups(width, size);

    if (rowIndex === 0 && (block.showDateLine ?? true)) {
      const last = groups[groups.length - 1];
      if (last)
        write(last[0], last[1], [block.place.trim(), formatTanggal(block.date)].filter(Boolean).join(', '));
      rowNumber++;
    }
    const line = (pick: (i: number) => string) => {
      groups.forEach(([from, to], i) => {
        write(from, to, pick(i));
      });
      rowNumber++;
    };
    if (signers.some((s) => s.caption)) line((i) => signers[i]?.caption ?? '');
    line((i) => signers[i]?.role ?? '');
    rowNumber += 3;
    groups.forEach(([from, to], i) => {
      const name = signers[i]?.name?.trim();
      write(from, to, name || DOTTED_NAME, name ? { bold: true, underline: true } : undefined);
    });
    rowNumber++;
    if (signers.some((s) => s.nip)) {
      line((i) => {
        const nip = signers[i]?.nip;
        return nip ? `NIP. ${nip}` : '';
      });
    }
    rowNumber++;
  });
  return rowNumber;
}
