import { formatTanggal, type IsoDate } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import {
  type AccountMapping,
  GROUP_LABELS,
  groupSide,
  STATEMENT_LINES,
  type StatementGroup,
  type StatementLineKey,
  statementLine,
} from '../../shared/laporan/mapping';
import type {
  StatementAccount,
  StatementNote,
  StatementRow,
  StatementSection,
} from '../../shared/laporan/statements';
import { AppError } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { type Cum, journalSpan, netOf } from './balances';
import { loadMappings } from './mappingService';

export interface Chart {
  mappings: AccountMapping[];
  byId: Map<number, AccountMapping>;
  /** Accounts whose line is Kas dan Bank: the money of the Arus Kas. */
  moneyIds: number[];
}

export async function loadChart(ctx: ServiceContext): Promise<Chart> {
  const mappings = await loadMappings(ctx);
  return {
    mappings,
    byId: new Map(mappings.map((m) => [m.accountId, m])),
    moneyIds: mappings.filter((m) => m.line === 'kas_bank').map((m) => m.accountId),
  };
}

/**
 * Refuses dates the books cannot answer: after the office's today, or before the journal begins
 * (a comparative column before the books is shown empty instead, see `withinBooks`).
 */
export async function assertInBooks(ctx: ServiceContext, to: IsoDate, field = 'to'): Promise<IsoDate> {
  const span = await journalSpan(ctx);
  if (!span)
    throw new AppError('VALIDATION', 'Belum ada jurnal: laporan keuangan disusun dari jurnal.', {
      [field]: 'Belum ada jurnal',
    });
  const today = officeToday(ctx.sqlite, ctx.now());
  if (to > today)
    throw new AppError(
      'VALIDATION',
      `Tanggal ${formatTanggal(to)} belum terjadi (hari ini ${formatTanggal(today)}).`,
      {
        [field]: 'Tanggal sesudah hari ini',
      },
    );
  if (to < span.first)
    throw new AppError(
      'VALIDATION',
      `Tanggal ${formatTanggal(to)} sebelum awal pembukuan (${formatTanggal(span.first)}).`,
      { [field]: 'Sebelum awal pembukuan' },
    );
  return span.first;
}

/** An account's amount on its group's natural side (aset/beban: debit − credit; others: credit − debit). */
export function sided(group: StatementGroup, net: number): number {
  return groupSide(group) === 'D' ? net : 0 - net;
}

/**
 * Groups accounts into the statement lines of `groups`, in catalogue order: each line with its
 * accounts (amounts on the group's side; contra accounts come out negative, i.e. as deductions).
 * Accounts whose amount and comparative are both zero are left out; so are empty lines.
 */
export function sectionsOf(
  chart: Chart,
  groups: readonly StatementGroup[],
  amountOf: (accountId: number) => number,
  compareOf: ((accountId: number) => number) | null,
): StatementSection[] {
  return groups.map((group) => {
    const rows: StatementRow[] = [];
    for (const line of STATEMENT_LINES.filter((l) => l.group === group)) {
      const accounts: StatementAccount[] = [];
      for (const m of chart.mappings) {
        if (m.line !== line.key) continue;
        const amount = sided(group, amountOf(m.accountId));
        const compare = compareOf ? sided(group, compareOf(m.accountId)) : null;
        if (amount === 0 && (compare ?? 0) === 0) continue;
        accounts.push({
          accountId: m.accountId,
          code: m.code,
          name: m.name,
          amount,
          compare,
          contra: m.contra,
        });
      }
      if (accounts.length === 0) continue;
      rows.push({
        key: line.key,
        label: line.label,
        amount: accounts.reduce((s, a) => s + a.amount, 0),
        compare: compareOf ? accounts.reduce((s, a) => s + (a.compare ?? 0), 0) : null,
        accounts,
      });
    }
    return {
      key: group,
      label: GROUP_LABELS[group],
      rows,
      total: {
        label: `Jumlah ${GROUP_LABELS[group]}`,
        amount: rows.reduce((s, r) => s + r.amount, 0),
        compare: compareOf ? rows.reduce((s, r) => s + (r.compare ?? 0), 0) : null,
      },
    };
  });
}

export function addRow(section: StatementSection, row: StatementRow): void {
  section.rows.push(row);
  section.total.amount += row.amount;
  if (section.total.compare !== null) section.total.compare += row.compare ?? 0;
}

/** Sum of net amounts over accounts of the given groups. */
export function sumGroups(
  chart: Chart,
  groups: readonly StatementGroup[],
  netOfAccount: (accountId: number) => number,
): number {
  let s = 0;
  for (const m of chart.mappings) {
    if (groups.includes(statementLine(m.line).group)) s += netOfAccount(m.accountId);
  }
  return s;
}

/** Net (debit − credit) of every account at a moment, from a map of running totals. */
export function netFrom(map: Map<number, Cum>): (accountId: number) => number {
  return (id) => netOf(map.get(id));
}

/** Income-statement accounts summed credit − debit: the surplus they hold. */
export function surplusOf(chart: Chart, netOfAccount: (accountId: number) => number): number {
  return 0 - sumGroups(chart, ['pendapatan', 'beban'], netOfAccount);
}

/** Notes for accounts mapped to a type fallback line (nobody chose their line). */
export function unmappedNotes(chart: Chart, used: (accountId: number) => boolean): StatementNote[] {
  const names = chart.mappings
    .filter((m) => m.source === 'bawaan' && !m.isGroup && used(m.accountId))
    .map((m) => `${m.code} ${m.name}`);
  if (names.length === 0) return [];
  return [
    {
      tone: 'peringatan',
      text: `Akun belum dipetakan ke baris laporan (sementara masuk baris bawaan jenisnya): ${names.join(', ')}. Atur di Pengaturan › Akun.`,
    },
  ];
}

export function rp(sen: number): string {
  return formatRupiah(sen, { negative: 'parentheses' });
}

export function lineLabel(key: StatementLineKey): string {
  return statementLine(key).label;
}
