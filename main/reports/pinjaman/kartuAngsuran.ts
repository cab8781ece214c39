import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal, formatTanggalAngka } from '../../../shared/format/date';
import { formatRupiah, type Sen } from '../../../shared/format/money';
import { LOAN_STATUS_LABELS, type Loan } from '../../../shared/pinjaman/loans';
import { JASA_BASIS_LABELS } from '../../../shared/pinjaman/terms';
import { FONT_SIZE, gridLayout, headerRow, renderPdf } from '../pdf';
import type { ReportDoc } from '../types';
import { bpText, countCell, decimalsFor, type LoanReportContext, moneyCellWith } from './common';

export const KARTU_TITLE = 'Kartu Angsuran Pinjaman';

/** The loan and what the card prints beside it (read by the service). */
export interface KartuAngsuranData {
  loan: Loan;
  productName: string;
  kelompokKetua: string | null;
  /** Name of the class table the class comes from. */
  tableName: string;
}

export type InstalmentState = 'lunas' | 'sebagian' | 'menunggak' | 'belum';
const STATE_LABELS: Record<InstalmentState, string> = {
  lunas: 'Lunas',
  sebagian: 'Dibayar sebagian',
  menunggak: 'Menunggak',
  belum: 'Belum jatuh tempo',
};

export interface InstalmentLine {
  no: number;
  dueDate: string;
  pokok: Sen;
  jasa: Sen;
  paidPokok: Sen;
  paidJasa: Sen;
  /** Pokok + jasa of the instalment not yet covered. */
  outstanding: Sen;
  state: InstalmentState;
}

/**
 * Spreads what was paid by `asOf` (live repayments) over the instalments in due order, pokok and
 * jasa each cumulatively — the same rule as the arrears engine (shared/pinjaman/arrears.ts).
 */
export function instalmentLines(loan: Loan): InstalmentLine[] {
  const live = loan.repayments.filter((r) => !r.voided && r.date <= loan.asOf);
  let pokokLeft = live.reduce((s, r) => s + r.pokok, 0);
  let jasaLeft = live.reduce((s, r) => s + r.jasa, 0);
  return loan.schedule.map((i) => {
    const paidPokok = Math.min(i.pokok, Math.max(0, pokokLeft));
    const paidJasa = Math.min(i.jasa, Math.max(0, jasaLeft));
    pokokLeft -= paidPokok;
    jasaLeft -= paidJasa;
    const outstanding = i.pokok - paidPokok + i.jasa - paidJasa;
    let state: InstalmentState;
    if (outstanding === 0) state = 'lunas';
    else if (i.dueDate <= loan.asOf) state = 'menunggak';
    else if (paidPokok + paidJasa > 0) state = 'sebagian';
    else state = 'belum';
    return {
      no: i.no,
      dueDate: i.dueDate,
      pokok: i.pokok,
      jasa: i.jasa,
      paidPokok,
      paidJasa,
      outstanding,
      state,
    };
  });
}

function identity(data: KartuAngsuranData): Content {
  const { loan } = data;
  const t = loan.terms;
  const freq = t.frequency === 'bulanan' ? 'bulan' : 'minggu';
  const left: Array<[string, string]> = [
    ['Nomor pinjaman', loan.number],
    ['Kelompok', loan.kelompokName],
    ['Ketua kelompok', data.kelompokKetua ?? '–'],
    ['Desa', loan.desaName],
    ['Produk', `${data.productName} (${loan.productCode})`],
    ['Keputusan pendanaan', loan.decisionNumber ?? '–'],
  ];
  const right: Array<[string, string]> = [
    ['Alokasi (pokok cair)', formatRupiah(loan.amount, { decimals: 'auto' })],
    ['Tanggal cair', loan.disbursedOn ? formatTanggal(loan.disbursedOn) : 'Belum dicairkan'],
    ['Jasa', `${bpText(t.rateBp)} ${JASA_BASIS_LABELS[t.jasaBasis].toLowerCase()}`],
    ['Jangka waktu', `${t.tenor} angsuran (per ${freq})`],
    ['Status', LOAN_STATUS_LABELS[loan.status] + (loan.closedOn ? ` (${formatTanggal(loan.closedOn)})` : '')],
    ['Anggota', loan.members.length > 0 ? `${loan.members.length} orang` : '–'],
  ];
  // One table so the rows of both halves stay level when a value wraps.
  const cell = (text: string, bold = false): TableCell => ({ text, bold });
  return {
    table: {
      widths: [92, 6, '*', 92, 6, '*'],
      body: left.map(([k, v], i) => {
        const [k2, v2] = right[i] ?? ['', ''];
        return [cell(k), cell(':'), cell(v, k === 'Kelompok'), cell(k2), cell(k2 ? ':' : ''), cell(v2)];
      }),
    },
    layout: 'noBorders',
    fontSize: FONT_SIZE.table + 0.5,
  };
}

function scheduleTable(lines: InstalmentLine[], decimals: 'always' | 'never'): Content {
  const money = moneyCellWith(decimals);
  const body: TableCell[][] = [
    headerRow([
      'Ke',
      'Jatuh Tempo',
      'Pokok',
      'Jasa',
      'Jumlah',
      'Pokok Dibayar',
      'Jasa Dibayar',
      'Sisa',
      'Keterangan',
    ]),
  ];
  for (const l of lines) {
    const late = l.state === 'menunggak';
    body.push([
      { text: String(l.no), alignment: 'right' },
      { text: formatTanggalAngka(l.dueDate), noWrap: true },
      money(l.pokok),
      money(l.jasa),
      money(l.pokok + l.jasa),
      money(l.paidPokok, { zero: 'dash' }),
      money(l.paidJasa, { zero: 'dash' }),
      money(l.outstanding, { zero: 'dash', bold: late }),
      { text: STATE_LABELS[l.state], bold: late },
    ]);
  }
  const sum = (pick: (l: InstalmentLine) => number) => lines.reduce((s, l) => s + pick(l), 0);
  body.push([
    { text: 'Jumlah', colSpan: 2, bold: true },
    {},
    money(
      sum((l) => l.pokok),
      { bold: true },
    ),
    money(
      sum((l) => l.jasa),
      { bold: true },
    ),
    money(
      sum((l) => l.pokok + l.jasa),
      { bold: true },
    ),
    money(
      sum((l) => l.paidPokok),
      { bold: true },
    ),
    money(
      sum((l) => l.paidJasa),
      { bold: true },
    ),
    money(
      sum((l) => l.outstanding),
      { bold: true },
    ),
    '',
  ]);
  if (lines.length === 0) {
    body.splice(1, 0, [
      { text: 'Jadwal angsuran ditetapkan saat pencairan.', colSpan: 9, italics: true, alignment: 'center' },
      ...Array.from({ length: 8 }, () => ({})),
    ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [18, 46, '*', '*', '*', '*', '*', '*', 62], body },
    layout: gridLayout,
    fontSize: FONT_SIZE.table,
  };
}

function repaymentTable(loan: Loan, decimals: 'always' | 'never'): Content {
  const money = moneyCellWith(decimals);
  const shown = loan.repayments.filter((r) => r.date <= loan.asOf);
  const body: TableCell[][] = [
    headerRow(['No', 'Tanggal', 'No. Bukti', 'Pokok', 'Jasa', 'Denda', 'Jumlah', 'Sisa Pokok']),
  ];
  let saldo = loan.amount;
  shown.forEach((r, i) => {
    const struck = r.voided;
    if (!struck) saldo -= r.pokok;
    const bukti = r.bukti ?? (r.entryId === null ? 'register lama' : '–');
    body.push([
      { text: String(i + 1), alignment: 'right' },
      { text: formatTanggalAngka(r.date), noWrap: true },
      {
        text: struck
          ? [
              { text: bukti, decoration: 'lineThrough' },
              { text: ' (BATAL)', bold: true },
            ]
          : bukti,
        italics: r.entryId === null && !struck,
      },
      money(r.pokok, { struck, zero: 'dash' }),
      money(r.jasa, { struck, zero: 'dash' }),
      money(r.denda, { struck, zero: 'dash' }),
      money(r.pokok + r.jasa + r.denda, { struck }),
      money(saldo),
    ]);
  });
  const live = shown.filter((r) => !r.voided);
  const sum = (pick: (r: (typeof live)[number]) => number) => live.reduce((s, r) => s + pick(r), 0);
  if (shown.length === 0) {
    body.push([
      { text: 'Belum ada angsuran.', colSpan: 8, italics: true, alignment: 'center' },
      ...Array.from({ length: 7 }, () => ({})),
    ]);
  }
  body.push([
    { text: 'Jumlah', colSpan: 3, bold: true },
    {},
    {},
    money(
      sum((r) => r.pokok),
      { bold: true },
    ),
    money(
      sum((r) => r.jasa),
      { bold: true },
    ),
    money(
      sum((r) => r.denda),
      { bold: true },
    ),
    money(
      sum((r) => r.pokok + r.jasa + r.denda),
      { bold: true },
    ),
    money(saldo, { bold: true }),
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [18, 46, 80, '*', '*', '*', '*', '*'], body },
    layout: gridLayout,
    fontSize: FONT_SIZE.table,
  };
}

function positionTable(data: KartuAngsuranData, decimals: 'always' | 'never'): Content {
  const { loan } = data;
  const p = loan.position;
  const money = moneyCellWith(decimals);
  if (!p) return { text: 'Pinjaman belum dicairkan pada tanggal ini.', italics: true };
  const amounts: TableCell[][] = [
    headerRow(['Uraian', 'Pokok', 'Jasa']),
    ['Target', money(p.targetPokok), money(p.targetJasa)],
    ['Dibayar', money(p.paidPokok), money(p.paidJasa)],
    [
      { text: 'Tunggakan', bold: true },
      money(p.tunggakanPokok, { bold: true }),
      money(p.tunggakanJasa, { bold: true }),
    ],
  ];
  const facts: TableCell[][] = [
    [{ text: 'Sisa pokok (saldo)', bold: true }, money(Math.max(0, p.saldoPokok), { bold: true })],
    ['Denda dibayar', money(p.paidDenda)],
    ['Angsuran tertunggak', countCell(p.instalmentsInArrears)],
    [
      'Hari tunggakan',
      {
        text:
          p.oldestUnpaidDue === null
            ? '0'
            : `${p.daysPastDue.toLocaleString('id-ID')} (sejak ${formatTanggalAngka(p.oldestUnpaidDue)})`,
        alignment: 'right',
      },
    ],
    [
      { text: 'Kolektibilitas', bold: true },
      { text: loan.kolek?.name ?? '–', alignment: 'right', bold: true },
    ],
  ];
  return {
    stack: [
      {
        columns: [
          { width: '*', table: { widths: ['*', 72, 72], body: amounts }, layout: gridLayout },
          { width: '*', table: { widths: ['*', 100], body: facts }, layout: gridLayout },
        ],
        columnGap: 12,
        fontSize: FONT_SIZE.table,
      },
      {
        text: `Target dan dibayar s.d. ${formatTanggal(loan.asOf)}. Kolektibilitas menurut tabel "${data.tableName}".`,
        fontSize: FONT_SIZE.small + 0.5,
        italics: true,
        margin: [0, 3, 0, 0],
      },
    ],
    unbreakable: true,
  };
}

export function kartuAngsuranDoc(data: KartuAngsuranData, ctx: LoanReportContext): ReportDoc {
  const { loan } = data;
  const lines = instalmentLines(loan);
  const amounts: Sen[] = [loan.amount];
  for (const l of lines) amounts.push(l.pokok, l.jasa);
  for (const r of loan.repayments) amounts.push(r.pokok, r.jasa, r.denda);
  const decimals = decimalsFor(amounts);
  const heading = (text: string): Content => ({ text, bold: true, margin: [0, 8, 0, 3] });
  const content: Content[] = [
    identity(data),
    heading('A. Jadwal dan realisasi per angsuran'),
    scheduleTable(lines, decimals),
    heading('B. Angsuran yang diterima'),
    repaymentTable(loan, decimals),
  ];
  if (loan.migrated) {
    content.push({
      text: 'Pinjaman ini diambil alih dari register lama; angsuran bertanda "register lama" tidak dijurnal di aplikasi ini.',
      italics: true,
      fontSize: FONT_SIZE.small + 0.5,
      margin: [0, 3, 0, 0],
    });
  }
  content.push(heading(`C. Posisi per ${formatTanggal(loan.asOf)}`), positionTable(data, decimals));
  const subtitle = [`${loan.kelompokName} – ${loan.number}`, `Per ${formatTanggal(loan.asOf)}`];
  return {
    office: ctx.office,
    paper: ctx.paper,
    orientation: 'portrait',
    title: KARTU_TITLE,
    subtitle,
    content,
    signatures: ctx.signatures,
    info: { title: `${KARTU_TITLE} ${loan.number}`, subject: subtitle.join(' — ') },
    printedAt: ctx.printedAt,
  };
}

export async function kartuAngsuranPdf(data: KartuAngsuranData, ctx: LoanReportContext): Promise<Buffer> {
  return renderPdf(kartuAngsuranDoc(data, ctx));
}
