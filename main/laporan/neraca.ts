import type { ParsedInputOf } from '../../shared/contract';
import { formatTanggal, type IsoDate } from '../../shared/format/date';
import { addDays, compareDate, yearStart } from '../../shared/laporan/periods';
import type { Statement, StatementNote, StatementSection } from '../../shared/laporan/statements';
import type { ServiceContext } from '../core/context';
import { closingLinesIn, totalsAtEndOf } from './balances';
import {
  addRow,
  assertInBooks,
  type Chart,
  loadChart,
  netFrom,
  rp,
  sectionsOf,
  surplusOf,
  unmappedNotes,
} from './statementBase';

interface Position {
  net: (accountId: number) => number;
  /** Surplus of the year of the date not yet closed, and of earlier years not yet closed. */
  surplusYear: number;
  surplusEarlier: number;
}

async function positionAt(ctx: ServiceContext, chart: Chart, date: IsoDate | null): Promise<Position> {
  if (date === null) return { net: () => 0, surplusYear: 0, surplusEarlier: 0 };
  // A year-end Neraca is the one before its closing entries (the year's surplus stays visible).
  const atEnd = netFrom(await totalsAtEndOf(ctx, date));
  const closing = await closingLinesIn(ctx, date, date);
  const atDate = (id: number) => atEnd(id) - (closing.get(id) ?? 0);
  const atPrevYearEnd = netFrom(await totalsAtEndOf(ctx, addDays(yearStart(date), -1)));
  const earlier = surplusOf(chart, atPrevYearEnd);
  return { net: atDate, surplusYear: surplusOf(chart, atDate) - earlier, surplusEarlier: earlier };
}

function penampungNotes(chart: Chart, pos: Position, date: IsoDate): StatementNote[] {
  return chart.mappings
    .filter((m) => m.line === 'penampung' && pos.net(m.accountId) !== 0)
    .map((m) => {
      const net = pos.net(m.accountId);
      return {
        tone: 'peringatan' as const,
        text: `Akun penampung ${m.code} ${m.name} bersaldo ${net > 0 ? 'debit' : 'kredit'} ${rp(Math.abs(net))} per ${formatTanggal(date)}: selama belum dipindahkan ke akun yang benar, Neraca tidak seimbang sebesar itu.`,
      };
    });
}

/** Neraca at the end of `date`: Aset = Kewajiban + Ekuitas (with the surplus not yet closed). */
export async function neraca(
  ctx: ServiceContext,
  input: ParsedInputOf<'laporan.neraca'>,
): Promise<Statement> {
  const first = await assertInBooks(ctx, input.date, 'date');
  return buildNeraca(ctx, await loadChart(ctx), input.date, compareDate(input.date, input.compare), first);
}

export async function buildNeraca(
  ctx: ServiceContext,
  chart: Chart,
  date: IsoDate,
  cmpDate: IsoDate | null,
  booksStart: IsoDate,
): Promise<Statement> {
  const pos = await positionAt(ctx, chart, date);
  const cmpInBooks = cmpDate !== null && cmpDate >= booksStart ? cmpDate : null;
  const cmp = cmpDate === null ? null : await positionAt(ctx, chart, cmpInBooks);
  const cmpNet = cmp ? cmp.net : null;

  const aset = sectionsOf(chart, ['aset_lancar', 'aset_tetap', 'aset_lain'], pos.net, cmpNet).filter(
    (x) => x.key === 'aset_lancar' || x.rows.length > 0,
  );
  const [kewajiban, ekuitas] = sectionsOf(chart, ['kewajiban', 'ekuitas'], pos.net, cmpNet) as [
    StatementSection,
    StatementSection,
  ];
  if (pos.surplusEarlier !== 0 || (cmp?.surplusEarlier ?? 0) !== 0) {
    addRow(ekuitas, {
      key: 'surplus_belum_tutup_buku',
      label: 'Surplus (Defisit) Tahun Lalu Belum Tutup Buku',
      amount: pos.surplusEarlier,
      compare: cmp ? cmp.surplusEarlier : null,
      accounts: [],
      computed: true,
    });
  }
  addRow(ekuitas, {
    key: 'surplus_tahun_berjalan',
    label: 'Surplus (Defisit) Tahun Berjalan',
    amount: pos.surplusYear,
    compare: cmp ? cmp.surplusYear : null,
    accounts: [],
    computed: true,
  });
  const sum = (sections: StatementSection[], pick: 'amount' | 'compare') =>
    sections.reduce((s, x) => s + (x.total[pick] ?? 0), 0);
  const totalAset = sum(aset, 'amount');
  const totalPasiva = sum([kewajiban, ekuitas], 'amount');
  const difference = totalAset - totalPasiva;

  const notes: StatementNote[] = penampungNotes(chart, pos, date);
  const explained = chart.mappings
    .filter((m) => m.line === 'penampung')
    .reduce((s, m) => s - pos.net(m.accountId), 0);
  if (difference !== explained) {
    notes.push({
      tone: 'peringatan',
      text: `Selisih ${rp(difference - explained)} tanpa akun penampung: ada jurnal yang tidak seimbang (debit ≠ kredit). Periksa dengan Neraca Saldo.`,
    });
  }
  if (cmpDate !== null && cmpInBooks === null) {
    notes.push({
      tone: 'info',
      text: `Kolom pembanding (${formatTanggal(cmpDate)}) sebelum awal pembukuan.`,
    });
  }
  notes.push(...unmappedNotes(chart, (id) => pos.net(id) !== 0));

  return {
    kind: 'neraca',
    title: 'Neraca',
    period: { from: null, to: date },
    compare: cmpDate === null ? null : { from: null, to: cmpDate },
    columnLabel: formatTanggal(date),
    compareLabel: cmpDate === null ? null : formatTanggal(cmpDate),
    blocks: [
      {
        heading: 'ASET',
        sections: aset,
        total: { label: 'JUMLAH ASET', amount: totalAset, compare: cmp ? sum(aset, 'compare') : null },
      },
      {
        heading: 'KEWAJIBAN DAN EKUITAS',
        sections: [kewajiban, ekuitas],
        total: {
          label: 'JUMLAH KEWAJIBAN DAN EKUITAS',
          amount: totalPasiva,
          compare: cmp ? sum([kewajiban, ekuitas], 'compare') : null,
        },
      },
    ],
    totals: [],
    notes,
    difference,
  };
}
