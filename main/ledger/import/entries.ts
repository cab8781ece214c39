import { createHash } from 'node:crypto';
import { formatTanggal } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/money';
import {
  groupingOf,
  IMPORT_COLUMN_LABELS,
  type ImportMapping,
  type ImportRowError,
  type ParsedImportRow,
} from '../../../shared/ledger/importTypes';

export interface PlannedLine {
  rowNumber: number;
  accountCode: string;
  debit: number;
  credit: number;
}

/** One journal entry an import will write: the rows that formed it and its lines. */
export interface PlannedEntry {
  rowNumbers: number[];
  date: string;
  time: string;
  bukti: string;
  description: string;
  lines: PlannedLine[];
}

/** A row that failed to parse: its voucher cannot be imported either. */
export interface FailedRow {
  rowNumber: number;
  bukti: string;
  /** null when the date itself could not be read. */
  date: string | null;
}

export interface FormedEntries {
  entries: PlannedEntry[];
  errors: ImportRowError[];
  /** Rows left out because another row of their voucher has a problem. */
  blockedRows: number[];
}

const voucherKey = (bukti: string, date: string) => `${bukti.toUpperCase()}\u0000${date}`;

/**
 * Turns parsed rows into entries. `per_baris`: each row against the counter account. `bukti`: the
 * rows sharing a No Bukti (case ignored) and a date are one entry; a voucher that does not balance
 * is an error naming the bukti and the difference, and a voucher with a bad row is left out whole.
 */
export function formEntries(
  rows: ParsedImportRow[],
  mapping: ImportMapping,
  failed: FailedRow[] = [],
): FormedEntries {
  if (groupingOf(mapping) === 'per_baris') {
    const counter = mapping.counterAccountCode.trim();
    return {
      entries: rows.map((r) => ({
        rowNumbers: [r.rowNumber],
        date: r.date,
        time: r.time,
        bukti: r.bukti,
        description: r.description,
        lines: [line(r.rowNumber, r.accountCode, r.amount), line(r.rowNumber, counter, -r.amount)],
      })),
      errors: [],
      blockedRows: [],
    };
  }

  const errors: ImportRowError[] = [];
  const failedKeys = new Set<string>();
  const failedBukti = new Set<string>();
  for (const f of failed) {
    if (f.bukti === '') continue;
    if (f.date === null) failedBukti.add(f.bukti.toUpperCase());
    else failedKeys.add(voucherKey(f.bukti, f.date));
  }
  const groups = new Map<string, ParsedImportRow[]>();
  for (const r of rows) {
    if (r.bukti === '') {
      errors.push({
        rowNumber: r.rowNumber,
        column: IMPORT_COLUMN_LABELS.bukti,
        message: 'Nomor bukti kosong; baris tidak bisa digabung menjadi jurnal',
      });
      continue;
    }
    const key = voucherKey(r.bukti, r.date);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }

  const entries: PlannedEntry[] = [];
  const blockedRows: number[] = [];
  for (const [key, group] of groups) {
    const first = group[0] as ParsedImportRow;
    if (failedKeys.has(key) || failedBukti.has(first.bukti.toUpperCase())) {
      for (const r of group) blockedRows.push(r.rowNumber);
      continue;
    }
    const lines = group.map((r) => line(r.rowNumber, r.accountCode, r.amount));
    const debit = lines.reduce((s, l) => s + l.debit, 0);
    const credit = lines.reduce((s, l) => s + l.credit, 0);
    if (debit !== credit || lines.length < 2) {
      errors.push({
        rowNumber: first.rowNumber,
        column: IMPORT_COLUMN_LABELS.bukti,
        message:
          lines.length < 2
            ? `Bukti ${first.bukti} (${formatTanggal(first.date)}) hanya satu baris; jurnal perlu sedikitnya dua baris`
            : `Bukti ${first.bukti} (${formatTanggal(first.date)}) tidak seimbang: debit ${formatRupiah(debit)}, kredit ${formatRupiah(credit)}, selisih ${formatRupiah(Math.abs(debit - credit))} (baris ${rowList(group)})`,
      });
      for (const r of group.slice(1)) blockedRows.push(r.rowNumber);
      continue;
    }
    entries.push({
      rowNumbers: group.map((r) => r.rowNumber),
      date: first.date,
      time: group.reduce((t, r) => (r.time < t ? r.time : t), first.time),
      bukti: first.bukti,
      description: first.description,
      lines,
    });
  }
  return { entries, errors, blockedRows };
}

function line(rowNumber: number, accountCode: string, amount: number): PlannedLine {
  return {
    rowNumber,
    accountCode,
    debit: amount > 0 ? amount : 0,
    credit: amount < 0 ? -amount : 0,
  };
}

function rowList(group: ParsedImportRow[]): string {
  const numbers = group.map((r) => r.rowNumber);
  return numbers.length > 6
    ? `${numbers.slice(0, 5).join(', ')} … ${numbers[numbers.length - 1]}`
    : numbers.join(', ');
}

/** Whether a file repeats No Bukti on several rows of one date (a journal of many-line vouchers). */
export function buktiRepeats(rows: Array<{ bukti: string; date: string }>): boolean {
  const seen = new Set<string>();
  for (const r of rows) {
    if (r.bukti === '') continue;
    const key = voucherKey(r.bukti, r.date);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** Date, time, bukti and the lines (order ignored): equal for the same entry typed twice. */
export function entryFingerprint(e: {
  date: string;
  time: string;
  bukti: string;
  lines: Array<{ accountCode: string; debit: number; credit: number }>;
}): string {
  const lines = e.lines.map((l) => `${l.accountCode}:${l.debit}:${l.credit}`).sort();
  return createHash('sha256')
    .update(`${e.date}|${e.time}|${e.bukti.toUpperCase()}|${lines.join(';')}`)
    .digest('hex');
}

/** SHA-256 of the rows as read (dates, times, bukti, text, accounts, amounts), independent of layout. */
export function fileFingerprint(rows: ParsedImportRow[]): string {
  const hash = createHash('sha256');
  for (const r of rows) {
    hash.update(`${r.date}|${r.time}|${r.bukti}|${r.description}|${r.accountCode}|${r.amount}\n`);
  }
  return hash.digest('hex');
}
