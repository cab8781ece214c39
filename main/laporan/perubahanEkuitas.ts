import type { ParsedInputOf } from '../../shared/contract';
import type { IsoDate } from '../../shared/format/date';
import { STATEMENT_LINES } from '../../shared/laporan/mapping';
import { addDays, comparePeriod } from '../../shared/laporan/periods';
import type {
  Statement,
  StatementNote,
  StatementRow,
  StatementSection,
} from '../../shared/laporan/statements';
import type { ServiceContext } from '../core/context';
import { type Cum, closingLinesIn, totalsAtEndOf, totalsBeforeClosingAt, ZERO_CUM } from './balances';
import { movementIn, type Period, periodLabel } from './labaRugi';
import { assertInBooks, type Chart, loadChart, netFrom, surplusOf } from './statementBase';

interface Snapshot {
  start: Map<number, Cum>;
  end: Map<number, Cum>;
  /** Surplus of the period (closing entries left out) and the part closed into equity accounts. */
  surplus: number;
  closed: number;
}

async function snapshotOf(ctx: ServiceContext, chart: Chart, period: Period | null): Promise<Snapshot> {
  if (period === null) return { start: new Map(), end: new Map(), surplus: 0, closed: 0 };
  const start = await totalsAtEndOf(ctx, addDays(period.from, -1));
  const end = await totalsBeforeClosingAt(ctx, period.to);
  const surplus = surplusOf(chart, await movementIn(ctx, period));
  const closingNet = await closingLinesIn(ctx, period.from, addDays(period.to, -1));
  const closed = surplusOf(chart, (id) => closingNet.get(id) ?? 0);
  return { start, end, surplus, closed };
}

function row(key: string, label: string, amount: number, compare: number | null): StatementRow {
  return { key, label, amount, compare, accounts: [], computed: true };
}

/**
 * Perubahan Ekuitas: per equity line its saldo awal, penambahan (credits), pengurangan (debits)
 * and saldo akhir; then the surplus not yet closed: saldo awal, surplus of the period, the part
 * closed into equity (tutup buku) and saldo akhir. The grand total equals the Neraca's ekuitas.
 */
export async function buildPerubahanEkuitas(
  ctx: ServiceContext,
  chart: Chart,
  period: Period,
  cmpPeriod: Period | null,
  booksStart: IsoDate,
): Promise<Statement> {
  const cmpUsable = cmpPeriod !== null && cmpPeriod.to >= booksStart ? cmpPeriod : null;
  const now = await snapshotOf(ctx, chart, period);
  const cmp = cmpPeriod === null ? null : await snapshotOf(ctx, chart, cmpUsable);
  const sections: StatementSection[] = [];
  const sumCum = (map: Map<number, Cum>, ids: number[]) =>
    ids.reduce((acc, id) => {
      const c = map.get(id) ?? ZERO_CUM;
      return { debit: acc.debit + c.debit, credit: acc.credit + c.credit };
    }, ZERO_CUM);
  for (const line of STATEMENT_LINES.filter((l) => l.group === 'ekuitas')) {
    const ids = chart.mappings.filter((m) => m.line === line.key).map((m) => m.accountId);
    const figures = (s: Snapshot) => {
      const a = sumCum(s.start, ids);
      const b = sumCum(s.end, ids);
      return {
        awal: a.credit - a.debit,
        tambah: b.credit - a.credit,
        kurang: b.debit - a.debit,
        akhir: b.credit - b.debit,
      };
    };
    const f = figures(now);
    const g = cmp ? figures(cmp) : null;
    if (f.awal === 0 && f.akhir === 0 && f.tambah === 0 && (g?.akhir ?? 0) === 0 && (g?.awal ?? 0) === 0)
      continue;
    sections.push({
      key: line.key,
      label: line.label,
      rows: [
        row('awal', 'Saldo awal', f.awal, g?.awal ?? null),
        row('tambah', 'Penambahan', f.tambah, g?.tambah ?? null),
        row('kurang', 'Pengurangan', 0 - f.kurang, g ? 0 - g.kurang : null),
      ],
      total: { label: 'Saldo akhir', amount: f.akhir, compare: g?.akhir ?? null },
    });
  }
  const surplusFigures = (s: Snapshot) => {
    const awal = surplusOf(chart, netFrom(s.start));
    return { awal, periode: s.surplus, ditutup: s.closed, akhir: surplusOf(chart, netFrom(s.end)) };
  };
  const f = surplusFigures(now);
  const g = cmp ? surplusFigures(cmp) : null;
  sections.push({
    key: 'surplus_berjalan',
    label: 'Surplus (Defisit) Belum Tutup Buku',
    rows: [
      row('awal', 'Saldo awal', f.awal, g?.awal ?? null),
      row('periode', 'Surplus (defisit) periode ini', f.periode, g?.periode ?? null),
      row('ditutup', 'Dipindahkan ke ekuitas saat tutup buku', f.ditutup, g?.ditutup ?? null),
    ],
    total: { label: 'Saldo akhir', amount: f.akhir, compare: g?.akhir ?? null },
  });
  const notes: StatementNote[] = [];
  if (cmpPeriod !== null && cmpUsable === null)
    notes.push({
      tone: 'info',
      text: `Periode pembanding (${periodLabel(cmpPeriod)}) sebelum awal pembukuan.`,
    });
  return {
    kind: 'perubahan_ekuitas',
    title: 'Laporan Perubahan Ekuitas',
    period,
    compare: cmpPeriod,
    columnLabel: periodLabel(period),
    compareLabel: cmpPeriod ? periodLabel(cmpPeriod) : null,
    blocks: [
      {
        heading: null,
        sections,
        total: {
          label: 'JUMLAH EKUITAS AKHIR PERIODE',
          amount: sections.reduce((s, x) => s + x.total.amount, 0),
          compare: cmp ? sections.reduce((s, x) => s + (x.total.compare ?? 0), 0) : null,
        },
      },
    ],
    totals: [],
    notes,
    difference: null,
  };
}

export async function perubahanEkuitas(
  ctx: ServiceContext,
  input: ParsedInputOf<'laporan.perubahanEkuitas'>,
): Promise<Statement> {
  const first = await assertInBooks(ctx, input.to);
  return buildPerubahanEkuitas(
    ctx,
    await loadChart(ctx),
    { from: input.from, to: input.to },
    comparePeriod(input.from, input.to, input.compare),
    first,
  );
}
