import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggal, formatTanggalAngka, tanggalDalamKata } from '../../shared/format/date';
import { formatRupiah } from '../../shared/format/money';
import type { Examination } from '../../shared/pemeriksaan/pemeriksaan';
import type { ReviewStamp } from '../../shared/review/review';
import { BA_TABLE, paragraph, unbreakable } from './baText';
import { gridLayout, headerRow } from './pdf';

export const KESEPAKATAN_TITLE = 'Berita Acara Kesepakatan Tindak Lanjut';

/** `iso` plus `days` calendar days. */
function plusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * "Disusun oleh / Direviu oleh" with dates, printed in the footer of every page next to paraf boxes for
 * both (so the body's page breaks do not move); "tanpa reviu" where the office works without review.
 * Nothing for documents finalised before review existed.
 */
export function reviewFooter(
  review: ReviewStamp | undefined,
  paraf: string[],
): { review?: string; paraf: string[] } {
  if (!review) return { paraf };
  const who = (label: string, p: { name: string; date: string } | null) =>
    p ? `${label} ${p.name} (${formatTanggalAngka(p.date)})` : null;
  const line =
    review.mode === 'direviu'
      ? [who('Disusun oleh', review.preparedBy), who('direviu oleh', review.reviewedBy)].join(' · ')
      : [who('Disusun oleh', review.preparedBy), 'tanpa reviu (kantor tidak mewajibkan reviu)']
          .filter(Boolean)
          .join(' · ');
  return {
    review: line,
    paraf: review.mode === 'direviu' ? [...paraf, 'Penyusun', 'Reviewer'] : [...paraf, 'Penyusun'],
  };
}

function findingsTable(exam: Examination, deadline: string): Content {
  const body: TableCell[][] = [
    headerRow(['No', 'Temuan', 'Rekomendasi', 'Nilai rekomendasi', 'Penanggung jawab', 'Batas waktu']),
  ];
  for (const f of exam.findings) {
    body.push([
      { text: String(f.number), alignment: 'right' },
      { text: f.kondisi },
      { text: f.rekomendasi },
      {
        text: f.recommendedAmount ? formatRupiah(f.recommendedAmount) : '-',
        alignment: 'right',
        noWrap: true,
      },
      { text: f.pic ?? '-' },
      { text: formatTanggalAngka(f.dueDate ?? deadline), noWrap: true },
    ]);
  }
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [16, '*', '*', 64, 60, 50], body },
    layout: gridLayout,
    fontSize: BA_TABLE,
    margin: [0, 4, 0, 8],
  };
}

/**
 * DOMAIN §7.4: the parties agree on the findings and on their follow-up within the office's days
 * after the examination; printed after the berita acara, signed like it. Empty without findings, and
 * for examinations finalised before the follow-up rule was frozen with them.
 */
export function kesepakatanPart(
  exam: Examination,
  followUpDays: number | undefined,
  signatures: Content[],
): Content[] {
  if (exam.findings.length === 0 || followUpDays === undefined) return [];
  const k = tanggalDalamKata(exam.date);
  const deadline = plusDays(exam.date, followUpDays);
  const total = exam.findings.reduce((s, f) => s + (f.recommendedAmount ?? 0), 0);
  const intro = paragraph(
    `Pada hari ini ${k.hari} tanggal ${k.tanggal} bulan ${k.bulan} tahun ${k.tahun} ` +
      `(${formatTanggalAngka(exam.date, '-')}), Yang Diperiksa dan Yang Memeriksa pada Berita Acara Pemeriksaan ` +
      `Kas Nomor ${exam.number ?? '-'} menyatakan sepakat atas temuan dan rekomendasi berikut:`,
    [0, 4, 0, 4],
  );
  const promise = paragraph(
    `Yang Diperiksa bersedia menindaklanjuti seluruh rekomendasi di atas paling lambat ${followUpDays} hari ` +
      `sejak tanggal berita acara ini, yaitu tanggal ${formatTanggal(deadline)}, kecuali ditetapkan lain pada ` +
      'kolom batas waktu' +
      (total > 0 ? `, termasuk menyetor/mengembalikan uang sebesar ${formatRupiah(total)}.` : '.') +
      ' Tindak lanjut diverifikasi oleh pemeriksa yang bukan penanggung jawab temuan.',
    [0, 0, 0, 4],
  );
  const closing = paragraph(
    'Demikian berita acara kesepakatan ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
    [0, 4, 0, 12],
  );
  const [first, ...rest] = signatures;
  return [
    {
      text: KESEPAKATAN_TITLE.toUpperCase(),
      bold: true,
      decoration: 'underline',
      alignment: 'center',
      fontSize: 12,
      pageBreak: 'before',
    },
    {
      text: `atas Berita Acara Pemeriksaan Kas Nomor ${exam.number ?? '-'}`,
      alignment: 'center',
      margin: [0, 2, 0, 8],
    },
    intro,
    findingsTable(exam, deadline),
    promise,
    unbreakable([closing, ...(first ? [first] : [])]),
    ...rest,
  ];
}
