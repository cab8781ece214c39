import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatJam, formatTanggal, formatTanggalAngka, tanggalDalamKata } from '../../shared/format/date';
import { formatRupiah, type Sen } from '../../shared/format/money';
import { terbilangRupiah } from '../../shared/format/terbilang';
import type { PaperSize } from '../../shared/office/profile';
import {
  type BankPart,
  type CashPart,
  type CountLine,
  EXPLANATION_LABELS,
  type Examination,
  type ExamType,
  NON_CASH_LABELS,
  type ObservationAnswer,
  type Party,
  RECON_RULES,
  STATEMENT_SOURCE_LABELS,
} from '../../shared/pemeriksaan/pemeriksaan';
import type { ExamSnapshot } from '../pemeriksaan/examFinalise';
import { kesepakatanPart, reviewFooter } from './baKesepakatan';
import {
  BA_BODY as BODY,
  type ColonRow,
  colonItem,
  introducedTable,
  justifiedRuns,
  paragraph,
  plainLayout,
  SMALL_TABLE_ROWS,
  section,
  BA_TABLE as TABLE,
  unbreakable,
  verificationPayload,
  withBodySize,
} from './baText';
import { loanLampiranBody } from './beritaAcaraPinjaman';
import { gridLayout, headerRow, moneyText, renderPdf, signerTable } from './pdf';
import type { ReportDoc, Signer } from './types';

/**
 * Berita Acara Pemeriksaan Kas (DOMAIN §4.6, §8.2) with Lampiran I (rincian pecahan) and Lampiran II
 * (rekonsiliasi bank), built from the snapshot frozen at finalisation and nothing else: a reprint is
 * the same document, only the print time in the footer differs.
 */

export interface BeritaAcaraOptions {
  /** Footer print moment and PDF creation date (default now). */
  printedAt?: Date;
}

export const BA_TITLE = 'Berita Acara Pemeriksaan Kas';

export { justifiedRuns, verificationPayload };

// ---------------------------------------------------------------------------------------------
// Sizes and small layouts
// ---------------------------------------------------------------------------------------------

const AMOUNT_WIDTH = 84;
const MUTED = '#555555';
const RP_WIDTH = 16;

type Decimals = 'always' | 'never';

interface Ctx {
  exam: Examination;
  decimals: Decimals;
  /** `31 Juli 2025 pukul 10.00 WIB`. */
  instant: string;
}

function amounts(exam: Examination): Sen[] {
  const all: Sen[] = [exam.totals.bookCashAndBank, exam.totals.examinedCashAndBank];
  for (const c of exam.cash) {
    all.push(c.book.opening, c.book.receipts, c.book.payments, c.book.balance, c.physical, c.difference);
    all.push(...c.counts.map((l) => l.subtotal), ...c.nonCash.map((n) => n.amount));
    all.push(...c.explanations.map((e) => e.amount), c.explained, c.unexplained);
  }
  for (const b of exam.banks) {
    all.push(b.bookBalance, b.adjustedBook, b.adjustedBank ?? 0, b.statement?.balance ?? 0);
    all.push(...b.items.map((i) => i.amount));
  }
  all.push(...exam.findings.map((f) => f.amount));
  return all;
}

/** Whole rupiah print without `,00`; once one amount has sen, every amount shows two decimals. */
function decimalsOf(exam: Examination): Decimals {
  return amounts(exam).some((a) => a % 100 !== 0) ? 'always' : 'never';
}

function num(ctx: Ctx, sen: Sen): string {
  return moneyText(sen, { decimals: ctx.decimals });
}

/** `Rp7.945.500` in running text. */
function rp(ctx: Ctx, sen: Sen): string {
  return formatRupiah(sen, { decimals: ctx.decimals === 'always' ? 'always' : 'auto' });
}

function countText(n: number): string {
  if (n === 0) return '-';
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `lebih` / `kurang` / `sesuai` for a signed difference (examined − book). */
function direction(sen: Sen): 'lebih' | 'kurang' | 'sesuai' {
  return sen === 0 ? 'sesuai' : sen > 0 ? 'lebih' : 'kurang';
}

/** `50.000 kurang`, `799.500 lebih`, `-` for nothing. */
function differenceText(ctx: Ctx, sen: Sen): string {
  return sen === 0 ? '-' : `${num(ctx, Math.abs(sen))} ${direction(sen)}`;
}

// ---------------------------------------------------------------------------------------------
// Colon-aligned lists (people, findings)
// ---------------------------------------------------------------------------------------------

function partyRows(p: Party): ColonRow[] {
  const rows: ColonRow[] = [
    { label: 'Nama', value: p.name, bold: true },
    { label: 'Jabatan', value: p.position },
  ];
  // NIP only when present (DOMAIN §8.2: never "NIP. -").
  if (p.nip) rows.push({ label: 'NIP', value: p.nip });
  return rows;
}

const PARTY_LABEL_WIDTH = 52;

function partyList(parties: Party[], numbered: boolean): Content[] {
  return parties.map((p, i) => colonItem(numbered ? `${i + 1}.` : '', partyRows(p), PARTY_LABEL_WIDTH, 10));
}

// ---------------------------------------------------------------------------------------------
// Amount calculations (A, B, C)
// ---------------------------------------------------------------------------------------------

interface CalcRow {
  label: string;
  amount: Sen | null;
  /** Printed text instead of the amount (e.g. `Nihil`). */
  text?: string;
  bold?: boolean;
  /** Rule above the amount: the row is a total of the rows above. */
  total?: boolean;
}

/** `Label ……… Rp  12.450.000` rows, amounts right-aligned in one column. */
function calcTable(ctx: Ctx, rows: CalcRow[], indent = 14): Content {
  const body: TableCell[][] = rows.map((r) => {
    const border: [boolean, boolean, boolean, boolean] = [false, r.total ?? false, false, false];
    const shown = r.text ?? (r.amount === null ? '' : r.amount === 0 ? '-' : num(ctx, r.amount));
    return [
      { text: r.label, bold: r.bold ?? false },
      { text: r.amount === null && r.text === undefined ? '' : 'Rp', border, bold: r.bold ?? false },
      { text: shown, alignment: 'right', noWrap: true, border, bold: r.bold ?? false },
    ];
  });
  return {
    table: { widths: ['*', RP_WIDTH, AMOUNT_WIDTH], body, dontBreakRows: true },
    layout: plainLayout,
    margin: [indent, 0, 0, 4],
  };
}

function accountLine(text: string): Content {
  return { text, decoration: 'underline', margin: [14, 2, 0, 2] };
}

function cashLabel(c: CashPart): string {
  return `${c.accountName} (${c.accountCode})`;
}

// ---------------------------------------------------------------------------------------------
// Opening
// ---------------------------------------------------------------------------------------------

const TYPE_PHRASE: Record<ExamType, string> = {
  rutin: 'secara rutin',
  mendadak: 'secara mendadak (tanpa pemberitahuan sebelumnya)',
  serah_terima: 'dalam rangka serah terima jabatan',
  tutup_buku: 'dalam rangka tutup buku',
};

function opening(ctx: Ctx, place: string): Content[] {
  const { exam } = ctx;
  const k = tanggalDalamKata(exam.date);
  const out: Content[] = [
    paragraph(
      `Pada hari ini ${k.hari} tanggal ${k.tanggal} bulan ${k.bulan} tahun ${k.tahun} ` +
        `(${formatTanggalAngka(exam.date, '-')}), pukul ${formatJam(exam.time, exam.zone)}, bertempat di ${place}, ` +
        'kami yang bertanda tangan di bawah ini:',
      [0, 4, 0, 4],
    ),
    ...partyList(exam.examiners, true),
  ];
  const what = exam.banks.length > 0 ? 'kas dan bank' : 'kas';
  const basis = exam.basis ? `berdasarkan ${exam.basis}, ` : '';
  out.push(
    paragraph(
      `${basis}selanjutnya disebut Yang Memeriksa, telah melakukan pemeriksaan ${what} ${TYPE_PHRASE[exam.type]} terhadap:`,
      [0, 2, 0, 4],
    ),
    ...partyList([exam.examined], false),
  );
  if (exam.acknowledgers.length > 0) {
    out.push(
      paragraph(
        'selaku pemegang kas, selanjutnya disebut Yang Diperiksa, dengan disaksikan dan diketahui oleh:',
        [0, 2, 0, 4],
      ),
      ...partyList(exam.acknowledgers, exam.acknowledgers.length > 1),
    );
  } else {
    out.push(paragraph('selaku pemegang kas, selanjutnya disebut Yang Diperiksa.', [0, 2, 0, 4]));
  }
  out.push(
    paragraph(
      `Pemeriksaan dilakukan atas keadaan kas${exam.banks.length > 0 ? ' dan bank' : ''} per ${ctx.instant}, ` +
        'setelah buku kas ditutup, dengan hasil sebagai berikut:',
      [0, 4, 0, 0],
    ),
  );
  return out;
}

// ---------------------------------------------------------------------------------------------
// A–E: results
// ---------------------------------------------------------------------------------------------

function sectionA(ctx: Ctx): Content[] {
  const until = ctx.instant;
  const blocks = ctx.exam.cash.map((c) => {
    const from = formatTanggal(c.book.periodStart);
    return unbreakable([
      accountLine(`${cashLabel(c)}, periode ${from} s.d. ${until}`),
      calcTable(ctx, [
        { label: `Saldo awal per ${from}`, amount: c.book.opening },
        { label: 'Ditambah: penerimaan kas periode ini', amount: c.book.receipts },
        { label: 'Dikurangi: pengeluaran kas periode ini', amount: c.book.payments },
        { label: `Saldo kas menurut buku per ${until}`, amount: c.book.balance, bold: true, total: true },
      ]),
      {
        text: `Nomor bukti terakhir yang dibukukan: ${c.book.lastBukti ?? 'belum ada transaksi'}.`,
        margin: [14, 0, 0, 2],
      },
    ]);
  });
  return section('A. SALDO KAS MENURUT BUKU', blocks);
}

function nonCashTable(ctx: Ctx, c: CashPart): Content {
  const body: TableCell[][] = [headerRow(['No', 'Jenis', 'Keterangan', 'Nilai (Rp)'])];
  c.nonCash.forEach((n, i) => {
    body.push([
      { text: `${i + 1}.`, alignment: 'right' },
      { text: NON_CASH_LABELS[n.kind] },
      { text: n.description },
      { text: num(ctx, n.amount), alignment: 'right', noWrap: true },
    ]);
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [20, 110, '*', AMOUNT_WIDTH - 10], body },
    layout: gridLayout,
    fontSize: TABLE,
    margin: [14, 2, 0, 4],
  };
}

function terbilangLine(sen: Sen, indent = 14): Content {
  return {
    text: [{ text: 'Terbilang: ' }, { text: terbilangRupiah(sen, { wrap: true }), bold: true }],
    margin: [indent, 0, 0, 4],
  };
}

function sectionB(ctx: Ctx): Content[] {
  const blocks: Content[] = [];
  for (const c of ctx.exam.cash) {
    blocks.push(
      unbreakable([
        accountLine(cashLabel(c)),
        calcTable(ctx, [
          { label: 'Uang kertas', amount: c.totalKertas },
          { label: 'Uang logam', amount: c.totalLogam },
          { label: 'Jumlah kas fisik', amount: c.physical, bold: true, total: true },
        ]),
        terbilangLine(c.physical),
        { text: 'Rincian pecahan uang terdapat pada Lampiran I.', margin: [14, 0, 0, 2] },
      ]),
    );
    if (c.nonCash.length > 0) {
      blocks.push(
        ...introducedTable(
          paragraph(
            'Di dalam kas juga terdapat barang/dokumen bukan uang tunai berikut, yang tidak dihitung ' +
              'sebagai kas fisik:',
            [14, 2, 0, 2],
          ),
          nonCashTable(ctx, c),
          c.nonCash.length,
        ),
      );
    }
  }
  return section('B. KAS FISIK (UANG TUNAI)', blocks);
}

function explanationTable(ctx: Ctx, c: CashPart): Content {
  const body: TableCell[][] = [headerRow(['No', 'Penjelasan', 'Jumlah (Rp)', 'Sifat'])];
  c.explanations.forEach((e, i) => {
    body.push([
      { text: `${i + 1}.`, alignment: 'right' },
      { text: [{ text: EXPLANATION_LABELS[e.code], bold: true }, { text: `\n${e.description}` }] },
      { text: num(ctx, Math.abs(e.amount)), alignment: 'right', noWrap: true },
      { text: direction(e.amount), alignment: 'center' },
    ]);
  });
  const total = (label: string, sen: Sen): TableCell[] => [
    { text: label, colSpan: 2, bold: true },
    {},
    { text: sen === 0 ? 'Nihil' : num(ctx, Math.abs(sen)), alignment: 'right', noWrap: true, bold: true },
    { text: sen === 0 ? '' : direction(sen), alignment: 'center', bold: true },
  ];
  body.push(total('Jumlah selisih yang dijelaskan', c.explained));
  body.push(total('Sisa selisih yang belum dapat dijelaskan', c.unexplained));
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [20, '*', AMOUNT_WIDTH - 10, 44], body },
    layout: gridLayout,
    fontSize: TABLE,
    margin: [14, 2, 0, 4],
  };
}

function sectionC(ctx: Ctx): Content[] {
  const blocks: Content[] = [];
  for (const c of ctx.exam.cash) {
    const status = direction(c.difference);
    blocks.push(
      unbreakable([
        accountLine(cashLabel(c)),
        calcTable(ctx, [
          { label: 'Kas fisik (B)', amount: c.physical },
          { label: 'Saldo kas menurut buku (A)', amount: c.book.balance },
          c.difference === 0
            ? { label: 'Selisih kas', amount: null, text: 'Nihil', bold: true, total: true }
            : { label: `Selisih kas (${status})`, amount: Math.abs(c.difference), bold: true, total: true },
        ]),
        paragraph(
          c.difference === 0
            ? 'Kas fisik sesuai dengan saldo kas menurut buku (selisih nihil).'
            : `Kas fisik ${status} ${rp(ctx, Math.abs(c.difference))} dibandingkan saldo kas menurut buku.`,
          [14, 0, 0, 2],
        ),
      ]),
    );
    if (c.explanations.length > 0) {
      blocks.push(
        ...introducedTable(
          { text: 'Penjelasan atas selisih:', margin: [14, 2, 0, 2] },
          explanationTable(ctx, c),
          c.explanations.length + 2,
        ),
      );
    }
    if (c.difference !== 0 && c.unexplained === 0) {
      blocks.push(
        paragraph('Seluruh selisih kas telah dapat dijelaskan; sisa selisih nihil.', [14, 0, 0, 2]),
      );
    } else if (c.unexplained !== 0) {
      blocks.push(
        paragraph(
          `Sisa selisih sebesar ${rp(ctx, Math.abs(c.unexplained))} (${direction(c.unexplained)}) belum dapat ` +
            `dijelaskan${ctx.exam.unexplainedAcknowledged ? ' dan telah diakui oleh Yang Diperiksa' : ''}; ` +
            'tindak lanjutnya dimuat dalam temuan.',
          [14, 0, 0, 2],
        ),
      );
    }
  }
  return section('C. SELISIH KAS', blocks);
}

function statementLine(b: BankPart): string {
  if (!b.statement) return 'Rekening koran: belum ada';
  return `${STATEMENT_SOURCE_LABELS[b.statement.source]} per ${formatTanggalAngka(b.statement.date)}`;
}

function sectionD(ctx: Ctx): Content[] {
  const { exam } = ctx;
  const title = 'D. SALDO BANK';
  if (exam.banks.length === 0) {
    return section(title, [paragraph('Tidak ada rekening bank yang diperiksa.', [14, 0, 0, 2])]);
  }
  const body: TableCell[][] = [
    headerRow([
      'No',
      'Rekening',
      'Menurut buku (Rp)',
      'Menurut rekening koran (Rp)',
      'Disesuaikan (Rp)',
      'Ket.',
    ]),
  ];
  exam.banks.forEach((b, i) => {
    const diff = (b.adjustedBank ?? 0) - b.adjustedBook;
    body.push([
      { text: `${i + 1}.`, alignment: 'right' },
      {
        stack: [
          { text: b.accountName, bold: true },
          ...(b.bankLabel ? [{ text: b.bankLabel }] : []),
          { text: statementLine(b), fontSize: 8, color: '#444444' },
        ],
      },
      { text: num(ctx, b.bookBalance), alignment: 'right', noWrap: true },
      { text: b.statement ? num(ctx, b.statement.balance) : '-', alignment: 'right', noWrap: true },
      b.reconciled || b.adjustedBank === null
        ? { text: num(ctx, b.adjustedBook), alignment: 'right', noWrap: true }
        : {
            stack: [
              { text: `A' ${num(ctx, b.adjustedBank)}`, noWrap: true },
              { text: `B' ${num(ctx, b.adjustedBook)}`, noWrap: true },
            ],
            alignment: 'right',
          },
      b.reconciled
        ? { text: 'Sesuai', alignment: 'center' }
        : {
            text:
              b.adjustedBank === null ? 'Belum ada rekening koran' : `Selisih ${num(ctx, Math.abs(diff))}`,
          },
    ]);
  });
  const sum = (f: (b: BankPart) => Sen) => exam.banks.reduce((s, b) => s + f(b), 0);
  body.push([
    { text: 'Jumlah', colSpan: 2, bold: true },
    {},
    {
      text: num(
        ctx,
        sum((b) => b.bookBalance),
      ),
      alignment: 'right',
      noWrap: true,
      bold: true,
    },
    {
      text: num(
        ctx,
        sum((b) => b.statement?.balance ?? 0),
      ),
      alignment: 'right',
      noWrap: true,
      bold: true,
    },
    {
      text: num(
        ctx,
        sum((b) => b.adjustedBank ?? b.adjustedBook),
      ),
      alignment: 'right',
      noWrap: true,
      bold: true,
    },
    { text: '' },
  ]);
  return section(
    title,
    [
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [16, '*', 66, 66, 66, 42], body },
        layout: gridLayout,
        fontSize: TABLE,
        margin: [14, 0, 0, 4],
      },
      paragraph(
        `Saldo menurut buku per ${ctx.instant}. Saldo disesuaikan adalah hasil rekonsiliasi kedua sisi ` +
          "(saldo bank disesuaikan A' dan saldo buku disesuaikan B'); rinciannya terdapat pada Lampiran II.",
        [14, 0, 0, 2],
      ),
    ],
    exam.banks.length <= SMALL_TABLE_ROWS / 3,
  );
}

function sectionE(ctx: Ctx): Content[] {
  const { exam } = ctx;
  const body: TableCell[][] = [
    headerRow(['Uraian', 'Menurut buku (Rp)', 'Menurut pemeriksaan (Rp)', 'Selisih (Rp)']),
  ];
  const row = (label: string, book: Sen, examined: Sen, bold = false): TableCell[] => [
    { text: label, bold },
    { text: num(ctx, book), alignment: 'right', noWrap: true, bold },
    { text: num(ctx, examined), alignment: 'right', noWrap: true, bold },
    { text: differenceText(ctx, examined - book), alignment: 'right', noWrap: true, bold },
  ];
  for (const c of exam.cash) body.push(row(`Kas: ${c.accountName}`, c.book.balance, c.physical));
  for (const b of exam.banks) {
    body.push(row(`Bank: ${b.accountName}`, b.bookBalance, b.adjustedBank ?? b.statement?.balance ?? 0));
  }
  body.push(row('Jumlah kas dan bank', exam.totals.bookCashAndBank, exam.totals.examinedCashAndBank, true));
  return section(
    'E. REKAPITULASI KAS DAN BANK',
    [
      {
        table: { headerRows: 1, dontBreakRows: true, widths: ['*', 78, 88, 84], body },
        layout: gridLayout,
        fontSize: TABLE,
        margin: [14, 0, 0, 4],
      },
      paragraph(
        'Menurut pemeriksaan: kas fisik ditambah saldo bank disesuaikan. Selisih bank adalah penyesuaian ' +
          'pada sisi buku yang belum dicatat (Lampiran II).',
        [14, 0, 0, 2],
      ),
    ],
    body.length <= SMALL_TABLE_ROWS,
  );
}

// ---------------------------------------------------------------------------------------------
// F–H: observations, findings, conclusion
// ---------------------------------------------------------------------------------------------

const ANSWER_LABELS: Record<NonNullable<ObservationAnswer['answer']>, string> = {
  ya: 'Ya',
  tidak: 'Tidak',
  na: 'Tidak berlaku',
};

function sectionF(ctx: Ctx): Content[] {
  const title = 'F. HASIL PENGAMATAN';
  const { observations } = ctx.exam;
  if (observations.length === 0) {
    return section(title, [paragraph('Tidak ada butir pengamatan.', [14, 0, 0, 2])]);
  }
  const body: TableCell[][] = [headerRow(['No', 'Uraian', 'Hasil', 'Catatan'])];
  observations.forEach((o, i) => {
    body.push([
      { text: `${i + 1}.`, alignment: 'right' },
      { text: o.text },
      { text: o.answer ? ANSWER_LABELS[o.answer] : '-', alignment: 'center' },
      { text: o.note ?? '' },
    ]);
  });
  return section(
    title,
    [
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', 62, 120], body },
        layout: gridLayout,
        fontSize: TABLE,
        margin: [14, 0, 0, 4],
      },
    ],
    observations.length <= SMALL_TABLE_ROWS,
  );
}

const FINDING_LABEL_WIDTH = 100;

function sectionG(ctx: Ctx): Content[] {
  const title = 'G. TEMUAN DAN REKOMENDASI';
  if (ctx.exam.findings.length === 0) {
    return section(title, [paragraph('Tidak terdapat temuan.', [14, 0, 0, 2])]);
  }
  const blocks = ctx.exam.findings.map((f) => {
    const rows: ColonRow[] = [{ label: 'Kondisi', value: f.kondisi }];
    if (f.kriteria) rows.push({ label: 'Kriteria', value: f.kriteria });
    if (f.sebab) rows.push({ label: 'Sebab', value: f.sebab });
    if (f.akibat) rows.push({ label: 'Akibat', value: f.akibat });
    rows.push({ label: 'Rekomendasi', value: f.rekomendasi });
    if (f.amount !== 0) rows.push({ label: 'Nilai', value: rp(ctx, f.amount) });
    if (f.recommendedAmount) rows.push({ label: 'Nilai rekomendasi', value: rp(ctx, f.recommendedAmount) });
    if (f.pic) rows.push({ label: 'Penanggung jawab', value: f.pic });
    if (f.dueDate) rows.push({ label: 'Batas waktu', value: formatTanggal(f.dueDate) });
    return colonItem(`${f.number}.`, rows, FINDING_LABEL_WIDTH, 10);
  });
  return section(title, blocks);
}

function sectionH(ctx: Ctx): Content[] {
  return section('H. KESIMPULAN', [paragraph(ctx.exam.conclusion ?? '-', [14, 0, 0, 2])]);
}

// ---------------------------------------------------------------------------------------------
// Closing and signatures (DOMAIN §8.2)
// ---------------------------------------------------------------------------------------------

function signerOf(p: Party, caption?: string): Signer {
  return { caption, role: p.position, name: p.name, nip: p.nip };
}

/**
 * Left "Yang Diperiksa," (the Bendahara), right "Yang Memeriksa," (each examiner, one under the
 * other), the place-and-date line over the right-hand block; then centred "Mengetahui," blocks, two
 * per row. Each row is one unbreakable block, so no signature block is split across pages.
 */
function signatureRows(exam: Examination, dateLine: string | null, acknowledgers: boolean): Content[] {
  const rows: Content[] = [];
  const [first, ...others] = exam.examiners;
  const left = signerOf(exam.examined, 'Yang Diperiksa,');
  rows.push(
    withBodySize(
      first
        ? signerTable([left, signerOf(first, 'Yang Memeriksa,')], [0, 1], ['50%', '50%'], dateLine)
        : signerTable([left], [0], ['50%', '50%'], dateLine),
    ),
  );
  for (const e of others) rows.push(withBodySize(signerTable([signerOf(e)], [1], ['50%', '50%'], null)));
  if (acknowledgers) {
    const acks = exam.acknowledgers;
    for (let i = 0; i < acks.length; i += 2) {
      const pair = acks.slice(i, i + 2);
      const [a, b] = pair;
      if (a && b) {
        rows.push(
          withBodySize(
            signerTable(
              [signerOf(a, 'Mengetahui,'), signerOf(b, 'Mengetahui,')],
              [0, 1],
              ['50%', '50%'],
              null,
            ),
          ),
        );
      } else if (a) {
        rows.push(withBodySize(signerTable([signerOf(a, 'Mengetahui,')], [1], ['25%', '50%', '25%'], null)));
      }
    }
  }
  return rows.map((r) => unbreakable([r]));
}

function closing(ctx: Ctx, place: string): Content[] {
  const text =
    'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya. ' +
    'Seluruh uang tunai telah dihitung di hadapan Bendahara dan dikembalikan seluruhnya kepada Bendahara ' +
    'setelah pemeriksaan selesai. Lampiran I dan Lampiran II merupakan bagian yang tidak terpisahkan dari ' +
    'berita acara ini.';
  const dateLine = `${place}, ${formatTanggal(ctx.exam.date)}`;
  const [firstRow, ...rest] = signatureRows(ctx.exam, dateLine, true);
  // The closing formula stays on the page of the first signatures: a signature page never stands
  // without text of the berita acara on it.
  return [unbreakable([paragraph(text, [0, 12, 0, 14]), ...(firstRow ? [firstRow] : [])]), ...rest];
}

// ---------------------------------------------------------------------------------------------
// Lampiran I and II
// ---------------------------------------------------------------------------------------------

function lampiranHeader(ctx: Ctx, roman: string, title: string): Content[] {
  const rows: TableCell[][] = [
    [{ text: `LAMPIRAN ${roman}`, colSpan: 3, bold: true }, {}, {}],
    [{ text: BA_TITLE.toUpperCase(), colSpan: 3 }, {}, {}],
    [{ text: 'Nomor' }, { text: ':' }, { text: ctx.exam.number ?? '-' }],
    [{ text: 'Tanggal' }, { text: ':' }, { text: formatTanggal(ctx.exam.date) }],
  ];
  return [
    {
      columns: [
        { width: '*', text: '' },
        { width: 215, table: { widths: [40, 6, '*'], body: rows }, layout: plainLayout, fontSize: 9 },
      ],
      pageBreak: 'before',
    },
    { text: title, bold: true, alignment: 'center', fontSize: 12, margin: [0, 14, 0, 0] },
    { text: `per ${ctx.instant}`, alignment: 'center', margin: [0, 0, 0, 8] },
  ];
}

/** Lampiran III: the loan register against the journal and kolektibilitas, when the office has loans. */
function lampiranIII(ctx: Ctx): Content[] {
  const loans = ctx.exam.loans;
  if (!loans) return [];
  return [...lampiranHeader(ctx, 'III', 'PIUTANG PINJAMAN DAN KOLEKTIBILITAS'), ...loanLampiranBody(loans)];
}

function denominationTable(
  ctx: Ctx,
  title: string,
  unit: string,
  lines: CountLine[],
  total: Sen,
  totalLabel: string,
): Content {
  const body: TableCell[][] = [headerRow(['Pecahan (Rp)', `Jumlah (${unit})`, 'Subtotal (Rp)'])];
  for (const l of lines) {
    body.push([
      { text: num(ctx, l.value), alignment: 'right', noWrap: true },
      { text: countText(l.count), alignment: 'center' },
      { text: l.count === 0 ? '-' : num(ctx, l.subtotal), alignment: 'right', noWrap: true },
    ]);
  }
  if (lines.length === 0) body.push([{ text: 'Tidak ada', colSpan: 3, color: MUTED }, {}, {}]);
  body.push([
    { text: totalLabel, colSpan: 2, bold: true },
    {},
    { text: total === 0 ? '-' : num(ctx, total), alignment: 'right', noWrap: true, bold: true },
  ]);
  return {
    stack: [
      { text: title, bold: true, margin: [0, 0, 0, 2] },
      {
        table: { headerRows: 1, dontBreakRows: true, widths: [64, 56, '*'], body },
        layout: gridLayout,
        fontSize: TABLE,
      },
    ],
    unbreakable: true,
  };
}

function lampiranI(ctx: Ctx): Content[] {
  const out: Content[] = lampiranHeader(ctx, 'I', 'RINCIAN KAS FISIK');
  ctx.exam.cash.forEach((c, i) => {
    const kertas = c.counts.filter((l) => l.kind === 'kertas');
    const logam = c.counts.filter((l) => l.kind === 'logam');
    out.push(
      { text: `${i + 1}. ${cashLabel(c)}`, bold: true, margin: [0, i === 0 ? 0 : 12, 0, 4] },
      {
        columns: [
          denominationTable(ctx, 'A.1 Uang Kertas', 'lembar', kertas, c.totalKertas, 'Jumlah uang kertas'),
          denominationTable(ctx, 'A.2 Uang Logam', 'keping', logam, c.totalLogam, 'Jumlah uang logam'),
        ],
        columnGap: 14,
        margin: [0, 0, 0, 8],
      },
      unbreakable([
        calcTable(
          ctx,
          [
            { label: 'Jumlah uang kertas (A.1)', amount: c.totalKertas },
            { label: 'Jumlah uang logam (A.2)', amount: c.totalLogam },
            { label: 'Total kas fisik', amount: c.physical, bold: true, total: true },
          ],
          0,
        ),
        terbilangLine(c.physical, 0),
      ]),
    );
    if (c.nonCash.length > 0) {
      out.push({
        text: `Bukan uang tunai dan tidak termasuk total kas fisik: ${c.nonCash
          .map((n) => `${NON_CASH_LABELS[n.kind]} ${rp(ctx, n.amount)}`)
          .join('; ')} (lihat bagian B berita acara).`,
        fontSize: TABLE,
        margin: [0, 0, 0, 4],
      });
    }
  });
  out.push(...signatureRows(ctx.exam, null, false));
  return out;
}

function reconSide(
  ctx: Ctx,
  b: BankPart,
  side: 'bank' | 'buku',
  start: { label: string; ref: string; amount: Sen | null },
  end: { label: string; ref: string; amount: Sen | null },
  withHeader: boolean,
): Content {
  const strong = (r: { label: string; ref: string; amount: Sen | null }, fill?: string): TableCell[] => [
    { text: r.label, bold: true, fillColor: fill },
    { text: r.ref, bold: true, alignment: 'center', fillColor: fill },
    {
      text: r.amount === null ? '-' : num(ctx, r.amount),
      bold: true,
      alignment: 'right',
      noWrap: true,
      fillColor: fill,
    },
  ];
  const body: TableCell[][] = withHeader ? [headerRow(['Uraian', 'Ref.', 'Jumlah (Rp)'])] : [];
  body.push(strong(start));
  const mine = b.items.filter((it) => RECON_RULES[it.code].side === side);
  if (mine.length === 0) {
    body.push([
      { text: 'Tidak ada penyesuaian', color: MUTED, margin: [12, 0, 0, 0] },
      { text: '' },
      { text: '' },
    ]);
  }
  for (const it of mine) {
    const label = RECON_RULES[it.code].label;
    const extra = it.description && it.description !== it.code ? ` — ${it.description}` : '';
    body.push([
      { text: `${it.amount >= 0 ? 'Ditambah' : 'Dikurangi'}: ${label}${extra}`, margin: [12, 0, 0, 0] },
      { text: '' },
      { text: num(ctx, Math.abs(it.amount)), alignment: 'right', noWrap: true },
    ]);
  }
  body.push(strong(end, '#f2f2f2'));
  return {
    table: { headerRows: withHeader ? 1 : 0, dontBreakRows: true, widths: ['*', 28, AMOUNT_WIDTH], body },
    layout: gridLayout,
    fontSize: TABLE,
    margin: [0, 0, 0, 6],
  };
}

/** DOMAIN §5: statement side A … A', book side B … B', and whether they meet. */
function reconTables(ctx: Ctx, b: BankPart, until: string): Content[] {
  const statementDate = b.statement ? formatTanggal(b.statement.date) : '-';
  const diff = b.adjustedBank === null ? null : b.adjustedBank - b.adjustedBook;
  return [
    reconSide(
      ctx,
      b,
      'bank',
      {
        label: `Saldo menurut rekening koran per ${statementDate}`,
        ref: 'A',
        amount: b.statement?.balance ?? null,
      },
      { label: 'Saldo bank disesuaikan', ref: "A'", amount: b.adjustedBank },
      true,
    ),
    reconSide(
      ctx,
      b,
      'buku',
      { label: `Saldo menurut buku per ${until}`, ref: 'B', amount: b.bookBalance },
      { label: 'Saldo buku disesuaikan', ref: "B'", amount: b.adjustedBook },
      false,
    ),
    {
      text:
        diff === null
          ? 'Hasil: rekening koran belum ada, rekonsiliasi belum dapat dilakukan.'
          : diff === 0
            ? "Hasil: A' = B', saldo bank sesuai (rekonsiliasi seimbang)."
            : `Hasil: A' − B' = ${rp(ctx, diff)}, saldo bank belum sesuai.`,
      bold: true,
      fontSize: TABLE,
    },
  ];
}

function lampiranII(ctx: Ctx): Content[] {
  const out: Content[] = lampiranHeader(ctx, 'II', 'REKONSILIASI BANK');
  if (ctx.exam.banks.length === 0) {
    out.push(paragraph('Tidak ada rekening bank yang diperiksa.'));
    return out;
  }
  const until = ctx.instant;
  ctx.exam.banks.forEach((b, i) => {
    const block: Content[] = [
      { text: `${i + 1}. ${b.accountName}${b.bankLabel ? ` — ${b.bankLabel}` : ''}`, bold: true },
      {
        text: b.statement
          ? `Sumber saldo bank: ${STATEMENT_SOURCE_LABELS[b.statement.source]} per ${formatTanggal(b.statement.date)}`
          : 'Sumber saldo bank: belum ada',
        fontSize: TABLE,
        margin: [0, 0, 0, 3],
      },
      ...reconTables(ctx, b, until),
      { text: '', margin: [0, 0, 0, 10] },
    ];
    // One bank's reconciliation on one page, unless its items alone would fill more than a page.
    out.push(...(b.items.length <= 2 * SMALL_TABLE_ROWS ? [unbreakable(block)] : block));
  });
  if (ctx.exam.banks.some((b) => b.items.some((it) => RECON_RULES[it.code].side === 'buku'))) {
    out.push({
      text: 'Penyesuaian pada sisi buku (B) perlu dibukukan oleh Bendahara sesudah saat pemeriksaan.',
      fontSize: TABLE,
      margin: [0, 0, 0, 4],
    });
  }
  out.push(...signatureRows(ctx.exam, null, false));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------------------------

/** Place on the date line over the right-hand signature: the office's kecamatan, else where it was held. */
function signPlace(snapshot: ExamSnapshot): string {
  return snapshot.office?.kecamatan.trim() || snapshot.exam.place;
}

/** The berita acara and its two lampiran as a ReportDoc (portrait). */
export function beritaAcaraDoc(
  snapshot: ExamSnapshot,
  hash: string,
  paper: PaperSize,
  opts: BeritaAcaraOptions = {},
): ReportDoc {
  const { exam, office } = snapshot;
  const number = exam.number ?? '-';
  const ctx: Ctx = {
    exam,
    decimals: decimalsOf(exam),
    instant: `${formatTanggal(exam.date)} pukul ${formatJam(exam.time, exam.zone)}`,
  };
  const body: Content[] = [
    ...opening(ctx, exam.place),
    ...sectionA(ctx),
    ...sectionB(ctx),
    ...sectionC(ctx),
    ...sectionD(ctx),
    ...sectionE(ctx),
    ...sectionF(ctx),
    ...sectionG(ctx),
    ...sectionH(ctx),
    ...closing(ctx, signPlace(snapshot)),
    ...kesepakatanPart(
      exam,
      snapshot.followUpDays,
      signatureRows(exam, `${signPlace(snapshot)}, ${formatTanggal(exam.date)}`, true),
    ),
    ...lampiranI(ctx),
    ...lampiranII(ctx),
    ...lampiranIII(ctx),
  ];
  const addendumOf = snapshot.exam.addendumOf;
  return {
    office,
    paper,
    orientation: 'portrait',
    title: addendumOf ? `Adendum ${BA_TITLE}` : BA_TITLE,
    titleUnderline: true,
    subtitle: addendumOf
      ? [`Nomor: ${number}`, `atas Berita Acara Pemeriksaan Kas Nomor ${addendumOf.number}`]
      : [`Nomor: ${number}`],
    content: [{ stack: body, fontSize: BODY }],
    footer: {
      reference: `Nomor ${number}`,
      qr: verificationPayload(number, hash),
      note: `Kode verifikasi: ${hash}`,
      ...reviewFooter(snapshot.review, ['Bendahara', 'Pemeriksa']),
    },
    info: { title: `${BA_TITLE} ${number}`, subject: `Pemeriksaan kas ${ctx.instant}` },
    printedAt: opts.printedAt,
  };
}

/** The berita acara as PDF bytes (Roboto embedded). */
export async function beritaAcaraPdf(
  snapshot: ExamSnapshot,
  hash: string,
  paper: PaperSize,
  opts: BeritaAcaraOptions = {},
): Promise<Buffer> {
  return renderPdf(beritaAcaraDoc(snapshot, hash, paper, opts));
}
