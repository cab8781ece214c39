import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/money';
import type { HealthSheet } from '../../../shared/pinjaman/healthScore';
import type { KolekSeries } from '../../../shared/pinjaman/kolekSeries';
import { CLASS_BASIS_LABELS, CLASS_BASIS_UNITS } from '../../../shared/pinjaman/kolektibilitas';
import type { PortfolioReport } from '../../../shared/pinjaman/loans';
import { type PortfolioRatios, type Ratio, ratioText, VERDICT_LABELS } from '../../../shared/pinjaman/ratios';
import { FONT_SIZE, gridLayout, headerRow, renderPdf } from '../pdf';
import type { ReportDoc } from '../types';
import {
  bpText,
  byDesa,
  classBoundsText,
  countCell,
  decimalsFor,
  type LoanReportContext,
  moneyCellWith,
  shareText,
  sumOf,
} from './common';
import { healthPdfContent } from './healthSection';
import { agingPdfContent, legendContent, loanListPdfContent, seriesPdfContent } from './kolekSections';

export const KOLEK_TITLE = 'Laporan Kolektibilitas dan Cadangan Penghapusan Pinjaman';

/** Everything the report prints, computed once (also what the XLSX writes). */
export interface KolektibilitasData {
  report: PortfolioReport;
  ratios: PortfolioRatios;
  /** Provision required minus provision booked, both office-wide: > 0 kekurangan, < 0 kelebihan. */
  provisionGap: number;
  /** True when the report covers one desa: the booked provision is the whole office's. */
  partial: boolean;
  /** The §6.5 health score: the whole office only (it uses the journal's figures). */
  health: HealthSheet | null;
  /** Month-end kolektibilitas over 24 months: the whole office only. */
  series: KolekSeries | null;
}

export function kolektibilitasData(
  report: PortfolioReport,
  ratios: PortfolioRatios,
  partial: boolean,
  health: HealthSheet | null = null,
  series: KolekSeries | null = null,
): KolektibilitasData {
  return {
    report,
    ratios,
    provisionGap: report.office.provision - report.provisionBooked,
    partial,
    health,
    series,
  };
}

const heading = (text: string): Content => ({ text, bold: true, margin: [0, 10, 0, 4] });

export function gapLabel(gap: number): string {
  if (gap > 0) return 'Kekurangan cadangan (wajib − dibukukan)';
  if (gap < 0) return 'Kelebihan cadangan (dibukukan − wajib)';
  return 'Selisih cadangan';
}

function ratioAmount(r: Ratio, n: number): string {
  return r.unit === 'kelompok'
    ? `${n.toLocaleString('id-ID')} kelompok`
    : formatRupiah(n, { decimals: 'auto' });
}

export function ratioRows(ratios: PortfolioRatios): Ratio[] {
  return [ratios.rr, ratios.par, ratios.lar, ratios.npl];
}

export function bandsText(r: Ratio): string {
  if (r.bands.length === 0) return 'Belum ada ambang';
  return r.bands.map((b) => `${b.label} ${VERDICT_LABELS[b.verdict].toLowerCase()}`).join('\n');
}

/** `scope`: what the report covers, e.g. `Desa Sukamaju`. */
function kolekContent(data: KolektibilitasData, scope: string): Content[] {
  const { report, ratios } = data;
  const t = report.totals;
  const decimals = decimalsFor([t.saldo, t.provision, report.provisionBooked, report.receivableInBooks]);
  const money = moneyCellWith(decimals);

  const classTable: TableCell[][] = [
    headerRow(['Kode', 'Kelas', `Batas (${CLASS_BASIS_UNITS[report.table.basis]})`, 'Cadangan', 'NPL']),
    ...report.table.classes.map((c): TableCell[] => [
      { text: c.code, alignment: 'center' },
      c.name,
      classBoundsText(c, report.table.basis),
      { text: bpText(c.provisionBp), alignment: 'right' },
      { text: c.npl ? 'Ya' : 'Tidak', alignment: 'center' },
    ]),
  ];

  const classRows: TableCell[][] = [
    headerRow([
      'Kelas',
      'Jumlah Pinjaman',
      'Saldo Pokok (Rp)',
      '% Saldo',
      'Cadangan (%)',
      'Cadangan Wajib (Rp)',
    ]),
    ...report.byClass.map((c): TableCell[] => [
      c.name,
      countCell(c.count),
      money(c.saldo),
      { text: shareText(c.saldo, t.saldo), alignment: 'right' },
      { text: bpText(c.provisionBp), alignment: 'right' },
      money(c.provision),
    ]),
    [
      { text: 'Jumlah', bold: true },
      countCell(t.count, true),
      money(t.saldo, { bold: true }),
      { text: t.saldo === 0 ? '–' : '100,00%', alignment: 'right', bold: true },
      '',
      money(t.provision, { bold: true }),
    ],
  ];

  const receivableGap = report.receivableInBooks - report.office.saldo;
  const provisionRows: TableCell[][] = [
    ['Cadangan penghapusan pinjaman yang wajib dibentuk, seluruh kantor', money(report.office.provision)],
    [
      'Cadangan penghapusan pinjaman yang sudah dibukukan di jurnal, seluruh kantor',
      money(report.provisionBooked),
    ],
    [{ text: gapLabel(data.provisionGap), bold: true }, money(Math.abs(data.provisionGap), { bold: true })],
    ['Piutang pinjaman menurut jurnal, seluruh kantor', money(report.receivableInBooks)],
    ['Saldo pokok menurut register pinjaman, seluruh desa', money(report.office.saldo)],
    [
      {
        text: `Jurnal dibanding register seluruh desa: ${receivableGap === 0 ? 'Sama' : 'Berbeda'}`,
        bold: true,
      },
      money(Math.abs(receivableGap), { bold: true }),
    ],
    ...(data.partial
      ? [
          [`Saldo pokok menurut register pinjaman, ${scope}`, money(t.saldo)],
          [`Cadangan yang wajib dibentuk, ${scope}`, money(t.provision)],
        ]
      : []),
  ];

  const desaRows: TableCell[][] = [
    headerRow(['Desa', 'Pinjaman', 'Saldo Pokok (Rp)', 'Saldo NPL (Rp)', '% NPL', 'Cadangan Wajib (Rp)']),
  ];
  const nplCodes = new Set(report.table.classes.filter((c) => c.npl).map((c) => c.code));
  for (const g of byDesa(report.rows)) {
    const saldo = sumOf(g.rows, (r) => r.saldo);
    const npl = sumOf(g.rows, (r) => (nplCodes.has(r.classCode) ? r.saldo : 0));
    desaRows.push([
      g.desaName,
      countCell(g.rows.length),
      money(saldo),
      money(npl, { zero: 'dash' }),
      { text: shareText(npl, saldo), alignment: 'right' },
      money(sumOf(g.rows, (r) => r.provision)),
    ]);
  }
  const nplTotal = ratios.npl.numerator;
  desaRows.push([
    { text: 'Jumlah', bold: true },
    countCell(t.count, true),
    money(t.saldo, { bold: true }),
    money(nplTotal, { bold: true, zero: 'dash' }),
    { text: shareText(nplTotal, t.saldo), alignment: 'right', bold: true },
    money(t.provision, { bold: true }),
  ]);

  const ratioTable: TableCell[][] = [
    headerRow(['Rasio dan Rumus', 'Perhitungan', 'Nilai', 'Ambang', 'Penilaian']),
    ...ratioRows(ratios).map((r): TableCell[] => [
      {
        stack: [
          { text: r.name, bold: true },
          { text: r.formula, fontSize: FONT_SIZE.small + 0.5 },
          { text: r.source, fontSize: FONT_SIZE.small, italics: true, color: '#444444' },
        ],
      },
      {
        text: `${ratioAmount(r, r.numerator)}\n÷ ${ratioAmount(r, r.denominator)}`,
        fontSize: FONT_SIZE.small + 0.5,
      },
      { text: ratioText(r.valueBp), alignment: 'right', bold: true, noWrap: true },
      { text: bandsText(r), fontSize: FONT_SIZE.small + 0.5 },
      { text: r.verdict ? VERDICT_LABELS[r.verdict] : '–', alignment: 'center', bold: true },
    ]),
  ];

  const content: Content[] = [
    heading('A. Tabel kolektibilitas yang dipakai'),
    {
      text: [
        { text: report.table.name, bold: true },
        ` — dasar penggolongan: ${CLASS_BASIS_LABELS[report.table.basis]}.`,
      ],
      margin: [0, 0, 0, 4],
      fontSize: FONT_SIZE.table + 0.5,
    },
    {
      table: { headerRows: 1, widths: [34, '*', 120, 56, 40], body: classTable },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    ...legendContent(report),
    heading('B. Kolektibilitas dan cadangan penghapusan yang wajib dibentuk'),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 50, 88, 48, 50, 88], body: classRows },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    heading('C. Cadangan menurut jurnal dan yang wajib dibentuk'),
    {
      table: { widths: ['*', 110], body: provisionRows },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
      unbreakable: true,
    },
  ];
  if (data.partial) {
    content.push({
      text: 'Jurnal tidak memisahkan piutang dan cadangan per desa: angka jurnal dibandingkan dengan register seluruh desa; saldo desa ini ditampilkan tersendiri.',
      italics: true,
      fontSize: FONT_SIZE.small + 0.5,
      margin: [0, 3, 0, 0],
    });
  }
  content.push(
    heading('D. Kolektibilitas per desa'),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 44, 84, 80, 44, 84], body: desaRows },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    heading('E. Rasio pinjaman'),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: ['*', 104, 44, 76, 54], body: ratioTable },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    {
      text: `NPL = ${ratioText(ratios.npl.valueBp)} dari saldo pokok. PAR dan LAR memakai tunggakan ≥ ${ratios.riskInstalments} angsuran pokok (tunggakan pokok ÷ angsuran pokok reguler, dibulatkan ke atas).`,
      fontSize: FONT_SIZE.small + 0.5,
      margin: [0, 4, 0, 0],
    },
  );
  if (data.health) content.push(...healthPdfContent(data.health));
  const letters = [...(data.health ? 'GHI' : 'FGH')];
  const nextLetter = () => letters.shift() as string;
  content.push(...agingPdfContent(report, nextLetter(), decimals));
  if (data.series) content.push(...seriesPdfContent(data.series, nextLetter(), decimals));
  content.push(...loanListPdfContent(report, nextLetter(), decimals));
  return content;
}

export function kolektibilitasDoc(data: KolektibilitasData, ctx: LoanReportContext): ReportDoc {
  const subtitle = [`Per ${formatTanggal(data.report.date)}`, ctx.scope];
  return {
    office: ctx.office,
    paper: ctx.paper,
    orientation: 'portrait',
    title: KOLEK_TITLE,
    subtitle,
    content: kolekContent(data, ctx.scope),
    signatures: ctx.signatures,
    info: { title: `${KOLEK_TITLE} — ${ctx.scope}`, subject: subtitle.join(' — ') },
    printedAt: ctx.printedAt,
  };
}

export async function kolektibilitasPdf(data: KolektibilitasData, ctx: LoanReportContext): Promise<Buffer> {
  return renderPdf(kolektibilitasDoc(data, ctx));
}
