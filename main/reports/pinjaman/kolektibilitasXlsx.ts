import { formatTanggal } from '../../../shared/format/date';
import { CLASS_BASIS_LABELS, classTableSourceText } from '../../../shared/pinjaman/kolektibilitas';
import { VERDICT_LABELS } from '../../../shared/pinjaman/ratios';
import { applySignatures, sheetTitleRows } from '../xlsx';
import {
  addSheet,
  byDesa,
  classBoundsText,
  type LoanReportContext,
  newWorkbook,
  rupiah,
  sheetHeader,
  sumOf,
  workbookBuffer,
  XLSX_MONEY,
  XLSX_PERCENT,
} from './common';
import { addHealthSheet } from './healthSection';
import { addAgingAndLoanSheets, addSeriesSheet } from './kolekSections';
import { bandsText, gapLabel, KOLEK_TITLE, type KolektibilitasData, ratioRows } from './kolektibilitas';

/** Two worksheets: "Kolektibilitas" (class table, classes, provision, per desa, signatures) and "Rasio". */
export async function kolektibilitasXlsx(data: KolektibilitasData, ctx: LoanReportContext): Promise<Buffer> {
  const { report, ratios } = data;
  const t = report.totals;
  const wb = await newWorkbook(`${KOLEK_TITLE} — ${ctx.scope}`);
  const ws = addSheet(wb, 'Kolektibilitas', 'portrait');
  const width = 6;
  [28, 14, 18, 12, 14, 18].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const titleLines = [
    ...(ctx.office ? [ctx.office.name.toUpperCase()] : []),
    KOLEK_TITLE.toUpperCase(),
    `Per ${formatTanggal(report.date)}`,
    ctx.scope,
  ];
  let next = sheetTitleRows(ws, titleLines, width) + 1;
  const section = (title: string) => {
    ws.getCell(next, 1).value = title;
    ws.getCell(next, 1).font = { bold: true };
    next += 1;
  };
  const put = (values: Array<string | number | null>, fmt: Record<number, string> = {}, bold = false) => {
    const row = ws.getRow(next);
    row.values = values;
    for (const [col, numFmt] of Object.entries(fmt)) row.getCell(Number(col)).numFmt = numFmt;
    if (bold) row.font = { bold: true };
    next += 1;
  };
  const money = { 3: XLSX_MONEY, 6: XLSX_MONEY };
  const pct = (part: number, whole: number) => (whole === 0 ? null : part / whole);

  section(`A. Tabel kolektibilitas: ${report.table.name} (dasar: ${CLASS_BASIS_LABELS[report.table.basis]})`);
  const source = classTableSourceText(report.table);
  sheetHeader(ws, next++, ['Kelas', 'Kode', 'Batas', 'Cadangan', 'NPL']);
  for (const c of report.table.classes) {
    put(
      [
        c.name,
        c.code,
        classBoundsText(c, report.table.basis),
        c.provisionBp / 10_000,
        c.npl ? 'Ya' : 'Tidak',
      ],
      {
        4: XLSX_PERCENT,
      },
    );
  }
  for (const text of [...(source ? [source] : []), ...report.warnings.map((w) => `Perhatian: ${w}`)])
    put([text]);
  next += 1;
  section('B. Kolektibilitas dan cadangan yang wajib dibentuk');
  sheetHeader(ws, next++, [
    'Kelas',
    'Jumlah Pinjaman',
    'Saldo Pokok',
    '% Saldo',
    'Cadangan (%)',
    'Cadangan Wajib',
  ]);
  const classFmt = { ...money, 4: XLSX_PERCENT, 5: XLSX_PERCENT };
  for (const c of report.byClass) {
    put(
      [c.name, c.count, rupiah(c.saldo), pct(c.saldo, t.saldo), c.provisionBp / 10_000, rupiah(c.provision)],
      classFmt,
    );
  }
  put(['Jumlah', t.count, rupiah(t.saldo), pct(t.saldo, t.saldo), null, rupiah(t.provision)], classFmt, true);
  next += 1;
  section('C. Cadangan menurut jurnal dan yang wajib dibentuk');
  const amountAt = { 6: XLSX_MONEY };
  const line = (label: string, sen: number, bold = false) =>
    put([label, null, null, null, null, rupiah(sen)], amountAt, bold);
  line('Cadangan yang wajib dibentuk, seluruh kantor', report.office.provision);
  line('Cadangan yang sudah dibukukan di jurnal, seluruh kantor', report.provisionBooked);
  line(gapLabel(data.provisionGap), Math.abs(data.provisionGap), true);
  line('Piutang pinjaman menurut jurnal, seluruh kantor', report.receivableInBooks);
  line('Saldo pokok menurut register pinjaman, seluruh desa', report.office.saldo);
  const receivableGap = report.receivableInBooks - report.office.saldo;
  line(
    `Jurnal dibanding register seluruh desa: ${receivableGap === 0 ? 'Sama' : 'Berbeda'}`,
    Math.abs(receivableGap),
    true,
  );
  if (data.partial) {
    line(`Saldo pokok menurut register pinjaman, ${ctx.scope}`, t.saldo);
    line(`Cadangan yang wajib dibentuk, ${ctx.scope}`, t.provision);
    put([
      'Jurnal tidak memisahkan piutang per desa: angka jurnal dibandingkan dengan register seluruh desa.',
    ]);
  }
  next += 1;
  section('D. Kolektibilitas per desa');
  sheetHeader(ws, next++, ['Desa', 'Pinjaman', 'Saldo Pokok', 'Saldo NPL', '% NPL', 'Cadangan Wajib']);
  const nplCodes = new Set(report.table.classes.filter((c) => c.npl).map((c) => c.code));
  const desaFmt = { 3: XLSX_MONEY, 4: XLSX_MONEY, 5: XLSX_PERCENT, 6: XLSX_MONEY };
  for (const g of byDesa(report.rows)) {
    const saldo = sumOf(g.rows, (r) => r.saldo);
    const npl = sumOf(g.rows, (r) => (nplCodes.has(r.classCode) ? r.saldo : 0));
    put(
      [
        g.desaName,
        g.rows.length,
        rupiah(saldo),
        rupiah(npl),
        pct(npl, saldo),
        rupiah(sumOf(g.rows, (r) => r.provision)),
      ],
      desaFmt,
    );
  }
  put(
    [
      'Jumlah',
      t.count,
      rupiah(t.saldo),
      rupiah(ratios.npl.numerator),
      pct(ratios.npl.numerator, t.saldo),
      rupiah(t.provision),
    ],
    desaFmt,
    true,
  );
  applySignatures(ws, ctx.signatures, width, next + 1);

  const rs = addSheet(wb, 'Rasio', 'landscape');
  [28, 70, 18, 18, 10, 26, 12].forEach((w, i) => {
    rs.getColumn(i + 1).width = w;
  });
  const head = sheetTitleRows(rs, ['RASIO PINJAMAN', `Per ${formatTanggal(report.date)}`, ctx.scope], 7) + 1;
  sheetHeader(rs, head, ['Rasio', 'Rumus', 'Pembilang', 'Penyebut', 'Nilai', 'Ambang', 'Penilaian']);
  for (const r of ratioRows(ratios)) {
    const row = rs.addRow([
      r.name,
      r.formula,
      r.unit === 'rupiah' ? rupiah(r.numerator) : r.numerator,
      r.unit === 'rupiah' ? rupiah(r.denominator) : r.denominator,
      r.valueBp === null ? null : r.valueBp / 10_000,
      bandsText(r).replace(/\n/g, '; '),
      r.verdict ? VERDICT_LABELS[r.verdict] : '–',
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    if (r.unit === 'rupiah') {
      row.getCell(3).numFmt = XLSX_MONEY;
      row.getCell(4).numFmt = XLSX_MONEY;
    }
    row.getCell(5).numFmt = XLSX_PERCENT;
  }
  if (data.health) addHealthSheet(wb, data.health, report.date, ctx.scope);
  addAgingAndLoanSheets(wb, report, ctx);
  if (data.series) addSeriesSheet(wb, data.series, ctx);
  return workbookBuffer(wb);
}
