import { MAX_AMOUNT_SEN } from '../../../shared/contract/fields';
import { parseTanggal } from '../../../shared/format/date';
import { parseRupiah } from '../../../shared/format/money';
import {
  ACCOUNT_CODE_PATTERN,
  DEFAULT_IMPORT_TIME,
  groupingOf,
  IMPORT_COLUMN_LABELS,
  type ImportColumnKey,
  type ImportColumns,
  type ImportMapping,
  type ImportRowError,
  type ParsedImportRow,
  usedImportColumns,
} from '../../../shared/ledger/importTypes';
import { buktiRepeats, type FailedRow } from './entries';
import {
  type CellText,
  EMPTY_CELL,
  ImportFileError,
  type Workbook,
  type WorkbookSheet,
} from './readWorkbook';

export interface ParseRowsResult {
  rows: ParsedImportRow[];
  /** Every error, in sheet order; a row with any error is left out of `rows`. */
  errors: ImportRowError[];
  /** Non-blank data rows: rows.length + the number of rows with errors. */
  totalRows: number;
}

/** ParseRowsResult plus what a voucher needs to know about its rows that failed. */
export interface Scan extends ParseRowsResult {
  failed: FailedRow[];
}

const MAX_DESCRIPTION = 300;
const MAX_BUKTI = 40;
const MAX_ACCOUNT_CODE = 30;
/** How far down guessMapping looks for the row of column titles. */
const HEADER_SEARCH_ROWS = 30;

// ---------------------------------------------------------------- sheets and cells

export function findSheet(workbook: Workbook, name: string | null): WorkbookSheet {
  const sheet = name === null ? workbook.sheets[0] : workbook.sheets.find((s) => s.name === name);
  if (!sheet) {
    const names = workbook.sheets.map((s) => `"${s.name}"`).join(', ');
    throw new ImportFileError(
      name === null
        ? 'File tidak berisi lembar kerja.'
        : `Lembar "${name}" tidak ada di file ini. Lembar yang ada: ${names}.`,
    );
  }
  return sheet;
}

export function cellAt(row: CellText[] | undefined, index: number | null | undefined): CellText {
  if (row === undefined || index === null || index === undefined || index < 0) return EMPTY_CELL;
  return row[index] ?? EMPTY_CELL;
}

export function isBlank(cell: CellText): boolean {
  return cell.text === '' && cell.number === undefined && cell.date === undefined && cell.time === undefined;
}

function quote(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

// ---------------------------------------------------------------- field readers

export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

const DATE_WITH_TIME = /^(\S+)\s+(\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)$/;
const TIME_TEXT = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*(?:WIB|WITA|WIT))?$/i;

function readTimeText(text: string): string | null {
  const m = TIME_TEXT.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59 || (m[3] !== undefined && Number(m[3]) > 59)) return null;
  return `${String(hour).padStart(2, '0')}:${m[2]}`;
}

/** A date cell, or text such as 31/07/2025, 1-7-2025, 31.07.2025, 2025-07-31 (optionally + `10:30`). */
export function readDate(
  cell: CellText,
  label: string = IMPORT_COLUMN_LABELS.date,
): Read<{ iso: string; time: string | null }> {
  if (cell.date !== undefined) return ok({ iso: cell.date, time: cell.time ?? null });
  if (isBlank(cell)) return fail(`${label} wajib diisi`);
  if (cell.number !== undefined) {
    return fail(
      `${label} ${quote(cell.text)} berupa angka, bukan tanggal; tulis seperti 31/07/2025 atau format selnya sebagai tanggal`,
    );
  }
  let dateText = cell.text;
  let time: string | null = null;
  const withTime = DATE_WITH_TIME.exec(cell.text);
  if (withTime) {
    time = readTimeText(withTime[2] as string);
    if (time !== null) dateText = withTime[1] as string;
  }
  const parsed = parseTanggal(dateText);
  if (parsed.ok) return ok({ iso: parsed.iso, time });
  if (parsed.message.includes(quote(cell.text))) return fail(parsed.message);
  const reason = parsed.message.replace(/^Tanggal tidak sah:\s*/, '');
  return fail(`${label} ${quote(cell.text)} tidak sah: ${reason}`);
}

function readTime(cell: CellText): Read<string | null> {
  if (isBlank(cell)) return ok(null);
  if (cell.time !== undefined) return ok(cell.time);
  const time = cell.number === undefined && cell.date === undefined ? readTimeText(cell.text) : null;
  if (time === null)
    return fail(`${IMPORT_COLUMN_LABELS.time} ${quote(cell.text)} tidak sah; tulis seperti 09:30`);
  return ok(time);
}

/** Numeric cell → sen, exact to the sen; tolerates binary float noise from formulas (0.1 + 0.2). */
export function senFromNumber(n: number): number | null {
  if (!Number.isFinite(n)) return null;
  const x = n * 100;
  const sen = Math.round(x);
  const tolerance = Math.max(1e-6, Math.abs(x) * 4 * Number.EPSILON);
  if (Math.abs(x - sen) > tolerance) return null;
  return sen === 0 ? 0 : sen;
}

/** Ways a spreadsheet shows "nothing" in an amount column (DOMAIN §9.1). */
const ZERO_WORDS = /^(-|–|—|nihil)$/i;

/** null = blank cell. Negative values are returned as read; the caller decides. */
export function readAmount(
  cell: CellText,
  key: 'debit' | 'credit' | 'amount',
  label = IMPORT_COLUMN_LABELS[key],
): Read<number | null> {
  if (isBlank(cell)) return ok(null);
  let sen: number;
  if (cell.number !== undefined) {
    const exact = senFromNumber(cell.number);
    if (exact === null) {
      return fail(`${label} ${cell.text} punya lebih dari dua angka di belakang koma; bulatkan ke sen`);
    }
    sen = exact;
  } else if (cell.date !== undefined || cell.time !== undefined) {
    return fail(`${label} ${quote(cell.text)} berupa tanggal/jam, bukan angka`);
  } else if (ZERO_WORDS.test(cell.text)) {
    sen = 0;
  } else {
    const parsed = parseRupiah(cell.text, { allowNegative: true });
    if (!parsed.ok) return fail(`${label}: ${parsed.message}`);
    sen = parsed.sen;
  }
  if (Math.abs(sen) > MAX_AMOUNT_SEN) return fail(`${label} terlalu besar`);
  return ok(sen);
}

/** Account code from the cell: `1.1.01`, or a code followed by its name (`1.1.01 Kas`, `1.1.01 - Kas`). */
function readAccount(cell: CellText): string | null {
  if (isBlank(cell)) return null;
  // A numeric cell holding e.g. 1101: account codes use the period, so no id-ID formatting here.
  if (cell.number !== undefined) return String(cell.number);
  const m = /^(\d+(?:\.\d+)*)\s*(?:[-–—:|]\s*|\s)\S/.exec(cell.text);
  return m ? (m[1] as string) : cell.text;
}

function stripControl(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ').trim();
}

// ---------------------------------------------------------------- rows

export function scanSheet(sheet: WorkbookSheet, mapping: ImportMapping): Scan {
  const c = mapping.columns;
  const used = usedImportColumns(c).map(([, index]) => index);
  const defaultAccount = mapping.defaultAccountCode?.trim() || null;
  const counter = groupingOf(mapping) === 'per_baris' ? mapping.counterAccountCode.trim() : '';
  const rows: ParsedImportRow[] = [];
  const errors: ImportRowError[] = [];
  const failed: FailedRow[] = [];
  let totalRows = 0;
  const start = Math.max(1, Math.floor(mapping.headerRow));

  for (let i = start; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i];
    if (cells === undefined || cells.length === 0) continue;
    if (used.every((index) => isBlank(cellAt(cells, index)))) continue;
    totalRows++;
    const rowNumber = i + 1;
    const before = errors.length;
    const err = (key: ImportColumnKey | 'debit_kredit', message: string) =>
      errors.push({
        rowNumber,
        column: key === 'debit_kredit' ? 'Debit/Kredit' : IMPORT_COLUMN_LABELS[key],
        message,
      });

    const date = readDate(cellAt(cells, c.date));
    if (!date.ok) err('date', date.message);

    const timeCell = c.time == null ? EMPTY_CELL : cellAt(cells, c.time);
    const time = readTime(timeCell);
    if (!time.ok) err('time', time.message);

    const bukti = c.bukti == null ? '' : stripControl(cellAt(cells, c.bukti).text);
    if (bukti.length > MAX_BUKTI) err('bukti', `Nomor bukti paling panjang ${MAX_BUKTI} karakter`);

    const description = stripControl(cellAt(cells, c.description).text);
    if (description === '') err('description', 'Uraian wajib diisi');
    else if (description.length > MAX_DESCRIPTION) {
      err('description', `Uraian paling panjang ${MAX_DESCRIPTION} karakter`);
    }

    const amount = readRowAmount(cells, c, err);

    let accountCode = c.account == null ? null : readAccount(cellAt(cells, c.account));
    if (accountCode === null) accountCode = defaultAccount;
    if (accountCode === null) err('account', 'Kode akun kosong');
    else if (accountCode.length > MAX_ACCOUNT_CODE || !ACCOUNT_CODE_PATTERN.test(accountCode)) {
      err('account', `Kode akun ${quote(accountCode)} tidak sah; hanya angka dan titik, mis. 1.1.01`);
    } else if (counter !== '' && accountCode === counter) {
      err('account', `Kode akun ${accountCode} sama dengan akun lawan`);
    }

    if (errors.length > before || !date.ok || !time.ok || amount === null || accountCode === null) {
      failed.push({ rowNumber, bukti, date: date.ok ? date.value.iso : null });
      continue;
    }
    rows.push({
      rowNumber,
      date: date.value.iso,
      time: time.value ?? date.value.time ?? DEFAULT_IMPORT_TIME,
      bukti,
      description,
      accountCode,
      amount,
    });
  }
  return { rows, errors, totalRows, failed };
}

/** Signed sen (positive = debit) or null after reporting the problem. */
function readRowAmount(
  cells: CellText[],
  c: ImportColumns,
  err: (key: ImportColumnKey | 'debit_kredit', message: string) => void,
): number | null {
  if (c.amountMode === 'signed') {
    const amount = readAmount(c.amount == null ? EMPTY_CELL : cellAt(cells, c.amount), 'amount');
    if (!amount.ok) {
      err('amount', amount.message);
      return null;
    }
    if (!amount.value) {
      err('amount', 'Jumlah kosong atau nol');
      return null;
    }
    return amount.value;
  }
  const debit = readAmount(c.debit == null ? EMPTY_CELL : cellAt(cells, c.debit), 'debit');
  const credit = readAmount(c.credit == null ? EMPTY_CELL : cellAt(cells, c.credit), 'credit');
  let bad = false;
  if (!debit.ok) err('debit', debit.message);
  else if ((debit.value ?? 0) < 0) err('debit', 'Debit tidak boleh negatif');
  if (!credit.ok) err('credit', credit.message);
  else if ((credit.value ?? 0) < 0) err('credit', 'Kredit tidak boleh negatif');
  if (!debit.ok || !credit.ok) return null;
  const d = debit.value ?? 0;
  const k = credit.value ?? 0;
  if (d < 0 || k < 0) bad = true;
  else if (d > 0 && k > 0) {
    err('debit_kredit', 'Debit dan kredit sama-sama terisi; satu baris hanya boleh salah satu');
    bad = true;
  } else if (d === 0 && k === 0) {
    err('debit_kredit', 'Debit dan kredit kosong');
    bad = true;
  }
  return bad ? null : d - k;
}

/**
 * Applies a mapping to one sheet. Blank rows (every mapped cell empty) are skipped silently.
 * Rows whose description reads like a total (`Jumlah`, `Total`, `Saldo awal`) are NOT guessed
 * away: they are parsed like any other row, so they show up in the preview (usually with errors).
 * The mapping is not validated here (see importMappingSchema); bad column indexes read as blank.
 */
export function parseRows(workbook: Workbook, mapping: ImportMapping): ParseRowsResult {
  const { rows, errors, totalRows } = scanSheet(findSheet(workbook, mapping.sheet), mapping);
  return { rows, errors, totalRows };
}

/** parseRows with the failed rows' vouchers, for forming entries. */
export function scanRows(workbook: Workbook, mapping: ImportMapping): Scan {
  return scanSheet(findSheet(workbook, mapping.sheet), mapping);
}

// ---------------------------------------------------------------- guessing

type GuessKey = ImportColumnKey;

/** Checked in this order; the first rule whose phrase appears (as whole words) in a title wins. */
const TITLE_RULES: Array<[GuessKey, string[]]> = [
  ['date', ['tanggal', 'tgl', 'tangal', 'date']],
  ['time', ['jam', 'waktu', 'pukul', 'time']],
  ['bukti', ['bukti', 'no bukti', 'nomor bukti', 'kuitansi', 'kwitansi', 'ref', 'referensi']],
  [
    'account',
    ['kode akun', 'kode rekening', 'kode rek', 'kode perkiraan', 'akun', 'rekening', 'perkiraan', 'coa'],
  ],
  ['description', ['uraian', 'keterangan', 'ket', 'deskripsi', 'description', 'memo']],
  ['debit', ['debit', 'debet', 'masuk', 'penerimaan', 'pemasukan']],
  ['credit', ['kredit', 'credit', 'keluar', 'pengeluaran']],
  ['amount', ['jumlah', 'nominal', 'nilai', 'amount']],
];

export function normaliseTitle(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '' && w !== 'rp');
  return ` ${words.join(' ')} `;
}

/** The field a column title stands for, or null. */
export function recogniseTitle(text: string): GuessKey | null {
  const norm = normaliseTitle(text);
  if (norm.trim() === '') return null;
  for (const [key, phrases] of TITLE_RULES) {
    // "Nama akun" holds names, not codes.
    if (key === 'account' && norm.includes(' nama ')) continue;
    if (phrases.some((p) => norm.includes(` ${p} `))) return key;
  }
  return null;
}

export function titlesOf(row: CellText[] | undefined): Map<GuessKey, number> {
  const found = new Map<GuessKey, number>();
  (row ?? []).forEach((cell, index) => {
    if (cell.number !== undefined || cell.date !== undefined) return;
    const key = recogniseTitle(cell.text);
    if (key !== null && !found.has(key)) found.set(key, index);
  });
  return found;
}

/** Some No Bukti appears on several rows of the same date (cells compared as displayed). */
function buktiRepeatsIn(sheet: WorkbookSheet, headerRow: number, date: number, bukti: number): boolean {
  return buktiRepeats(
    sheet.rows.slice(headerRow).map((r) => ({ bukti: cellAt(r, bukti).text, date: cellAt(r, date).text })),
  );
}

function guessInSheet(sheet: WorkbookSheet): ImportMapping | null {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const found = titlesOf(sheet.rows[i]);
    if (found.size < 2) continue;
    let headerRow = i + 1;
    // Two-row titles: "Jumlah" above "Debit | Kredit".
    const below = titlesOf(sheet.rows[i + 1]);
    if ((below.has('debit') || below.has('credit')) && !below.has('date') && !below.has('description')) {
      for (const key of ['debit', 'credit'] as const) {
        const index = below.get(key);
        if (index !== undefined) found.set(key, index);
      }
      headerRow = i + 2;
    }
    const date = found.get('date');
    const description = found.get('description');
    const debit = found.get('debit') ?? null;
    const credit = found.get('credit') ?? null;
    const amount = found.get('amount') ?? null;
    if (date === undefined || description === undefined) continue;
    if (debit === null && credit === null && amount === null) continue;
    const columns: ImportColumns =
      debit !== null || credit !== null
        ? { date, description, amountMode: 'debit_kredit', debit, credit, amount: null }
        : { date, description, amountMode: 'signed', debit: null, credit: null, amount };
    columns.time = found.get('time') ?? null;
    columns.bukti = found.get('bukti') ?? null;
    columns.account = found.get('account') ?? null;
    const grouping = columns.bukti != null && buktiRepeatsIn(sheet, headerRow, date, columns.bukti);
    return {
      grouping: grouping ? 'bukti' : 'per_baris',
      sheet: sheet.name,
      headerRow,
      columns,
      defaultAccountCode: null,
      counterAccountCode: '',
    };
  }
  return null;
}

/**
 * Guesses the mapping from Indonesian column titles (Tgl, No. Bukti, Uraian, Debet, Kredit, Jumlah,
 * Kode Akun…): the header is the first row within the first 30 with at least two recognised titles
 * that include a date, a description and an amount column. With `sheet` null every sheet is tried in
 * order. Returns null when nothing fits. The counter account is left '' for the person to choose.
 */
export function guessMapping(workbook: Workbook, sheet: string | null = null): ImportMapping | null {
  const sheets = sheet === null ? workbook.sheets : [findSheet(workbook, sheet)];
  for (const s of sheets) {
    const guess = guessInSheet(s);
    if (guess) return guess;
  }
  return null;
}
