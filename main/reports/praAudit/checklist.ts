import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  ANSWER_LABELS,
  ANSWER_SHORT,
  type AuditItem,
  type AuditSection,
  type Tally,
} from '../../../shared/praaudit/praaudit';
import { paragraph } from '../baText';
import { gridLayout, headerRow } from '../pdf';
import {
  type Ctx,
  closingWithSignatures,
  identityList,
  ketuaTpk,
  MUTED,
  num,
  type PraAuditPart,
  signerRow,
  TABLE,
  teamSigner,
} from './common';

/** Checklist Pra-Audit: every item with its answer, note and amount, one table per section (DOMAIN §7). */

export const CHECKLIST_TITLE = 'Checklist Pra-Audit';

const SECTION_FILL = '#f2f2f2';

/** `Jumlah 4 butir: sesuai 2, belum lengkap 1, tidak ada 0, TR 1; skor 83%`. */
export function tallyText(t: Tally): string {
  const parts = [
    `sesuai ${t.sesuai}`,
    `belum lengkap ${t.tidakLengkap}`,
    `tidak ada ${t.tidakAda}`,
    `TR ${t.tidakRelevan}`,
  ];
  if (t.examined < t.total) parts.push(`belum diperiksa ${t.total - t.examined}`);
  return `Jumlah ${t.total} butir: ${parts.join(', ')}; skor ${t.score === null ? '-' : `${t.score}%`}`;
}

function noteCell(item: AuditItem): TableCell {
  const lines: Content[] = [];
  if (item.note) lines.push({ text: item.note });
  if (item.findingNumber !== null) {
    lines.push({ text: `Catatan kekurangan No. ${item.findingNumber}`, bold: true });
  }
  return lines.length > 0 ? { stack: lines } : { text: '' };
}

/**
 * The section title and the column labels are header rows, repeated on every page the table runs
 * over, so a section title never stands alone at the foot of a page; the tally is the last row.
 */
function sectionTable(ctx: Ctx, s: AuditSection): Content {
  const body: TableCell[][] = [
    [{ text: `${s.code}. ${s.title}`, colSpan: 5, bold: true, fillColor: SECTION_FILL }, {}, {}, {}, {}],
    headerRow(['Kode', 'Butir periksa', 'Jawaban', 'Catatan', 'Nilai (Rp)']),
  ];
  for (const item of s.items) {
    body.push([
      { text: item.code, alignment: 'center' },
      { text: item.text },
      { text: ANSWER_SHORT[item.answer], alignment: 'center', bold: item.findingNumber !== null },
      noteCell(item),
      { text: item.amount === 0 ? '' : num(ctx, item.amount), alignment: 'right', noWrap: true },
    ]);
  }
  if (s.items.length === 0) {
    body.push([{ text: 'Tidak ada butir.', colSpan: 5, color: MUTED }, {}, {}, {}, {}]);
  }
  body.push([{ text: tallyText(s.tally), colSpan: 5, bold: true }, {}, {}, {}, {}]);
  return {
    table: {
      headerRows: 2,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [30, '*', 64, 200, 70],
      body,
    },
    layout: gridLayout,
    fontSize: TABLE,
    margin: [0, 0, 0, 8],
  };
}

function legend(): Content {
  const answers = ['ada_sesuai', 'ada_tidak_lengkap', 'tidak_ada', 'tidak_relevan'] as const;
  return {
    text: `Jawaban: ${answers.map((a) => `${ANSWER_SHORT[a]} = ${ANSWER_LABELS[a]}`).join('; ')}.`,
    fontSize: TABLE - 1,
    color: MUTED,
    margin: [0, 6, 0, 6],
  };
}

/** Left "Yang Diperiksa," (Ketua TPK); right, under the date line, "Pemeriksa," (first team member). */
export function checklistPart(ctx: Ctx): PraAuditPart {
  const total = paragraph(`Seluruh bagian: ${tallyText(ctx.audit.tally)}.`, [0, 2, 0, 10]);
  return {
    title: CHECKLIST_TITLE,
    orientation: 'landscape',
    paraf: ['Ketua TPK', 'Pemeriksa'],
    content: [
      identityList(ctx, true),
      legend(),
      ...ctx.audit.sections.map((s) => sectionTable(ctx, s)),
      ...closingWithSignatures({ ...(total as object), bold: true } as Content, [
        signerRow(
          ketuaTpk(ctx, 'Yang Diperiksa,'),
          teamSigner(ctx.audit.team[0], 'Pemeriksa,'),
          ctx.dateLine,
        ),
      ]),
    ],
  };
}
