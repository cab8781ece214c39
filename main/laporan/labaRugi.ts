import type { ParsedInputOf } from '../../shared/contract';
import { formatTanggal, type IsoDate } from '../../shared/format/date';
import { addDays, comparePeriod } from '../../shared/laporan/periods';
import type { Statement, StatementNote } from '../../shared/laporan/statements';
import type { ServiceContext } from '../core/context';
import { closingLinesIn, totalsAtEndOf } from './balances';
import { assertInBooks, type Chart, loadChart, netFrom, sectionsOf, unmappedNotes } from './statementBase';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Per account, the net (debit − credit) of its lines in a period, leaving out the closing entries
 * of a tutup buku (so a closed year still shows its revenue and expenses).
 */
export async function movementIn(
  ctx: ServiceContext,
  period: Period | null,
): Promise<(accountId: number) => number> {
  if (period === null) return () => 0;
  const end = netFrom(await totalsAtEndOf(ctx, period.to));
  const start = netFrom(await totalsAtEndOf(ctx, addDays(period.from, -1)));
  const closing = await closingLinesIn(ctx, period.from, period.to);
  return (id) => end(id) - start(id) - (closing.get(id) ?? 0);
}

export function periodLabel(p: Period): string {
  return `${formatTanggal(p.from)} s.d. ${formatTanggal(p.to)}`;
}

export async function labaRugi(
  ctx: ServiceContext,
  input: ParsedInputOf<'laporan.labaRugi'>,
): Promise<Statement> {
  const first = await assertInBooks(ctx, input.to);
  return buildLabaRugi(
    ctx,
    await loadChart(ctx),
    { from: input.from, to: input.to },
    comparePeriod(input.from, input.to, input.compare),
    first,
  );
}

export async function buildLabaRugi(
  ctx: ServiceContext,
  chart: Chart,
  period: Period,
  cmpPeriod: Period | null,
  booksStart: IsoDate,
): Promise<Statement> {
  const now = await movementIn(ctx, period);
  const cmpUsable = cmpPeriod !== null && cmpPeriod.to >= booksStart ? cmpPeriod : null;
  const cmp = cmpPeriod === null ? null : await movementIn(ctx, cmpUsable);
  const [pendapatan, beban] = sectionsOf(chart, ['pendapatan', 'beban'], now, cmp);
  if (!pendapatan || !beban) throw new Error('sections');
  const surplus = pendapatan.total.amount - beban.total.amount;
  const cmpSurplus = cmp ? (pendapatan.total.compare ?? 0) - (beban.total.compare ?? 0) : null;
  const notes: StatementNote[] = [];
  if (cmpPeriod !== null && cmpUsable === null)
    notes.push({
      tone: 'info',
      text: `Periode pembanding (${periodLabel(cmpPeriod)}) sebelum awal pembukuan.`,
    });
  notes.push(...unmappedNotes(chart, (id) => now(id) !== 0));
  return {
    kind: 'laba_rugi',
    title: 'Laporan Laba Rugi',
    period,
    compare: cmpPeriod,
    columnLabel: periodLabel(period),
    compareLabel: cmpPeriod ? periodLabel(cmpPeriod) : null,
    blocks: [
      {
        heading: null,
        sections: [pendapatan, beban],
        total: { label: 'SURPLUS (DEFISIT)', amount: surplus, compare: cmpSurplus },
      },
    ],
    totals: [],
    notes,
    difference: null,
  };
}
