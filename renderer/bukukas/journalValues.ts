import type { InputOf } from '../../shared/contract';
import { formatAngka, parseRupiah, type Sen } from '../../shared/format/money';
import type { JournalEntry } from '../../shared/ledger/journal';

export interface LineValue {
  key: string;
  accountId: string | null;
  debit: string;
  credit: string;
}

export interface JournalValues {
  date: string;
  time: string;
  bukti: string;
  description: string;
  desaId: string | null;
  lines: LineValue[];
  /** Only for a change to an existing entry. */
  reason: string;
}

export type JournalInput = InputOf<'journal.post'>;

let keys = 0;
export function newLine(debit = '', credit = ''): LineValue {
  keys += 1;
  return { key: `baris-${keys}`, accountId: null, debit, credit };
}

export function blankJournal(date: string, time: string): JournalValues {
  return { date, time, bukti: '', description: '', desaId: null, lines: [newLine(), newLine()], reason: '' };
}

export function journalFromEntry(entry: JournalEntry): JournalValues {
  return {
    date: entry.date,
    time: entry.time,
    bukti: entry.bukti,
    description: entry.description,
    desaId: entry.desaId === null ? null : String(entry.desaId),
    lines: entry.lines.map((l) => ({
      ...newLine(l.debit ? formatAngka(l.debit) : '', l.credit ? formatAngka(l.credit) : ''),
      accountId: String(l.accountId),
    })),
    reason: '',
  };
}

/** The amount as typed, in sen; blank counts as zero, unreadable text as null. */
export function amountSen(text: string): Sen | null {
  if (text.trim() === '') return 0;
  const parsed = parseRupiah(text, { allowNegative: false });
  return parsed.ok ? parsed.sen : null;
}

export interface LineTotals {
  debit: Sen;
  credit: Sen;
  /** Some amount could not be read: the totals leave it out. */
  unreadable: boolean;
}

export function lineTotals(lines: readonly LineValue[]): LineTotals {
  let debit = 0;
  let credit = 0;
  let unreadable = false;
  for (const l of lines) {
    const d = amountSen(l.debit);
    const c = amountSen(l.credit);
    if (d === null || c === null) unreadable = true;
    debit += d ?? 0;
    credit += c ?? 0;
  }
  return { debit, credit, unreadable };
}

export type BuiltJournal =
  | { ok: true; input: JournalInput; sentIndex: number[] }
  | { ok: false; errors: Record<string, string> };

/**
 * The request for main: empty rows are left out (main drops zero lines too), the amounts go as
 * typed so main parses and judges them. `sentIndex[j]` is the form row of request line j, to put
 * main's `lines.j.*` errors back on the right row.
 */
export function buildJournal(values: JournalValues, allowDuplicateBukti: boolean): BuiltJournal {
  const errors: Record<string, string> = {};
  const lines: JournalInput['lines'] = [];
  const sentIndex: number[] = [];
  values.lines.forEach((l, i) => {
    const blank = amountSen(l.debit) === 0 && amountSen(l.credit) === 0;
    if (blank && !l.accountId) return;
    if (blank) {
      errors[`lines.${i}.debit`] = 'Isi debit atau kredit, atau hapus baris ini';
      return;
    }
    if (!l.accountId) {
      errors[`lines.${i}.accountId`] = 'Pilih akun';
      return;
    }
    sentIndex.push(i);
    lines.push({
      accountId: Number(l.accountId),
      debit: l.debit.trim() === '' ? 0 : l.debit,
      credit: l.credit.trim() === '' ? 0 : l.credit,
    });
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    sentIndex,
    input: {
      date: values.date,
      time: values.time,
      bukti: values.bukti,
      description: values.description,
      desaId: values.desaId ? Number(values.desaId) : null,
      lines,
      allowDuplicateBukti,
    },
  };
}

/** Main's `lines.j.field` → the form row's `lines.i.field`. */
export function remapLineErrors(fields: Record<string, string>, sentIndex: readonly number[]) {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const m = /^lines\.(\d+)\.(.+)$/.exec(path);
    const row = m ? sentIndex[Number(m[1])] : undefined;
    out[m && row !== undefined ? `lines.${row}.${m[2]}` : path] = message;
  }
  return out;
}
