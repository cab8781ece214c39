import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';

/**
 * Text building blocks shared by the narrative documents (berita acara pemeriksaan kas, pra-audit
 * reports): justified paragraphs, headings kept with what follows, colon-aligned lists.
 */

/**
 * Running text of a berita acara (DOMAIN §8.2: 11–12 pt). Only Roboto regular and bold are used:
 * every other face would be one more font parsed and subset for each print.
 */
export const BA_BODY = 11;
/** Tables and colon lists with many columns. */
export const BA_TABLE = 9.5;

/** `AUDITUPK|<nomor>|<hash>`: what the footer QR code carries, read back by the verification page. */
export function verificationPayload(number: string, hash: string): string {
  return `AUDITUPK|${number}|${hash}`;
}

/** Borderless table with thin rules where a cell asks for a border (calculations, colon lists). */
export const plainLayout: CustomTableLayout = {
  defaultBorder: false,
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#444444',
  paddingLeft: () => 2,
  paddingRight: () => 2,
  paddingTop: () => 0.5,
  paddingBottom: () => 0.5,
};

export function heading(text: string): Content {
  return { text, bold: true, margin: [0, 10, 0, 3] };
}

/**
 * pdfmake justifies by spreading a line's slack over every break opportunity, and it may break
 * after `/` and `-`: `05/ST/VII/2025` would come out `05/ ST/ VII/2025`. Words holding those
 * characters become unbreakable runs, so the slack only goes into real spaces.
 */
export function justifiedRuns(text: string): Array<string | { text: string; noWrap: true }> {
  const runs: Array<string | { text: string; noWrap: true }> = [];
  let plainRun = '';
  for (const token of text.split(/(\s+)/)) {
    if (token !== '' && !/\s/.test(token) && /[/\-–—]/.test(token)) {
      if (plainRun) runs.push(plainRun);
      plainRun = '';
      runs.push({ text: token, noWrap: true });
    } else {
      plainRun += token;
    }
  }
  if (plainRun) runs.push(plainRun);
  return runs;
}

export function paragraph(text: string, margin: [number, number, number, number] = [0, 0, 0, 5]): Content {
  return { text: justifiedRuns(text), alignment: 'justify', margin };
}

/** Kept whole on one page (only for blocks far smaller than a page: pdfmake drops a taller one). */
export function unbreakable(items: Content[]): Content {
  return { stack: items, unbreakable: true };
}

/** Tables up to this many rows move whole with their heading instead of leaving it alone at a page foot. */
export const SMALL_TABLE_ROWS = 15;

/** A section heading kept on the page of the first block under it. */
export function section(title: string, blocks: Content[], firstFitsWithHeading = true): Content[] {
  const [first, ...rest] = blocks;
  if (!first || !firstFitsWithHeading) return [heading(title), ...blocks];
  return [unbreakable([heading(title), first]), ...rest];
}

/** An introduction kept with its table when the table is small enough to move whole. */
export function introducedTable(intro: Content, table: Content, rows: number): Content[] {
  return rows <= SMALL_TABLE_ROWS ? [unbreakable([intro, table])] : [intro, table];
}

/** The same content in the running-text size (signer tables come in the engine's smaller size). */
export function withBodySize(c: Content): Content {
  return { ...(c as object), fontSize: BA_BODY } as Content;
}

export interface ColonRow {
  label: string;
  value: string;
  bold?: boolean;
}

/**
 * `1.  Nama     : …` rows of one item as a borderless table kept on one page. Every list of a kind
 * uses the same widths, so the colons of consecutive items line up.
 */
export function colonItem(marker: string, rows: ColonRow[], labelWidth: number, indent: number): Content {
  const body: TableCell[][] = rows.map((r, i) => [
    { text: i === 0 ? marker : '' },
    { text: r.label },
    { text: ':' },
    { text: r.value, bold: r.bold ?? false },
  ]);
  return {
    table: { widths: [18, labelWidth, 6, '*'], body, dontBreakRows: true },
    layout: plainLayout,
    unbreakable: true,
    margin: [indent, 0, 0, 3],
  };
}
