import type ExcelJS from 'exceljs';
import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import { formatRupiah } from '../../../shared/format/money';
import {
  bandLabel,
  type HealthSheet,
  scoreText,
  verdictRuleText,
} from '../../../shared/pinjaman/healthScore';
import { ratioText } from '../../../shared/pinjaman/ratios';
import { FONT_SIZE, gridLayout, headerRow } from '../pdf';
import { sheetTitleRows } from '../xlsx';
import { addSheet, rupiah, sheetHeader, XLSX_MONEY, XLSX_PERCENT } from './common';

const verdictNote = (health: HealthSheet) =>
  `Skor ${verdictRuleText()}. Ambang dan skor: ${health.presetSource}.`;

const bandsOf = (r: HealthSheet['ratios'][number]) =>
  r.band ? `${bandLabel(r.band)} → ${scoreText(r.band.score)}` : '–';

/** The preset's oddities, printed as they are (never hidden). */
function anomalyContent(health: HealthSheet): Content[] {
  if (health.anomalies.length === 0) return [];
  return [
    {
      text: 'Catatan atas preset penilaian:',
      bold: true,
      fontSize: FONT_SIZE.small + 0.5,
      margin: [0, 2, 0, 1],
    },
    { ul: health.anomalies, fontSize: FONT_SIZE.small + 0.5, margin: [0, 0, 0, 4] },
  ];
}

/** Section F of the Laporan Kolektibilitas: the six ratios, the total and the amounts they use. */
export function healthPdfContent(health: HealthSheet): Content[] {
  const rows: TableCell[][] = [
    headerRow(['No', 'Rasio dan Rumus', 'Nilai', 'Ambang (skor)', 'Skor/Bobot']),
    ...health.ratios.map((r): TableCell[] => [
      { text: String(r.no), alignment: 'center' },
      {
        stack: [
          { text: r.name, bold: true },
          { text: r.formula, fontSize: FONT_SIZE.small + 0.5 },
        ],
      },
      { text: r.valueBp === null ? '–' : ratioText(r.valueBp), alignment: 'right', noWrap: true },
      { text: bandsOf(r), fontSize: FONT_SIZE.small + 0.5 },
      { text: `${scoreText(r.score)} / ${r.weight}`, alignment: 'right', noWrap: true },
    ]),
    [
      { text: '', border: [true, true, false, true] },
      { text: `Jumlah skor — ${health.label}`, bold: true, colSpan: 3 },
      {},
      {},
      { text: `${scoreText(health.total)} / 100`, bold: true, alignment: 'right', noWrap: true },
    ],
  ];
  const inputs: TableCell[][] = health.inputs.map((i) => [
    { text: i.source, fontSize: FONT_SIZE.small + 0.5 },
    { text: formatRupiah(i.amount), alignment: 'right', noWrap: true },
  ]);
  return [
    { text: `F. Penilaian kesehatan — ${health.preset}`, bold: true, margin: [0, 10, 0, 4] },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [22, '*', 50, 110, 54], body: rows },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
    },
    { text: verdictNote(health), fontSize: FONT_SIZE.small + 0.5, margin: [0, 3, 0, 4] },
    ...anomalyContent(health),
    {
      table: { widths: ['*', 110], body: inputs },
      layout: gridLayout,
      fontSize: FONT_SIZE.table,
      unbreakable: true,
    },
  ];
}

/** The same in a worksheet "Kesehatan". */
export function addHealthSheet(wb: ExcelJS.Workbook, health: HealthSheet, date: string, scope: string): void {
  const ws = addSheet(wb, 'Kesehatan', 'landscape');
  [6, 40, 70, 12, 26, 10, 10].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const head =
    sheetTitleRows(ws, ['PENILAIAN KESEHATAN', health.preset, `Per ${formatTanggal(date)}`, scope], 7) + 1;
  sheetHeader(ws, head, ['No', 'Rasio', 'Rumus', 'Nilai', 'Ambang (skor)', 'Skor', 'Bobot']);
  for (const r of health.ratios) {
    const row = ws.addRow([
      r.no,
      r.name,
      r.formula,
      r.valueBp === null ? null : r.valueBp / 10_000,
      bandsOf(r),
      r.score,
      r.weight,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(4).numFmt = XLSX_PERCENT;
  }
  const total = ws.addRow(['', `Jumlah skor — ${health.label}`, '', '', '', health.total, 100]);
  total.font = { bold: true };
  ws.addRow([]);
  for (const i of health.inputs) {
    const row = ws.addRow(['', i.source, '', rupiah(i.amount)]);
    row.getCell(4).numFmt = XLSX_MONEY;
  }
  ws.addRow(['', verdictNote(health)]);
  for (const a of health.anomalies) ws.addRow(['', a]);
}
