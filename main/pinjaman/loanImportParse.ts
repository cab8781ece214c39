import {
  LOAN_IMPORT_SHEETS,
  type LoanImportError,
  type LoanImportSheetKey,
} from '../../shared/pinjaman/loanImport';
import { cellAt, isBlank, normaliseTitle, readAmount, readDate } from '../ledger/import/applyMapping';
import type { CellText, Workbook, WorkbookSheet } from '../ledger/import/readWorkbook';

/** Column titles people use, per field (normalised words). */
const TITLES: Record<string, string[]> = {
  desa: ['desa'],
  name: ['nama kelompok', 'kelompok'],
  kelompok: ['kelompok', 'nama kelompok'],
  jenis: ['jenis'],
  ketua: ['ketua'],
  number: ['no pinjaman', 'nomor pinjaman', 'loan id'],
  product: ['produk', 'jenis pinjaman'],
  amount: ['alokasi', 'jumlah pinjaman', 'pinjaman'],
  disbursedOn: ['tanggal cair', 'tgl cair', 'tanggal pencairan'],
  decision: ['ba mad', 'keputusan', 'no ba'],
  tenor: ['jangka waktu', 'jangka', 'tenor', 'jumlah angsuran', 'lama angsuran'],
  frequency: ['sistem angsuran', 'frekuensi', 'periode angsuran'],
  instalment: ['angsuran pokok', 'pokok per angsuran', 'wajib pokok'],
  date: ['tanggal', 'tgl'],
  pokok: ['pokok'],
  jasa: ['jasa'],
  denda: ['denda'],
};

interface Found {
  sheet: WorkbookSheet;
  headerRow: number;
  columns: Record<string, number | null>;
}

function matchHeader(row: CellText[], fields: string[]): Record<string, number | null> {
  const titles = row.map((c) => normaliseTitle(c.text));
  const columns: Record<string, number | null> = {};
  const used = new Set<number>();
  for (const field of fields) {
    let found: number | null = null;
    for (const title of TITLES[field] ?? []) {
      const index = titles.findIndex(
        (t, i) => !used.has(i) && (t === ` ${title} ` || t.startsWith(` ${title} `)),
      );
      if (index >= 0) {
        found = index;
        break;
      }
    }
    if (found !== null) used.add(found);
    columns[field] = found;
  }
  return columns;
}

/**
 * The sheet for `key`: one whose name contains it (Kelompok, Pinjaman, Angsuran); a file with one
 * sheet (a CSV) holds only the loans. The header is the row among the first 20 holding most fields.
 */
function findSheet(workbook: Workbook, key: LoanImportSheetKey): Found | null {
  const fields = Object.keys(LOAN_IMPORT_SHEETS[key].fields);
  const named = workbook.sheets.filter((s) => normaliseTitle(s.name).includes(key));
  const candidates =
    named.length > 0 ? named : key === 'pinjaman' && workbook.sheets.length === 1 ? workbook.sheets : [];
  let best: Found | null = null;
  let bestCount = 1;
  for (const sheet of candidates) {
    sheet.rows.slice(0, 20).forEach((row, i) => {
      const columns = matchHeader(row, fields);
      const count = Object.values(columns).filter((c) => c !== null).length;
      if (count > bestCount) {
        best = { sheet, headerRow: i + 1, columns };
        bestCount = count;
      }
    });
  }
  return best;
}

interface Parsed {
  kelompok: { row: number; desa: string; name: string; jenis: string; ketua: string | null }[];
  loans: {
    row: number;
    number: string;
    desa: string;
    kelompok: string;
    product: string;
    amount: number;
    disbursedOn: string;
    decision: string | null;
    /** From the optional columns: checked against the product, never used to build the plan. */
    tenor: number | null;
    frequency: 'bulanan' | 'mingguan' | null;
    instalment: number | null;
  }[];
  payments: { row: number; number: string; date: string; pokok: number; jasa: number; denda: number }[];
}

function rowsOf(found: Found | null): { row: number; cells: CellText[] }[] {
  if (!found) return [];
  return found.sheet.rows
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((r) => r.row > found.headerRow && r.cells.some((c) => !isBlank(c)));
}

const text = (c: CellText) => c.text.trim();

function parse(
  workbook: Workbook,
  errors: LoanImportError[],
): { parsed: Parsed; found: Record<LoanImportSheetKey, Found | null> } {
  const found = {
    kelompok: findSheet(workbook, 'kelompok'),
    pinjaman: findSheet(workbook, 'pinjaman'),
    angsuran: findSheet(workbook, 'angsuran'),
  };
  const parsed: Parsed = { kelompok: [], loans: [], payments: [] };
  const error = (key: LoanImportSheetKey, row: number, message: string) =>
    errors.push({ sheet: found[key]?.sheet.name ?? LOAN_IMPORT_SHEETS[key].label, row, message });
  const amount = (
    key: LoanImportSheetKey,
    row: number,
    cell: CellText,
    label: string,
    required: boolean,
  ): number => {
    const r = readAmount(cell, 'amount', label);
    if (!r.ok) error(key, row, r.message);
    else if (r.value === null && required) error(key, row, `${label} wajib diisi`);
    else if (r.value !== null && r.value < 0) error(key, row, `${label} tidak boleh negatif`);
    return r.ok ? (r.value ?? 0) : 0;
  };
  const date = (key: LoanImportSheetKey, row: number, cell: CellText, label: string): string => {
    const r = readDate(cell, label);
    if (!r.ok) error(key, row, r.message);
    return r.ok ? r.value.iso : '';
  };
  const whole = (row: number, t: string): number | null => {
    if (t === '') return null;
    const m = /^(\d{1,3})(\s*(x|kali|bulan|bln|minggu|mg|angsuran))?$/i.exec(t);
    if (!m) error('pinjaman', row, `Jangka waktu "${t}" harus jumlah angsuran, mis. 12`);
    return m ? Number(m[1]) : null;
  };
  const frequencyOf = (row: number, t: string): 'bulanan' | 'mingguan' | null => {
    if (t === '') return null;
    if (/^(bulan|bln|b$)/i.test(t)) return 'bulanan';
    if (/^(minggu|mg$|w$)/i.test(t)) return 'mingguan';
    error('pinjaman', row, `Sistem angsuran "${t}" harus bulanan atau mingguan`);
    return null;
  };
  const col = (key: LoanImportSheetKey, cells: CellText[], field: string) =>
    cellAt(cells, found[key]?.columns[field] ?? null);
  for (const { row, cells } of rowsOf(found.kelompok)) {
    const c = (f: string) => col('kelompok', cells, f);
    parsed.kelompok.push({
      row,
      desa: text(c('desa')),
      name: text(c('name')),
      jenis: text(c('jenis')).toLowerCase() || 'spp',
      ketua: text(c('ketua')) || null,
    });
  }
  for (const { row, cells } of rowsOf(found.pinjaman)) {
    const c = (f: string) => col('pinjaman', cells, f);
    parsed.loans.push({
      row,
      number: text(c('number')),
      desa: text(c('desa')),
      kelompok: text(c('kelompok')),
      product: text(c('product')).toUpperCase(),
      amount: amount('pinjaman', row, c('amount'), 'Alokasi', true),
      disbursedOn: date('pinjaman', row, c('disbursedOn'), 'Tanggal cair'),
      decision: text(c('decision')) || null,
      tenor: whole(row, text(c('tenor'))),
      frequency: frequencyOf(row, text(c('frequency'))),
      instalment: isBlank(c('instalment'))
        ? null
        : amount('pinjaman', row, c('instalment'), 'Angsuran pokok', false),
    });
  }
  for (const { row, cells } of rowsOf(found.angsuran)) {
    const c = (f: string) => col('angsuran', cells, f);
    parsed.payments.push({
      row,
      number: text(c('number')),
      date: date('angsuran', row, c('date'), 'Tanggal'),
      pokok: amount('angsuran', row, c('pokok'), 'Pokok', false),
      jasa: amount('angsuran', row, c('jasa'), 'Jasa', false),
      denda: amount('angsuran', row, c('denda'), 'Denda', false),
    });
  }
  return { parsed, found };
}

export type { Found as FoundLoanSheet, Parsed as ParsedLoanRegister };
export { parse as parseLoanRegister };
