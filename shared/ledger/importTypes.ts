import { z } from 'zod';
import type { Sen } from '../format/money';

/**
 * Journal import from a spreadsheet (.xlsx / .csv): the mapping a person chooses, the rows it
 * yields and the preview shown before anything is written. How rows form entries is `grouping`:
 * `bukti` — the rows sharing a No Bukti and a date are the lines of one entry (an Excel journal);
 * `per_baris` — every row is a two-line entry, its account against `counterAccountCode`.
 */

/** 0-based column indexes (column A = 0). */
export interface ImportColumns {
  date: number;
  time?: number | null;
  bukti?: number | null;
  description: number;
  /** `debit_kredit`: two columns, one of them filled per row; `signed`: one column, negative = kredit. */
  amountMode: ImportAmountMode;
  debit?: number | null;
  credit?: number | null;
  amount?: number | null;
  /** Column holding the account code; blank cells fall back to `defaultAccountCode`. */
  account?: number | null;
}

export const IMPORT_AMOUNT_MODES = ['debit_kredit', 'signed'] as const;
export type ImportAmountMode = (typeof IMPORT_AMOUNT_MODES)[number];

export const IMPORT_GROUPINGS = ['bukti', 'per_baris'] as const;
export type ImportGrouping = (typeof IMPORT_GROUPINGS)[number];

export interface ImportMapping {
  /** Absent = `per_baris` (mappings remembered before vouchers of many lines existed). */
  grouping?: ImportGrouping | undefined;
  /** Rows dated up to this many days after today pass without confirmation; absent = 0. */
  futureToleranceDays?: number | undefined;
  /** Sheet name; null = the first sheet. */
  sheet: string | null;
  /** 1-based row holding the column titles; data starts on the next row. */
  headerRow: number;
  columns: ImportColumns;
  /** Used when there is no account column or its cell is blank. */
  defaultAccountCode: string | null;
  /** `per_baris` only: the other side of every line, e.g. a suspense account; '' in `bukti` mode. */
  counterAccountCode: string;
}

/** Time given to rows without a time column or with a blank time cell (start of the day). */
export const DEFAULT_IMPORT_TIME = '00:00';

export interface ParsedImportRow {
  /** Row number as shown in the spreadsheet (1-based); for CSV, the record number. */
  rowNumber: number;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`; DEFAULT_IMPORT_TIME (`00:00`) when the file has none for this row. */
  time: string;
  /** Empty string when there is no bukti column or the cell is blank. */
  bukti: string;
  description: string;
  accountCode: string;
  /** Sen; positive = debit to `accountCode` (money in), negative = kredit. Never zero. */
  amount: Sen;
}

export interface ImportRowError {
  rowNumber: number;
  /** Indonesian column label, e.g. `Tanggal` (see IMPORT_COLUMN_LABELS). */
  column: string;
  message: string;
}

/** The suspense account suggested as counter account for `per_baris` (added by migration 011). */
export const IMPORT_SUSPENSE_CODE = '2.1.09';

export const IMPORT_PREVIEW_SAMPLE_ROWS = 20;
export const IMPORT_PREVIEW_MAX_ERRORS = 500;
export const IMPORT_PREVIEW_SAMPLE_ENTRIES = 8;
export const IMPORT_PREVIEW_PROBLEM_ROWS = 200;
export const MAX_FUTURE_TOLERANCE_DAYS = 366;

export function groupingOf(m: Pick<ImportMapping, 'grouping'>): ImportGrouping {
  return m.grouping ?? 'per_baris';
}

export interface ImportPreview {
  sheets: string[];
  sheet: string;
  /** The mapping the counts below were computed with: the one given, or the guess (null = no guess). */
  mapping: ImportMapping | null;
  /** Problems the mapping still has (field path → message), from importMappingSchema; empty when ready. */
  mappingIssues: Record<string, string>;
  /** A note for the whole file, e.g. that no column titles were recognised; null when none. */
  notice: string | null;
  /** Texts of the header row (padded to the widest sample row). */
  headers: string[];
  /** The first IMPORT_PREVIEW_SAMPLE_ROWS non-blank rows below the header, as displayed text. */
  sampleRows: string[][];
  /** Sheet row number (1-based) of each sample row. */
  sampleRowNumbers: number[];
  /** Non-blank data rows (blank = every mapped cell empty; those are skipped silently). */
  totalRows: number;
  /** Rows without any error (the ones that would be imported). */
  validRows: number;
  /** The first IMPORT_PREVIEW_MAX_ERRORS errors in sheet order. */
  errors: ImportRowError[];
  /** All errors, including those cut from `errors` (a row can have more than one). */
  errorCount: number;
  /** Sum of the positive amounts of the valid rows, in sen. */
  totalDebit: Sen;
  /** Sum of the negative amounts of the valid rows, as a positive number of sen. */
  totalCredit: Sen;
  /** Parsed rows are never sent to the screen; the commit parses the file again. */
  rows?: never;
  /** Everything below is empty/zero until the mapping is complete (mappingIssues empty). */
  /** Journal entries the valid rows form (duplicates of existing entries included). */
  entryCount: number;
  /** Problems that need the person's confirmation (dates after today, bukti already used…). */
  warnings: ImportRowError[];
  warningCount: number;
  /** Entries identical to live entries of the journal: skipped unless the person insists. */
  duplicateEntries: number;
  /** One note per duplicate entry, on its first row (first IMPORT_PREVIEW_MAX_ERRORS). */
  duplicates: ImportRowError[];
  /** This file's rows were imported before (a live batch). */
  earlierBatch: ImportBatchRef | null;
  /** SHA-256 of the normalised rows. */
  fileHash: string;
  /** The first entries as they will be journaled. */
  sampleEntries: ImportEntryPreview[];
  /** What each account receives from the valid entries (duplicates left out), by code. */
  accountTotals: ImportAccountTotal[];
  /** Rows with a problem or warning, as displayed text (first IMPORT_PREVIEW_PROBLEM_ROWS). */
  problemRows: Array<{ rowNumber: number; cells: string[] }>;
}

export interface ImportBatchRef {
  id: string;
  fileName: string;
  createdAt: string;
  createdBy: string;
  entries: number;
}

export interface ImportEntryPreview {
  rowNumbers: number[];
  date: string;
  time: string;
  bukti: string;
  description: string;
  duplicate: boolean;
  lines: ImportAccountTotal[];
}

export interface ImportAccountTotal {
  code: string;
  /** '' when the code is not in the chart (then the row has an error). */
  name: string;
  debit: Sen;
  credit: Sen;
}

export type ImportColumnKey = Exclude<keyof ImportColumns, 'amountMode'>;

export const IMPORT_COLUMN_LABELS: Readonly<Record<ImportColumnKey, string>> = {
  date: 'Tanggal',
  time: 'Jam',
  bukti: 'Nomor bukti',
  description: 'Uraian',
  debit: 'Debit',
  credit: 'Kredit',
  amount: 'Jumlah',
  account: 'Kode akun',
};

/** Highest 0-based column index in Excel (column XFD). */
export const MAX_IMPORT_COLUMN = 16_383;
/** Highest row number in Excel. */
export const MAX_IMPORT_ROW = 1_048_576;
/** Same rule as the chart of accounts: digits separated by dots. */
export const ACCOUNT_CODE_PATTERN = /^[0-9]+(\.[0-9]+)*$/;

function column(label: string) {
  const invalid = `Kolom ${label} tidak sah`;
  return z
    .number({ error: `Kolom ${label} belum dipilih` })
    .int({ error: invalid })
    .min(0, { error: invalid })
    .max(MAX_IMPORT_COLUMN, { error: invalid });
}

function optionalColumn(label: string) {
  return column(label).nullable().optional();
}

const columnsSchema = z.strictObject({
  date: column('tanggal'),
  time: optionalColumn('jam'),
  bukti: optionalColumn('nomor bukti'),
  description: column('uraian'),
  amountMode: z.enum(IMPORT_AMOUNT_MODES, { error: 'Cara membaca jumlah belum dipilih' }),
  debit: optionalColumn('debit'),
  credit: optionalColumn('kredit'),
  amount: optionalColumn('jumlah'),
  account: optionalColumn('kode akun'),
});

const accountCodeMessage = (label: string) => `${label} hanya berisi angka dan titik, mis. 1.1.01`;

/** The columns a mapping actually reads, in form order (unused amount columns left out). */
export function usedImportColumns(columns: ImportColumns): Array<[ImportColumnKey, number]> {
  const keys: ImportColumnKey[] =
    columns.amountMode === 'signed'
      ? ['date', 'time', 'bukti', 'description', 'amount', 'account']
      : ['date', 'time', 'bukti', 'description', 'debit', 'credit', 'account'];
  const used: Array<[ImportColumnKey, number]> = [];
  for (const key of keys) {
    const index = columns[key];
    if (typeof index === 'number') used.push([key, index]);
  }
  return used;
}

/**
 * Rules across fields (amount columns per mode, one column per field, where the account comes
 * from). Part of importMappingSchema; exported so the preview can show them even while single
 * fields (e.g. the counter account) are still missing, which makes zod skip object refinements.
 */
export function importMappingRuleIssues(m: ImportMapping): Array<{ path: string; message: string }> {
  const issues: Array<{ path: string; message: string }> = [];
  const c = m.columns;
  if (c.amountMode === 'debit_kredit' && c.debit == null && c.credit == null) {
    issues.push({ path: 'columns.debit', message: 'Kolom debit atau kredit belum dipilih' });
  }
  if (c.amountMode === 'signed' && c.amount == null) {
    issues.push({ path: 'columns.amount', message: 'Kolom jumlah belum dipilih' });
  }
  const seen = new Map<number, ImportColumnKey>();
  for (const [key, index] of usedImportColumns(c)) {
    const first = seen.get(index);
    if (first === undefined) seen.set(index, key);
    else {
      const [a, b] = [IMPORT_COLUMN_LABELS[key], IMPORT_COLUMN_LABELS[first]];
      issues.push({
        path: `columns.${key}`,
        message: `Kolom ${a.toLowerCase()} sama dengan kolom ${b.toLowerCase()}`,
      });
    }
  }
  const defaultAccount = m.defaultAccountCode?.trim() || null;
  if (c.account == null && !defaultAccount) {
    issues.push({ path: 'defaultAccountCode', message: 'Pilih kolom kode akun atau isi kode akun bawaan' });
  }
  if (groupingOf(m) === 'bukti') {
    if (c.bukti == null) {
      issues.push({
        path: 'columns.bukti',
        message: 'Pilih kolom nomor bukti untuk menggabungkan baris per bukti',
      });
    }
    return issues;
  }
  if (m.counterAccountCode.trim() === '') {
    issues.push({ path: 'counterAccountCode', message: 'Akun lawan belum dipilih' });
  }
  if (defaultAccount && defaultAccount === m.counterAccountCode.trim()) {
    issues.push({
      path: 'defaultAccountCode',
      message: 'Kode akun bawaan tidak boleh sama dengan akun lawan',
    });
  }
  return issues;
}

/**
 * A mapping ready for the commit. The preview accepts incomplete mappings and reports this
 * schema's messages in `mappingIssues`.
 */
export const importMappingSchema: z.ZodType<ImportMapping> = z
  .strictObject({
    grouping: z.enum(IMPORT_GROUPINGS, { error: 'Cara menggabungkan baris tidak sah' }).optional(),
    futureToleranceDays: z
      .number({ error: 'Toleransi tanggal harus angka' })
      .int({ error: 'Toleransi tanggal harus bilangan bulat' })
      .min(0, { error: 'Toleransi tanggal tidak boleh negatif' })
      .max(MAX_FUTURE_TOLERANCE_DAYS, {
        error: `Toleransi tanggal paling banyak ${MAX_FUTURE_TOLERANCE_DAYS} hari`,
      })
      .optional(),
    sheet: z
      .string({ error: 'Lembar tidak sah' })
      .trim()
      .min(1, { error: 'Lembar tidak sah' })
      .max(100, { error: 'Lembar tidak sah' })
      .nullable(),
    headerRow: z
      .number({ error: 'Baris judul kolom belum diisi' })
      .int({ error: 'Baris judul kolom harus bilangan bulat' })
      .min(1, { error: 'Baris judul kolom paling kecil 1' })
      .max(MAX_IMPORT_ROW, { error: 'Baris judul kolom terlalu besar' }),
    columns: columnsSchema,
    defaultAccountCode: z
      .string({ error: 'Kode akun bawaan tidak sah' })
      .trim()
      .max(30, { error: 'Kode akun bawaan paling panjang 30 karakter' })
      .refine((s) => s === '' || ACCOUNT_CODE_PATTERN.test(s), {
        error: accountCodeMessage('Kode akun bawaan'),
      })
      .nullable()
      .transform((s) => (s ? s : null)),
    counterAccountCode: z
      .string({ error: 'Akun lawan belum dipilih' })
      .trim()
      .max(30, { error: 'Kode akun lawan paling panjang 30 karakter' })
      .refine((s) => s === '' || ACCOUNT_CODE_PATTERN.test(s), {
        error: accountCodeMessage('Kode akun lawan'),
      }),
  })
  .superRefine((m, ctx) => {
    for (const issue of importMappingRuleIssues(m)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  });
