import { parseString } from '@fast-csv/parse';
import type ExcelJS from 'exceljs';
import { AppError } from '../../core/appError';

/**
 * One cell as a person sees it. `text` is always set (trimmed, '' for blank). Cells that hold a
 * real number or date in the .xlsx also carry the value itself, so amounts stay exact and dates
 * never go through text. CSV cells are text only.
 */
export interface CellText {
  text: string;
  /** A numeric cell (or a formula's cached numeric result). */
  number?: number;
  /** A date cell, as `YYYY-MM-DD`. */
  date?: string;
  /** `HH:MM` of a date-time cell when not midnight, or of a time-only cell (which has no `date`). */
  time?: string;
}

export interface WorkbookSheet {
  name: string;
  /** rows[i] is sheet row i + 1; cells[j] is column j (A = 0). Trailing blank cells are left out. */
  rows: CellText[][];
}

export interface Workbook {
  sheets: WorkbookSheet[];
}

export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

export const EMPTY_CELL: Readonly<CellText> = Object.freeze({ text: '' });

/** A file that cannot be read as a spreadsheet; the message is written for the person. */
export class ImportFileError extends AppError {
  constructor(message: string, cause?: unknown) {
    super('VALIDATION', message);
    this.name = 'ImportFileError';
    if (cause !== undefined) this.cause = cause;
  }
}

const SAVE_AS_HINT = 'Buka file di Excel lalu simpan sebagai "Excel Workbook (.xlsx)" atau "CSV".';
const MSG_EMPTY = 'File kosong: tidak ada isi yang bisa dibaca.';
const MSG_NO_DATA = 'File tidak berisi data: semua lembar kosong.';

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

function baseName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot <= 0 ? base : base.slice(0, dot)).trim() || 'CSV';
}

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
// Compound File (OLE2): Excel 97–2003 .xls, and also any password-protected .xlsx.
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

/**
 * Reads an .xlsx or .csv file into plain rows of cell text. Throws ImportFileError (Indonesian
 * message) for anything else: other extensions, .xls, password-protected or corrupt files, empty
 * files, files over MAX_IMPORT_FILE_BYTES.
 */
export async function readWorkbook(fileName: string, bytes: Buffer): Promise<Workbook> {
  const ext = extensionOf(fileName);
  if (ext === 'xls') {
    throw new ImportFileError(`File .xls (Excel 97–2003) tidak bisa dibaca. ${SAVE_AS_HINT}`);
  }
  if (ext !== 'xlsx' && ext !== 'csv') {
    const shown = ext ? `.${ext}` : 'tanpa ekstensi';
    throw new ImportFileError(
      `Jenis file ${shown} tidak didukung. Pilih file Excel (.xlsx) atau CSV (.csv).`,
    );
  }
  if (bytes.length === 0) throw new ImportFileError(MSG_EMPTY);
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1).replace('.', ',');
    throw new ImportFileError(
      `File terlalu besar (${mb} MB); paling besar ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MB. Pisahkan datanya menjadi beberapa file.`,
    );
  }
  const workbook = ext === 'xlsx' ? await readXlsx(bytes) : await readCsv(fileName, bytes);
  if (!workbook.sheets.some((s) => s.rows.some((r) => r.length > 0))) throw new ImportFileError(MSG_NO_DATA);
  return workbook;
}

// ---------------------------------------------------------------- xlsx

async function readXlsx(bytes: Buffer): Promise<Workbook> {
  if (startsWith(bytes, OLE2)) {
    throw new ImportFileError(
      `File ini berformat Excel lama (.xls) atau dilindungi kata sandi, jadi tidak bisa dibaca. ${SAVE_AS_HINT} Hapus kata sandinya bila ada.`,
    );
  }
  if (!startsWith(bytes, ZIP)) {
    throw new ImportFileError(
      `File ini bukan file Excel .xlsx yang utuh (mungkin rusak atau salah ekstensi).`,
    );
  }
  // Loaded on first use: exceljs costs ~25 MB, and a CSV import never needs it.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    // exceljs declares its own `Buffer extends ArrayBuffer`; a Node Buffer is what it reads at runtime.
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new ImportFileError(
      'File Excel rusak atau tidak bisa dibaca. Coba buka dan simpan ulang di Excel.',
      e,
    );
  }
  if (wb.worksheets.length === 0) {
    throw new ImportFileError('File ini tidak berisi lembar kerja Excel (mungkin bukan file .xlsx).');
  }
  const merge = Excel.ValueType.Merge;
  return { sheets: wb.worksheets.map((ws) => ({ name: ws.name, rows: worksheetRows(ws, merge) })) };
}

function worksheetRows(ws: ExcelJS.Worksheet, merge: ExcelJS.ValueType): CellText[][] {
  const rows: CellText[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellText[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Only the top-left cell of a merged range holds the value; the rest read as blank.
      if (cell.type === merge) return;
      const c = toCell(cell.value, cell.numFmt);
      if (c === EMPTY_CELL) return;
      while (cells.length < colNumber - 1) cells.push(EMPTY_CELL);
      cells[colNumber - 1] = c;
    });
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

const plainNumber = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 20, useGrouping: false });
const groupedNumber = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 20, useGrouping: true });

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function fromNumber(n: number, numFmt: string | undefined): CellText {
  if (!Number.isFinite(n)) return { text: String(n) };
  // In a number format code `,` is the thousands separator (`#,##0`); General shows no grouping.
  const grouped = numFmt !== undefined && /[#0],[#0]/.test(numFmt);
  const text = (grouped ? groupedNumber : plainNumber).format(n).replace(/[\u00a0\u202f]/g, ' ');
  return { text, number: n === 0 ? 0 : n };
}

function fromDate(d: Date): CellText {
  const ms = d.getTime();
  if (!Number.isFinite(ms)) return EMPTY_CELL;
  const m = new Date(Math.round(ms / 60_000) * 60_000);
  const hh = m.getUTCHours();
  const mm = m.getUTCMinutes();
  const time = `${pad2(hh)}:${pad2(mm)}`;
  // A time-only cell is a fraction of a day: Excel's day 0 is 1899-12-30 (1900 date system).
  const year = m.getUTCFullYear();
  if (year < 1900) {
    return { text: time, time };
  }
  const day = m.getUTCDate();
  const month = m.getUTCMonth() + 1;
  const iso = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  const shown = `${pad2(day)}/${pad2(month)}/${year}`;
  if (hh === 0 && mm === 0) return { text: shown, date: iso };
  return { text: `${shown} ${time}`, date: iso, time };
}

function cleanText(s: string): string {
  return s.replace(/^\ufeff/, '').trim();
}

function richTextOf(v: { richText: Array<{ text: string }> }): string {
  return v.richText.map((r) => r.text).join('');
}

/** Converts any exceljs cell value (formula → cached result, rich text, hyperlink…) to CellText. */
function toCell(value: unknown, numFmt: string | undefined): CellText {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'string') {
    const text = cleanText(value);
    return text === '' ? EMPTY_CELL : { text };
  }
  if (typeof value === 'number') return fromNumber(value, numFmt);
  if (typeof value === 'boolean') return { text: value ? 'BENAR' : 'SALAH' };
  if (value instanceof Date) return fromDate(value);
  if (typeof value !== 'object') return EMPTY_CELL;
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return toCell(richTextOf(v as { richText: Array<{ text: string }> }), numFmt);
  if ('formula' in v || 'sharedFormula' in v) return toCell(v.result, numFmt);
  if (typeof v.hyperlink === 'string') return toCell(v.text, numFmt);
  if (typeof v.error === 'string') return { text: v.error };
  return EMPTY_CELL;
}

// ---------------------------------------------------------------- csv

function decodeText(bytes: Buffer): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel "CSV (Comma delimited)" on Windows saves in the ANSI code page, not UTF-8.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const DELIMITERS = [';', ',', '\t'] as const;

/** Counts each candidate delimiter outside quotes on the first non-empty line; `;` wins ties. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seen) break;
    } else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (ch.trim() !== '') seen = true;
  }
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = counts.get(d) ?? 0;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

async function readCsv(fileName: string, bytes: Buffer): Promise<Workbook> {
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
    throw new ImportFileError(
      'File ini file Excel, bukan CSV. Ganti ekstensinya atau simpan ulang sebagai CSV.',
    );
  }
  if (startsWith(bytes, PDF))
    throw new ImportFileError('File ini PDF, bukan CSV. Pilih file .xlsx atau .csv.');
  let text = decodeText(bytes).replace(/^\ufeff/, '');
  // Control characters other than tab and line breaks never occur in a text CSV: this is binary data.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) {
    throw new ImportFileError(
      'File ini bukan file teks CSV (berisi data biner). Pilih file .xlsx atau .csv.',
    );
  }
  // Excel honours a first line `sep=;` naming the delimiter.
  let delimiter: string;
  const sep = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(text);
  if (sep) {
    delimiter = sep[1] as string;
    text = text.slice(sep[0].length);
  } else {
    delimiter = detectDelimiter(text);
  }
  if (text.trim() === '') throw new ImportFileError(MSG_EMPTY);

  // fast-csv (the parser exceljs itself uses) straight into rows of text: no worksheet objects,
  // so a 100,000-row file stays small in memory. Every cell stays the text in the file: no guessing
  // of numbers (1.234 is not 1,234) or dates.
  let rows: CellText[][];
  try {
    rows = await new Promise<CellText[][]>((resolve, reject) => {
      const out: CellText[][] = [];
      parseString<string[], string[]>(text, { delimiter, quote: '"', escape: '"', ignoreEmpty: false })
        .on('error', reject)
        .on('data', (record: string[]) => {
          const cells = record.map((raw) => {
            const t = cleanText(raw);
            return t === '' ? EMPTY_CELL : { text: t };
          });
          while (cells.length > 0 && cells[cells.length - 1] === EMPTY_CELL) cells.pop();
          out.push(cells);
        })
        .on('end', () => resolve(out));
    });
  } catch (e) {
    throw new ImportFileError('File CSV tidak bisa dibaca. Periksa tanda kutip (") di dalam isinya.', e);
  }
  return { sheets: [{ name: baseName(fileName), rows }] };
}
