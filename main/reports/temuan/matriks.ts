import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal, formatTanggalAngka } from '../../../shared/format/date';
import type { Sen } from '../../../shared/format/money';
import {
  FINDING_STATUS_CODES,
  formatRecovery,
  type RecoveryLine,
  recoveryBp,
  type TrackedFinding,
} from '../../../shared/temuan/temuan';
import type { MatrixData } from '../../temuan/findingMatrix';
import { FONT_SIZE, gridLayout, headerRow, moneyCell, renderPdf } from '../pdf';
import {
  addSheet,
  newWorkbook,
  rupiah,
  sheetHeader,
  workbookBuffer,
  XLSX_MONEY,
  XLSX_PERCENT,
} from '../pinjaman/common';
import type { OfficeProfile, PaperSize, SignatureBlock } from '../types';
import { applySignatures, excelDate, sheetTitleRows } from '../xlsx';

export const MATRIKS_TITLE = 'Matriks Tindak Lanjut Temuan';

export interface MatrixContext {
  office: OfficeProfile | null;
  paper: PaperSize;
  signatures: SignatureBlock;
  printedAt?: Date;
}

/** `12 hari lagi`, `hari ini`, `terlambat 5 hari`; `–` once closed. */
export function daysText(f: Pick<TrackedFinding, 'daysLeft'>): string {
  if (f.daysLeft === null) return '–';
  if (f.daysLeft === 0) return 'hari ini';
  return f.daysLeft > 0 ? `${f.daysLeft} hari lagi` : `terlambat ${-f.daysLeft} hari`;
}

function documentLabel(f: TrackedFinding): string {
  return `${f.sourceNumber ?? '-'}\n${f.sourceLabel}`;
}

const money = (sen: Sen, bold = false): TableCell => moneyCell(sen, { decimals: 'never', bold });

function findingsTable(data: MatrixData): Content {
  const body: TableCell[][] = [
    headerRow([
      'No',
      'Dokumen',
      'Temuan',
      'Rekomendasi',
      'PIC',
      'Batas waktu',
      'Status',
      'Nilai rekomendasi',
      'Disetor',
      'Sisa',
      '% pulih',
      'Hari',
    ]),
  ];
  data.findings.forEach((f, i) => {
    body.push([
      { text: String(i + 1), alignment: 'right' },
      { text: documentLabel(f) },
      { text: `No. ${f.number}${f.library ? ` [${f.library.code}]` : ''}: ${f.kondisi}` },
      { text: f.rekomendasi },
      { text: f.pic ?? '-' },
      { text: formatTanggalAngka(f.deadline), noWrap: true },
      { text: FINDING_STATUS_CODES[f.status], alignment: 'center', bold: true },
      money(f.recommendedAmount),
      money(f.deposited),
      money(f.remaining),
      {
        text: formatRecovery(recoveryBp(f.recommendedAmount, f.deposited)),
        alignment: 'right',
        noWrap: true,
      },
      { text: daysText(f) },
    ]);
  });
  const t = data.recovery.total;
  body.push([
    { text: 'Jumlah', colSpan: 7, bold: true },
    {},
    {},
    {},
    {},
    {},
    {},
    money(t.recommended, true),
    money(t.deposited, true),
    money(t.remaining, true),
    { text: formatRecovery(t.recoveryBp), alignment: 'right', bold: true, noWrap: true },
    { text: '' },
  ]);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [14, 70, '*', '*', 50, 44, 28, 58, 52, 52, 34, 50],
      body,
    },
    layout: gridLayout,
    fontSize: FONT_SIZE.table,
  };
}

function recoveryTable(title: string, lines: RecoveryLine[]): Content {
  return {
    stack: [
      { text: title, bold: true, margin: [0, 10, 0, 4] },
      {
        table: {
          headerRows: 1,
          widths: ['*', 40, 80, 80, 80, 50],
          body: [
            headerRow(['', 'Temuan', 'Nilai rekomendasi', 'Disetor', 'Sisa', '% pemulihan']),
            ...lines.map((l): TableCell[] => [
              { text: l.label },
              { text: String(l.findings), alignment: 'right' },
              money(l.recommended),
              money(l.deposited),
              money(l.remaining),
              { text: formatRecovery(l.recoveryBp), alignment: 'right' },
            ]),
          ],
        },
        layout: gridLayout,
        fontSize: FONT_SIZE.table,
      },
    ],
    unbreakable: lines.length < 20,
  };
}

function statusLegend(): Content {
  return {
    text: 'Status: S = sesuai rekomendasi; BS = belum sesuai/dalam proses; BD = belum ditindaklanjuti; TDTD = tidak dapat ditindaklanjuti.',
    fontSize: FONT_SIZE.small,
    margin: [0, 4, 0, 0],
  };
}

export function matriksPdf(data: MatrixData, ctx: MatrixContext): Promise<Buffer> {
  const subtitle = [`Keadaan per ${formatTanggal(data.asOf)}`, data.scope];
  return renderPdf({
    office: ctx.office,
    paper: ctx.paper,
    orientation: 'landscape',
    title: MATRIKS_TITLE,
    subtitle,
    content: [
      data.findings.length === 0
        ? { text: 'Belum ada temuan dari dokumen yang sudah final.', italics: true }
        : findingsTable(data),
      statusLegend(),
      recoveryTable('Pemulihan per sumber', data.recovery.bySource),
      recoveryTable('Pemulihan per desa', data.recovery.byDesa),
    ],
    signatures: ctx.signatures,
    info: { title: MATRIKS_TITLE, subject: subtitle.join(' — ') },
    printedAt: ctx.printedAt,
  });
}

export async function matriksXlsx(data: MatrixData, ctx: MatrixContext): Promise<Buffer> {
  const wb = await newWorkbook(MATRIKS_TITLE);
  const ws = addSheet(wb, 'Matriks', 'landscape');
  const widths = [5, 22, 50, 40, 18, 12, 8, 16, 16, 16, 10, 16];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const titleLines = [
    ...(ctx.office ? [ctx.office.name.toUpperCase()] : []),
    MATRIKS_TITLE.toUpperCase(),
    `Keadaan per ${formatTanggal(data.asOf)}`,
    data.scope,
  ];
  let next = sheetTitleRows(ws, titleLines, widths.length) + 1;
  sheetHeader(ws, next++, [
    'No',
    'Dokumen',
    'Temuan',
    'Rekomendasi',
    'PIC',
    'Batas waktu',
    'Status',
    'Nilai rekomendasi',
    'Disetor',
    'Sisa',
    '% pulih',
    'Hari',
  ]);
  const pct = (l: { recommended: Sen; deposited: Sen }) => {
    const bp = recoveryBp(l.recommended, l.deposited);
    return bp === null ? null : bp / 10_000;
  };
  data.findings.forEach((f, i) => {
    const row = ws.getRow(next++);
    row.values = [
      i + 1,
      `${f.sourceNumber ?? '-'} ${f.sourceLabel}`,
      `No. ${f.number}${f.library ? ` [${f.library.code}]` : ''}: ${f.kondisi}`,
      f.rekomendasi,
      f.pic ?? '-',
      excelDate(f.deadline),
      FINDING_STATUS_CODES[f.status],
      rupiah(f.recommendedAmount),
      rupiah(f.deposited),
      rupiah(f.remaining),
      pct({ recommended: f.recommendedAmount, deposited: f.deposited }),
      daysText(f),
    ];
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(6).numFmt = 'dd/mm/yyyy';
    for (const c of [8, 9, 10]) row.getCell(c).numFmt = XLSX_MONEY;
    row.getCell(11).numFmt = XLSX_PERCENT;
  });
  const t = data.recovery.total;
  const total = ws.getRow(next++);
  total.values = [
    'Jumlah',
    null,
    null,
    null,
    null,
    null,
    null,
    rupiah(t.recommended),
    rupiah(t.deposited),
    rupiah(t.remaining),
    pct(t),
  ];
  total.font = { bold: true };
  for (const c of [8, 9, 10]) total.getCell(c).numFmt = XLSX_MONEY;
  total.getCell(11).numFmt = XLSX_PERCENT;
  next += 1;
  for (const [title, lines] of [
    ['Pemulihan per sumber', data.recovery.bySource],
    ['Pemulihan per desa', data.recovery.byDesa],
  ] as const) {
    ws.getCell(next++, 1).value = title;
    ws.getCell(next - 1, 1).font = { bold: true };
    for (const l of lines) {
      const row = ws.getRow(next++);
      row.values = [
        null,
        l.label,
        `${l.findings} temuan`,
        null,
        null,
        null,
        null,
        rupiah(l.recommended),
        rupiah(l.deposited),
        rupiah(l.remaining),
        pct(l),
      ];
      for (const c of [8, 9, 10]) row.getCell(c).numFmt = XLSX_MONEY;
      row.getCell(11).numFmt = XLSX_PERCENT;
    }
    next += 1;
  }
  applySignatures(ws, ctx.signatures, widths.length, next + 1);
  return workbookBuffer(wb);
}
