import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import type { TrackedFinding } from '../../../shared/temuan/temuan';
import { justifiedRuns, paragraph } from '../baText';
import { gridLayout, headerRow } from '../pdf';
import {
  type Ctx,
  closingWithSignatures,
  dateOrDash,
  kegiatanLine,
  ketuaTpk,
  MUTED,
  type PraAuditPart,
  signerRow,
  TABLE,
  teamSigner,
} from './common';

/** Lembar Tanggapan Pra-Audit: the TPK answers each numbered catatan kekurangan (DOMAIN §1.4, §8.1). */

export const TANGGAPAN_TITLE = 'Lembar Tanggapan Pra-Audit';

/** Room left for a handwritten answer when the TPK's tanggapan was not recorded. */
const EMPTY_ROW_HEIGHT = 42;

function planCell(f: TrackedFinding): TableCell {
  const lines: Content[] = [{ text: f.rekomendasi }];
  if (f.pic) lines.push({ text: [{ text: 'PIC: ', bold: true }, f.pic], margin: [0, 2, 0, 0] });
  return { stack: lines };
}

function responseTable(ctx: Ctx): Content {
  const body: TableCell[][] = [
    headerRow([
      'No.',
      'Uraian singkat catatan kekurangan',
      'Tanggapan TPK',
      'Rencana tindak lanjut',
      'Batas waktu',
    ]),
  ];
  for (const f of ctx.audit.findings) {
    body.push([
      { text: `${f.number}.`, alignment: 'right' },
      { text: f.kondisi },
      { text: f.tanggapan ?? '' },
      planCell(f),
      { text: dateOrDash(f.dueDate), alignment: 'center' },
    ]);
  }
  if (ctx.audit.findings.length === 0) {
    body.push([{ text: 'Tidak terdapat catatan kekurangan.', colSpan: 5, color: MUTED }, {}, {}, {}, {}]);
  }
  const heights = (row: number) =>
    row > 0 && !ctx.audit.findings[row - 1]?.tanggapan ? EMPTY_ROW_HEIGHT : 'auto';
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', '*', '*', 66], heights, body },
    layout: gridLayout,
    fontSize: TABLE,
    margin: [0, 4, 0, 4],
  };
}

/** Left "Diterima oleh," (first team member); right, under the date line, "Yang Memberi Tanggapan," (Ketua TPK). */
export function tanggapanPart(ctx: Ctx): PraAuditPart {
  const { audit } = ctx;
  // Left-aligned: a justified line ending before the long unbreakable number would be stretched wide.
  const intro: Content = {
    text: justifiedRuns(
      `Tim Pengelola Kegiatan (TPK) Desa ${audit.desaName} memberikan tanggapan dan rencana tindak lanjut ` +
        `atas catatan kekurangan dalam Laporan Hasil Pra-Audit TPK Nomor ${ctx.number} tanggal ` +
        `${formatTanggal(audit.auditDate)} mengenai kegiatan ${kegiatanLine(audit)}, sebagai berikut:`,
    ),
    margin: [0, 0, 0, 2],
  };
  const closing = paragraph(
    'Demikian tanggapan ini kami buat dengan sebenarnya. TPK akan menyelesaikan tindak lanjut di atas ' +
      'paling lambat pada batas waktu yang tercantum.',
    [0, 10, 0, 14],
  );
  return {
    title: TANGGAPAN_TITLE,
    orientation: 'portrait',
    paraf: ['Ketua TPK', 'Pemeriksa'],
    content: [
      intro,
      responseTable(ctx),
      ...closingWithSignatures(closing, [
        signerRow(
          teamSigner(audit.team[0], 'Diterima oleh,'),
          ketuaTpk(ctx, 'Yang Memberi Tanggapan,'),
          ctx.dateLine,
        ),
      ]),
    ],
  };
}
