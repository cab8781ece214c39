import type { ParsedInputOf } from '../../shared/contract';
import type { IsoDate } from '../../shared/format/date';
import {
  CASH_CLASS_LABELS,
  CASH_CLASSES,
  type CashClass,
  STATEMENT_LINES,
} from '../../shared/laporan/mapping';
import { addDays, comparePeriod } from '../../shared/laporan/periods';
import type {
  Statement,
  StatementAccount,
  StatementNote,
  StatementRow,
  StatementSection,
} from '../../shared/laporan/statements';
import type { ServiceContext } from '../core/context';
import { totalsAtEndOf } from './balances';
import { type Period, periodLabel } from './labaRugi';
import { assertInBooks, type Chart, loadChart, netFrom, rp } from './statementBase';

interface Flow {
  inflow: number;
  outflow: number;
}

/**
 * Direct method: for every entry that moves kas or bank, each line on another account is a cash
 * receipt (its credit) or payment (its debit) classified by that account. Entries between money
 * accounts only have no such line, so transfers between kas and bank never count.
 */
async function flowsIn(ctx: ServiceContext, chart: Chart, period: Period): Promise<Map<number, Flow>> {
  const out = new Map<number, Flow>();
  if (chart.moneyIds.length === 0) return out;
  const rows = await ctx.db
    .selectFrom('journal_lines as c')
    .select((eb) => [
      'c.account_id',
      eb.fn.sum<number>('c.credit').as('inflow'),
      eb.fn.sum<number>('c.debit').as('outflow'),
    ])
    .where('c.voided', '=', 0)
    .where('c.account_id', 'not in', chart.moneyIds)
    .where('c.entry_id', 'in', (eb) =>
      eb
        .selectFrom('journal_lines as m')
        .select('m.entry_id')
        .where('m.account_id', 'in', chart.moneyIds)
        .where('m.entry_date', '>=', period.from)
        .where('m.entry_date', '<=', period.to)
        .where('m.voided', '=', 0),
    )
    .groupBy('c.account_id')
    .execute();
  for (const r of rows) out.set(r.account_id, { inflow: Number(r.inflow), outflow: Number(r.outflow) });
  return out;
}

async function moneyAt(ctx: ServiceContext, chart: Chart, date: IsoDate): Promise<number> {
  const net = netFrom(await totalsAtEndOf(ctx, date));
  return chart.moneyIds.reduce((s, id) => s + net(id), 0);
}

function classSection(
  chart: Chart,
  cls: CashClass,
  flows: Map<number, Flow>,
  cmp: Map<number, Flow> | null,
): StatementSection {
  const rows: StatementRow[] = [];
  for (const direction of ['inflow', 'outflow'] as const) {
    for (const line of STATEMENT_LINES) {
      const accounts: StatementAccount[] = [];
      for (const m of chart.mappings) {
        if (m.line !== line.key || m.cashClass !== cls) continue;
        const sign = direction === 'inflow' ? 1 : -1;
        const amount = sign * (flows.get(m.accountId)?.[direction] ?? 0) || 0;
        const compare = cmp ? sign * (cmp.get(m.accountId)?.[direction] ?? 0) || 0 : null;
        if (amount === 0 && (compare ?? 0) === 0) continue;
        accounts.push({ accountId: m.accountId, code: m.code, name: m.name, amount, compare, contra: false });
      }
      if (accounts.length === 0) continue;
      rows.push({
        key: `${direction}:${line.key}`,
        label: `${direction === 'inflow' ? 'Penerimaan' : 'Pengeluaran'} — ${line.label}`,
        amount: accounts.reduce((s, a) => s + a.amount, 0),
        compare: cmp ? accounts.reduce((s, a) => s + (a.compare ?? 0), 0) : null,
        accounts,
      });
    }
  }
  return {
    key: cls,
    label: `Arus Kas dari ${CASH_CLASS_LABELS[cls]}`,
    rows,
    total: {
      label: `Arus Kas Bersih dari ${CASH_CLASS_LABELS[cls]}`,
      amount: rows.reduce((s, r) => s + r.amount, 0),
      compare: cmp ? rows.reduce((s, r) => s + (r.compare ?? 0), 0) : null,
    },
  };
}

export async function arusKas(
  ctx: ServiceContext,
  input: ParsedInputOf<'laporan.arusKas'>,
): Promise<Statement> {
  const first = await assertInBooks(ctx, input.to);
  return buildArusKas(
    ctx,
    await loadChart(ctx),
    { from: input.from, to: input.to },
    comparePeriod(input.from, input.to, input.compare),
    first,
  );
}

export async function buildArusKas(
  ctx: ServiceContext,
  chart: Chart,
  period: Period,
  cmpPeriod: Period | null,
  booksStart: IsoDate,
): Promise<Statement> {
  const cmpUsable = cmpPeriod !== null && cmpPeriod.to >= booksStart ? cmpPeriod : null;
  const flows = await flowsIn(ctx, chart, period);
  const cmpFlows = cmpPeriod === null ? null : cmpUsable ? await flowsIn(ctx, chart, cmpUsable) : new Map();
  const sections = CASH_CLASSES.map((c) => classSection(chart, c, flows, cmpFlows));
  const change = sections.reduce((s, x) => s + x.total.amount, 0);
  const cmpChange = cmpFlows ? sections.reduce((s, x) => s + (x.total.compare ?? 0), 0) : null;
  const opening = await moneyAt(ctx, chart, addDays(period.from, -1));
  const closing = await moneyAt(ctx, chart, period.to);
  const cmpOpening = cmpUsable
    ? await moneyAt(ctx, chart, addDays(cmpUsable.from, -1))
    : cmpPeriod
      ? 0
      : null;
  const cmpClosing = cmpUsable ? await moneyAt(ctx, chart, cmpUsable.to) : cmpPeriod ? 0 : null;
  const notes: StatementNote[] = [];
  if (opening + change !== closing) {
    notes.push({
      tone: 'peringatan',
      text: `Arus kas tidak cocok dengan saldo kas dan bank: selisih ${rp(closing - opening - change)}. Ada jurnal kas/bank yang tidak seimbang.`,
    });
  }
  if (cmpPeriod !== null && cmpUsable === null)
    notes.push({
      tone: 'info',
      text: `Periode pembanding (${periodLabel(cmpPeriod)}) sebelum awal pembukuan.`,
    });
  notes.push({
    tone: 'info',
    text: 'Pemindahan uang antar kas dan rekening bank sendiri bukan penerimaan atau pengeluaran, sehingga tidak dicantumkan.',
  });
  return {
    kind: 'arus_kas',
    title: 'Laporan Arus Kas',
    period,
    compare: cmpPeriod,
    columnLabel: periodLabel(period),
    compareLabel: cmpPeriod ? periodLabel(cmpPeriod) : null,
    blocks: [
      {
        heading: null,
        sections,
        total: { label: 'KENAIKAN (PENURUNAN) KAS DAN BANK', amount: change, compare: cmpChange },
      },
    ],
    totals: [
      { label: 'Saldo kas dan bank awal periode', amount: opening, compare: cmpOpening },
      { label: 'SALDO KAS DAN BANK AKHIR PERIODE', amount: closing, compare: cmpClosing },
    ],
    notes,
    difference: null,
  };
}
