import type { Content, TableCell } from 'pdfmake/interfaces';
import { formatTanggalAngka, tanggalDalamKata } from '../../../shared/format/date';
import type { Tally } from '../../../shared/praaudit/praaudit';
import { SEVERITY_LABELS } from '../../../shared/temuan/temuan';
import { type ColonRow, colonItem, paragraph, SMALL_TABLE_ROWS, section } from '../baText';
import { gridLayout, headerRow } from '../pdf';
import {
  acknowledgeRow,
  type Ctx,
  closingWithSignatures,
  identityList,
  ketuaTpk,
  type PraAuditPart,
  rp,
  signerRow,
  TABLE,
  teamSigner,
} from './common';

/** Laporan Hasil Pra-Audit TPK (DOMAIN §1.4, §8.1). */

export const LAPORAN_TITLE = 'Laporan Hasil Pra-Audit TPK';

function opening(ctx: Ctx): Content {
  const { audit } = ctx;
  const k = tanggalDalamKata(audit.auditDate);
  return paragraph(
    `Pada hari ini ${k.hari} tanggal ${k.tanggal} bulan ${k.bulan} tahun ${k.tahun} ` +
      `(${formatTanggalAngka(audit.auditDate, '-')}), bertempat di ${audit.place}, Tim Pemeriksa telah ` +
      `melaksanakan pra-audit atas pengelolaan kegiatan oleh Tim Pengelola Kegiatan (TPK) Desa ${audit.desaName}, ` +
      'dengan hasil sebagai berikut:',
    [0, 4, 0, 2],
  );
}

function teamList(ctx: Ctx): Content[] {
  if (ctx.audit.team.length === 0) return [paragraph('Tim pemeriksa belum dicatat.', [10, 0, 0, 2])];
  return ctx.audit.team.map((m, i) =>
    colonItem(
      `${i + 1}.`,
      [
        { label: 'Nama', value: m.name, bold: true },
        { label: 'Jabatan', value: m.jabatan },
      ],
      52,
      10,
    ),
  );
}

function scoreText(t: Tally): string {
  return t.score === null ? '-' : `${t.score}%`;
}

function tallyCells(t: Tally, bold = false): TableCell[] {
  return [t.total, t.sesuai, t.tidakLengkap, t.tidakAda, t.tidakRelevan]
    .map((n): TableCell => ({ text: String(n), alignment: 'center', bold }))
    .concat({ text: scoreText(t), alignment: 'center', bold });
}

function summaryTable(ctx: Ctx): Content {
  const body: TableCell[][] = [
    headerRow(['Bagian', 'Jumlah butir', 'Sesuai', 'Belum lengkap', 'Tidak ada', 'TR', 'Skor']),
  ];
  for (const s of ctx.audit.sections) body.push([{ text: `${s.code}. ${s.title}` }, ...tallyCells(s.tally)]);
  body.push([{ text: 'Jumlah', bold: true }, ...tallyCells(ctx.audit.tally, true)]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 42, 38, 42, 38, 26, 34], body },
    layout: gridLayout,
    fontSize: TABLE,
    margin: [10, 0, 0, 3],
  };
}

function summary(ctx: Ctx): Content[] {
  const t = ctx.audit.tally;
  const note = paragraph(
    `Skor kelengkapan = (2 × sesuai + belum lengkap) : (2 × butir relevan yang diperiksa); butir TR tidak ` +
      `dihitung.${t.examined < t.total ? ` ${t.total - t.examined} butir belum diperiksa.` : ''}`,
    [10, 0, 0, 2],
  );
  return section(
    'C. RINGKASAN HASIL CHECKLIST',
    [{ stack: [summaryTable(ctx), { ...(note as object), fontSize: TABLE } as Content] }],
    ctx.audit.sections.length <= SMALL_TABLE_ROWS,
  );
}

const FINDING_LABEL_WIDTH = 72;
/** Ketua TPK + first examiner, two more examiners, Mengetahui: one page for a team of up to three. */
const SIGNER_ROWS_WITH_CLOSING = 3;

function findings(ctx: Ctx): Content[] {
  const title = 'D. CATATAN KEKURANGAN';
  if (ctx.audit.findings.length === 0) {
    return section(title, [paragraph('Tidak terdapat catatan kekurangan.', [10, 0, 0, 2])]);
  }
  const blocks = ctx.audit.findings.map((f) => {
    const rows: ColonRow[] = [{ label: 'Kondisi', value: f.kondisi }];
    if (f.kriteria) rows.push({ label: 'Kriteria', value: f.kriteria });
    rows.push({ label: 'Rekomendasi', value: f.rekomendasi });
    if (f.amount > 0) rows.push({ label: 'Nilai', value: rp(ctx, f.amount) });
    if (f.severity) rows.push({ label: 'Tingkat', value: SEVERITY_LABELS[f.severity] });
    return {
      ...(colonItem(`${f.number}.`, rows, FINDING_LABEL_WIDTH, 10) as object),
      margin: [10, 0, 0, 6],
    } as Content;
  });
  blocks.push(
    paragraph(
      'Tanggapan TPK dan rencana tindak lanjut atas setiap catatan kekurangan dituangkan dalam Lembar ' +
        'Tanggapan Pra-Audit.',
      [10, 2, 0, 2],
    ),
  );
  return section(title, blocks);
}

/**
 * Left "Yang Diperiksa," (Ketua TPK), right "Yang Memeriksa," (first team member) under the date line;
 * the other team members two per row; then "Mengetahui," Kepala Desa and Fasilitator Kecamatan.
 */
function signatures(ctx: Ctx): Content[] {
  const { audit } = ctx;
  const [first, ...others] = audit.team;
  const rows = [
    signerRow(ketuaTpk(ctx, 'Yang Diperiksa,'), teamSigner(first, 'Yang Memeriksa,'), ctx.dateLine),
  ];
  for (let i = 0; i < others.length; i += 2) {
    const a = others[i];
    const b = others[i + 1];
    rows.push(
      b
        ? signerRow(teamSigner(a, 'Yang Memeriksa,'), teamSigner(b, 'Yang Memeriksa,'))
        : signerRow(null, teamSigner(a, 'Yang Memeriksa,')),
    );
  }
  rows.push(
    acknowledgeRow([
      { caption: 'Mengetahui,', role: `Kepala Desa ${audit.desaName}`, name: audit.kepalaDesa },
      { caption: 'Mengetahui,', role: 'Fasilitator Kecamatan', name: audit.fkName },
    ]),
  );
  return rows;
}

export function laporanPart(ctx: Ctx): PraAuditPart {
  const closing = paragraph(
    'Demikian laporan hasil pra-audit ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana ' +
      'mestinya. Lembar Tanggapan Pra-Audit dan Checklist Pra-Audit merupakan bagian yang tidak ' +
      'terpisahkan dari laporan ini.',
    [0, 12, 0, 14],
  );
  return {
    title: LAPORAN_TITLE,
    orientation: 'portrait',
    paraf: ['Ketua TPK', 'Pemeriksa'],
    content: [
      opening(ctx),
      ...section('A. IDENTITAS KEGIATAN', [identityList(ctx, false)]),
      ...section('B. TIM PEMERIKSA', teamList(ctx)),
      ...summary(ctx),
      ...findings(ctx),
      ...section('E. KESIMPULAN', [paragraph(ctx.audit.conclusion ?? '-', [10, 0, 0, 2])]),
      ...closingWithSignatures(closing, signatures(ctx), SIGNER_ROWS_WITH_CLOSING),
    ],
  };
}
