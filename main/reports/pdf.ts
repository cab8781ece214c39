import path from 'node:path';
import robotoFonts from 'pdfmake/fonts/Roboto.js';
import type { Column, Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { formatJam, formatTanggal, formatTanggalAngka, localDateTimeInZone } from '../../shared/format/date';
import { formatAngka, type Sen } from '../../shared/format/money';
import type { OfficeProfile, PaperSize } from '../../shared/office/profile';
import { qrImage } from './qr';
import type { Orientation, ReportDoc, ReportFooter, SignatureBlock, Signer } from './types';

// ---------------------------------------------------------------------------------------------
// Units and paper
// ---------------------------------------------------------------------------------------------

const PT_PER_MM = 72 / 25.4;

/** Millimetres → PDF points. */
export function mm(value: number): number {
  return value * PT_PER_MM;
}

/** Centimetres → PDF points. */
export function cm(value: number): number {
  return mm(value * 10);
}

/** Portrait sizes in points. A4 = 210×297 mm (595.28×841.89), F4/Folio = 215×330 mm (609.45×935.43). */
export const PAPER_POINTS: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: 595.28, height: 841.89 },
  F4: { width: mm(215), height: mm(330) },
};

/** Page size in points for the paper and orientation (landscape swaps width and height). */
export function pageSize(paper: PaperSize, orientation: Orientation): { width: number; height: number } {
  const { width, height } = PAPER_POINTS[paper];
  return orientation === 'portrait' ? { width, height } : { width: height, height: width };
}

/**
 * Margins `[left, top, right, bottom]` in points. Reports are filed in a binder or stapled on the
 * long edge of the sheet, so that edge gets 2.5 cm (the usual naskah dinas margin, leaves room for
 * punching/stapling without eating text) and the other sides 2 cm. On a portrait page the binding
 * edge is the left one; a landscape sheet is turned with its top towards the spine, so there the top
 * gets 2.5 cm. The bottom 2 cm also holds the footer (page number, print date).
 */
export function pageMargins(orientation: Orientation): [number, number, number, number] {
  return orientation === 'portrait' ? [cm(2.5), cm(2), cm(2), cm(2)] : [cm(2), cm(2.5), cm(2), cm(2)];
}

// ---------------------------------------------------------------------------------------------
// pdfmake singleton
// ---------------------------------------------------------------------------------------------

type Pdfmake = typeof import('pdfmake');
let loaded: Pdfmake | null = null;

/**
 * pdfmake 0.3 is a process-wide singleton. Fonts are the Roboto TTFs inside the pdfmake package
 * (embedded in every PDF, so archived copies print the same anywhere); no URL is ever fetched and
 * the only local files that may be read are those four font files. Images come as data URLs.
 */
async function configuredPdfmake(): Promise<Pdfmake> {
  if (loaded) return loaded;
  // Loaded on the first print: pdfmake costs ~12 MB that an office which never prints need not pay.
  const { default: pdfmake } = await import('pdfmake');
  const allowed = new Set(Object.values(robotoFonts.Roboto).map((f) => path.resolve(f)));
  pdfmake.addFonts(robotoFonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => allowed.has(path.resolve(file)));
  loaded = pdfmake;
  return pdfmake;
}

// ---------------------------------------------------------------------------------------------
// Small builders
// ---------------------------------------------------------------------------------------------

export const FONT_SIZE = { body: 10, table: 8.5, small: 7 } as const;
const HEADER_FILL = '#e6e6e6';
const RULE_COLOR = '#444444';

/** Thin grid for data tables; cell padding kept small so long books stay compact. */
export const gridLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: RULE_COLOR,
  vLineColor: RULE_COLOR,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export interface MoneyCellOptions {
  /** Default `always` (`1.250.000,00`), so a column lines up on the right. */
  decimals?: 'auto' | 'always' | 'never';
  /** How an exact zero prints (default `number`); `blank` for the unused side of a book line. */
  zero?: 'number' | 'dash' | 'blank';
  bold?: boolean;
  /** Strike through (voided line). */
  struck?: boolean;
}

/**
 * Text of an amount in a table column: no `Rp`, id-ID separators, negatives in parentheses
 * `(1.234.567,00)` as in Indonesian financial statements and books (DOMAIN §9.1), never a minus sign
 * that can be missed or lost on a photocopy.
 */
export function moneyText(sen: Sen, opts: MoneyCellOptions = {}): string {
  if (sen === 0 && opts.zero === 'blank') return '';
  return formatAngka(sen, {
    negative: 'parentheses',
    decimals: opts.decimals ?? 'always',
    zero: opts.zero === 'dash' ? 'dash' : 'number',
  });
}

/** Right-aligned, non-wrapping amount cell (see moneyText for the convention). */
export function moneyCell(sen: Sen, opts: MoneyCellOptions = {}): TableCell {
  const cell: TableCell = { text: moneyText(sen, opts), alignment: 'right', noWrap: true };
  if (opts.bold) cell.bold = true;
  if (opts.struck) cell.decoration = 'lineThrough';
  return cell;
}

/** Bold, centred, shaded header cells; use with `headerRows: 1` so the row repeats on every page. */
export function headerRow(labels: string[]): TableCell[] {
  return labels.map((text) => ({
    text,
    bold: true,
    alignment: 'center',
    fillColor: HEADER_FILL,
    verticalAlignment: 'middle',
  }));
}

/** `Periode 1 Januari 2025 s.d. 31 Desember 2025` (one day: `Tanggal 31 Juli 2025`). */
export function periodLine(from: string, to: string): string {
  if (from === to) return `Tanggal ${formatTanggal(from)}`;
  return `Periode ${formatTanggal(from)} s.d. ${formatTanggal(to)}`;
}

// ---------------------------------------------------------------------------------------------
// Signature block
// ---------------------------------------------------------------------------------------------

/** Printed for a signer whose officer is unknown, to be filled in by hand. */
export const DOTTED_NAME = `(${'.'.repeat(40)})`;
/** Room for a handwritten signature (and the stamp / meterai). */
export const SIGNATURE_SPACE = cm(2.5);
/** Rows of signers kept together per unbreakable chunk: ~130 pt each, far below any page height. */
const SIGNER_ROWS_PER_CHUNK = 2;

const noBorders: CustomTableLayout = {
  defaultBorder: false,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 0,
  paddingBottom: () => 1,
};

const dashedBox: CustomTableLayout = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: '#888888',
  vLineColor: '#888888',
  hLineStyle: () => ({ dash: { length: 2 } }),
  vLineStyle: () => ({ dash: { length: 2 } }),
};

/** 1 → right; 3 → one row of three; otherwise rows of two, an odd last signer centred. */
export function signerRows(count: number): number[] {
  if (count <= 0) return [];
  if (count === 3) return [3];
  const rows: number[] = [];
  for (let left = count; left > 0; left -= 2) rows.push(Math.min(2, left));
  return rows;
}

function meteraiBox(): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 64,
        table: {
          widths: ['*'],
          body: [
            [
              {
                text: 'Meterai\nRp10.000',
                fontSize: 6.5,
                color: '#777777',
                alignment: 'center',
                margin: [0, 5, 0, 5],
              },
            ],
          ],
        },
        layout: dashedBox,
      },
      { width: '*', text: '' },
    ],
    margin: [0, 12, 0, 0],
  };
}

/**
 * One row of signers as a borderless table: `signers[i]` goes in column `slots[i]` of `widths`;
 * rows are the date line (over the rightmost signer, when given), captions, roles, the signature
 * space, names and NIPs. Exported for documents with their own arrangement (berita acara).
 */
export function signerTable(
  signers: Signer[],
  slots: number[],
  widths: string[],
  dateLine: string | null,
): Content {
  const cols = widths.length;
  const at = (col: number): Signer | undefined => {
    const i = slots.indexOf(col);
    return i < 0 ? undefined : signers[i];
  };
  const row = (cell: (s: Signer) => TableCell): TableCell[] =>
    Array.from({ length: cols }, (_, col) => {
      const s = at(col);
      return s ? cell(s) : { text: '' };
    });

  const body: TableCell[][] = [];
  if (dateLine !== null) {
    const rightmost = Math.max(...slots);
    body.push(Array.from({ length: cols }, (_, col) => ({ text: col === rightmost ? dateLine : '' })));
  }
  if (signers.some((s) => s.caption)) body.push(row((s) => ({ text: s.caption ?? '' })));
  body.push(row((s) => ({ text: s.role })));
  const spaceRow = body.length;
  body.push(row((s) => (s.meterai ? meteraiBox() : { text: '' })));
  body.push(
    row((s) =>
      s.name === null || s.name.trim() === ''
        ? { text: DOTTED_NAME }
        : { text: s.name, bold: true, decoration: 'underline' },
    ),
  );
  if (signers.some((s) => s.nip)) body.push(row((s) => ({ text: s.nip ? `NIP. ${s.nip}` : '' })));

  return {
    table: {
      widths,
      body,
      heights: (i: number) => (i === spaceRow ? SIGNATURE_SPACE : 'auto'),
    },
    layout: noBorders,
    alignment: 'center',
    fontSize: FONT_SIZE.body,
    margin: [0, 0, 0, 14],
  };
}

/**
 * Signers side by side: two per row (three when there are exactly three; a lone signer on the
 * right; an odd last signer centred). Each signer: caption (`Mengetahui,`), role, 2.5 cm signature
 * space (optional meterai box), name bold underlined or a dotted line when unknown, NIP when present.
 * The place-and-date line sits over the right-hand block of the first row. The block is kept together
 * (`unbreakable`) in chunks of at most two signer rows, so it can never be taller than a page (pdfmake
 * silently drops an unbreakable block that does not fit on one page).
 */
export function signatureBlock(block: SignatureBlock): Content {
  const rows = signerRows(block.signers.length);
  const showDate = block.showDateLine ?? true;
  const dateLine = [block.place.trim(), formatTanggal(block.date)].filter(Boolean).join(', ');
  const tables: Content[] = [];
  let offset = 0;
  rows.forEach((size, rowIndex) => {
    const signers = block.signers.slice(offset, offset + size);
    offset += size;
    let widths: string[];
    let slots: number[];
    if (size === 1 && block.signers.length === 1) {
      widths = ['50%', '50%'];
      slots = [1];
    } else if (size === 1) {
      widths = ['25%', '50%', '25%'];
      slots = [1];
    } else {
      widths = signers.map(() => '*');
      slots = signers.map((_, i) => i);
    }
    tables.push(signerTable(signers, slots, widths, rowIndex === 0 && showDate ? dateLine : null));
  });
  const chunks: Content[] = [];
  for (let i = 0; i < tables.length; i += SIGNER_ROWS_PER_CHUNK) {
    chunks.push({ stack: tables.slice(i, i + SIGNER_ROWS_PER_CHUNK), unbreakable: true });
  }
  return { stack: chunks, margin: [0, 14, 0, 0] };
}

// ---------------------------------------------------------------------------------------------
// Kop surat
// ---------------------------------------------------------------------------------------------

const LOGO_SIZE = 58;

function prefixed(value: string, prefixes: RegExp, prefix: string): string {
  const v = value.trim();
  if (v === '') return '';
  return prefixes.test(v) ? v : `${prefix} ${v}`;
}

/** `Kecamatan Sukamaju, Kabupaten Cianjur, Provinsi Jawa Barat` (keeps prefixes already typed). */
export function regionLine(office: OfficeProfile): string {
  return [
    prefixed(office.kecamatan, /^(kecamatan|kec\.)\s/i, 'Kecamatan'),
    prefixed(office.kabupaten, /^(kabupaten|kab\.|kota)\s/i, 'Kabupaten'),
    prefixed(office.provinsi, /^(provinsi|prov\.)\s/i, 'Provinsi'),
  ]
    .filter(Boolean)
    .join(', ');
}

/** A PNG/JPEG data URL whose bytes start like one; anything else is left out instead of failing. */
export function usableLogo(office: OfficeProfile | null): string | null {
  const url = office?.logoDataUrl;
  if (!url) return null;
  const m = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/.exec(url);
  if (!m?.[2]) return null;
  const head = Buffer.from(m[2].slice(0, 16), 'base64');
  const png = head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  const jpeg = head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
  return (m[1] === 'png' && png) || (m[1] === 'jpeg' && jpeg) ? url : null;
}

/** Letterhead: logo left, name and address centred, a thick-thin double rule across the page. */
export function kopSurat(office: OfficeProfile, contentWidth: number, logoImage: string | null): Content[] {
  const address = [office.address.trim(), office.postalCode ? `Kode Pos ${office.postalCode}` : '']
    .filter(Boolean)
    .join(', ');
  const contact = [office.phone ? `Telp. ${office.phone}` : '', office.email ? `E-mail: ${office.email}` : '']
    .filter(Boolean)
    .join('  ·  ');
  const lines: Content[] = [
    { text: office.name.toUpperCase(), bold: true, fontSize: 14 },
    { text: regionLine(office).toUpperCase(), fontSize: 10, margin: [0, 1, 0, 0] },
    { text: address, fontSize: 9, margin: [0, 2, 0, 0] },
  ];
  if (contact) lines.push({ text: contact, fontSize: 9 });
  const text: Column = { width: '*', stack: lines, alignment: 'center' };
  const columns: Column[] = logoImage
    ? [
        { width: LOGO_SIZE, image: logoImage, fit: [LOGO_SIZE, LOGO_SIZE] },
        text,
        // Same width on the right keeps the text centred on the page, not on the remaining space.
        { width: LOGO_SIZE, text: '' },
      ]
    : [text];
  return [
    { columns, columnGap: 8 },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 0, x2: contentWidth, y2: 0, lineWidth: 2 },
        { type: 'line', x1: 0, y1: 3, x2: contentWidth, y2: 3, lineWidth: 0.6 },
      ],
      margin: [0, 6, 0, 0],
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Document
// ---------------------------------------------------------------------------------------------

const LOGO_KEY = 'kopLogo';

/**
 * Largest side of the footer QR code (≈ 1.75 cm). A verification code (~100 bytes, level M) has 41
 * modules, printed 1.2 pt ≈ 0.42 mm each: a phone reads it from a print or a photocopy.
 */
export const FOOTER_QR_FIT = 50;
const QR_MODULE = 1.2;
const QR_KEY = 'footerQr';
const FOOTER_TOP = cm(0.45);
const PARAF_BOX = { width: 46, height: 20 } as const;

/** Bottom margin that leaves room for the footer QR code and a gap above the paper edge. */
function footerBottomMargin(base: number, footer: ReportFooter | undefined): number {
  return footer?.qr ? Math.max(base, FOOTER_TOP + FOOTER_QR_FIT + cm(0.5)) : base;
}

function parafBoxes(labels: string[]): Content {
  return {
    table: {
      widths: labels.map(() => PARAF_BOX.width),
      heights: (row: number) => (row === 1 ? PARAF_BOX.height : 'auto'),
      body: [
        labels.map((label) => ({ text: `Paraf ${label}`, fontSize: 5.5, alignment: 'center' as const })),
        labels.map(() => ({ text: '' })),
      ],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#888888',
      vLineColor: () => '#888888',
      paddingTop: () => 1,
      paddingBottom: () => 1,
      paddingLeft: () => 1,
      paddingRight: () => 1,
    },
    margin: [0, 2, 0, 0],
  };
}

function footerContent(
  title: string,
  printed: string,
  footer: ReportFooter | undefined,
  qrSize: number,
  currentPage: number,
  pageCount: number,
  margins: [number, number, number, number],
): Content {
  const pageText = `Halaman ${currentPage} dari ${pageCount}`;
  if (!footer) {
    return {
      margin: [margins[0], cm(0.6), margins[2], 0],
      columns: [
        { width: '*', text: `${title} · dicetak ${printed}`, fontSize: FONT_SIZE.small, color: '#666666' },
        { width: 'auto', text: pageText, fontSize: 8 },
      ],
    };
  }
  const lines: Content[] = [
    { text: [title, footer.reference].filter(Boolean).join(' · '), fontSize: FONT_SIZE.small, bold: true },
  ];
  if (footer.note) lines.push({ text: footer.note, fontSize: 6, color: '#444444', margin: [0, 1, 0, 0] });
  if (footer.review) lines.push({ text: footer.review, fontSize: 6, color: '#444444', margin: [0, 1, 0, 0] });
  lines.push({ text: `Dicetak ${printed}`, fontSize: 6, color: '#666666', margin: [0, 1, 0, 0] });
  const columns: Column[] = [];
  if (qrSize > 0) columns.push({ image: QR_KEY, width: qrSize, height: qrSize });
  columns.push({ width: '*', stack: lines });
  const right: Content[] = [{ text: pageText, fontSize: 8, alignment: 'right' }];
  if (footer.paraf && footer.paraf.length > 0) right.push(parafBoxes(footer.paraf));
  columns.push({ width: 'auto', stack: right });
  return { margin: [margins[0], FOOTER_TOP, margins[2], 0], columns, columnGap: 8 };
}

/** `31/07/2025 10.05 WIB` in the office's zone. */
function printedText(at: Date, office: OfficeProfile | null): string {
  const zone = office?.timeZone ?? 'WIB';
  const { date, time } = localDateTimeInZone(at, zone);
  return `${formatTanggalAngka(date)} ${formatJam(time, zone)}`;
}

/** The full pdfmake definition (exported for tests and for reports that need to inspect it). */
export function buildDocDefinition(doc: ReportDoc): TDocumentDefinitions {
  const size = pageSize(doc.paper, doc.orientation);
  const base = pageMargins(doc.orientation);
  const margins: [number, number, number, number] = [
    base[0],
    base[1],
    base[2],
    footerBottomMargin(base[3], doc.footer),
  ];
  const contentWidth = size.width - margins[0] - margins[2];
  const printedAt = doc.printedAt ?? new Date();
  const printed = printedText(printedAt, doc.office);
  const logo = usableLogo(doc.office);
  const images: Record<string, string> = {};
  if (logo) images[LOGO_KEY] = logo;
  // Encoded once; the image is stored once in the PDF and referenced from every page's footer.
  const qr = doc.footer?.qr ? qrImage(doc.footer.qr) : null;
  const qrSize = qr ? Math.min(FOOTER_QR_FIT, Math.round(qr.modules * QR_MODULE * 10) / 10) : 0;
  if (qr) images[QR_KEY] = qr.dataUrl;

  const head: Content[] = doc.office ? kopSurat(doc.office, contentWidth, logo ? LOGO_KEY : null) : [];
  head.push({
    text: doc.title.toUpperCase(),
    bold: true,
    fontSize: 12,
    alignment: 'center',
    decoration: doc.titleUnderline ? 'underline' : undefined,
    margin: [0, doc.office ? 12 : 0, 0, 2],
  });
  for (const line of doc.subtitle ?? []) {
    head.push({ text: line, alignment: 'center', fontSize: FONT_SIZE.body });
  }
  head.push({ text: '', margin: [0, 0, 0, 8] });

  const content: Content[] = [...head, ...doc.content];
  if (doc.signatures && doc.signatures.signers.length > 0) content.push(signatureBlock(doc.signatures));

  const footerTitle = doc.title.toUpperCase();
  return {
    pageSize: doc.paper === 'A4' ? 'A4' : { width: size.width, height: size.height },
    pageOrientation: doc.orientation,
    pageMargins: margins,
    content,
    images,
    defaultStyle: { font: 'Roboto', fontSize: FONT_SIZE.body, lineHeight: 1.1 },
    footer: (currentPage: number, pageCount: number): Content =>
      footerContent(footerTitle, printed, doc.footer, qrSize, currentPage, pageCount, margins),
    info: {
      title: doc.info?.title ?? doc.title,
      subject: doc.info?.subject ?? doc.subtitle?.join(' — ') ?? doc.title,
      author: doc.office?.name ?? 'Audit UPK',
      creator: 'Audit UPK',
      producer: 'Audit UPK (pdfmake)',
      creationDate: printedAt,
    },
  };
}

/**
 * Renders a report to PDF bytes. pdfmake mutates the definition it lays out, so build a fresh
 * ReportDoc (fresh `content`) for every call.
 */
export async function renderPdf(doc: ReportDoc): Promise<Buffer> {
  const pdfmake = await configuredPdfmake();
  return pdfmake.createPdf(buildDocDefinition(doc)).getBuffer();
}
