import type { Content } from 'pdfmake/interfaces';
import { formatTanggal } from '../../../shared/format/date';
import { formatRupiah, type Sen } from '../../../shared/format/money';
import { KEGIATAN_TYPE_LABELS } from '../../../shared/kegiatan/kegiatan';
import type { PraAudit, PraAuditSnapshot, TeamMember } from '../../../shared/praaudit/praaudit';
import { BA_BODY, BA_TABLE, type ColonRow, colonItem, unbreakable, withBodySize } from '../baText';
import { moneyText, signerTable } from '../pdf';
import type { Orientation, Signer } from '../types';

/** Shared pieces of the three pra-audit documents (laporan, lembar tanggapan, checklist). */

export const BODY = BA_BODY;
export const TABLE = BA_TABLE;
export const MUTED = '#555555';

/** What one document builder returns; index.ts adds kop, number, footer and QR. */
export interface PraAuditPart {
  title: string;
  orientation: Orientation;
  content: Content[];
  /** Labels of the paraf boxes in the footer. */
  paraf: string[];
}

export interface Ctx {
  audit: PraAudit;
  number: string;
  /** Whole rupiah print without `,00`; once one amount has sen, every amount shows two decimals. */
  decimals: 'always' | 'never';
  /** `Sukamaju, 12 November 2026` over the right-hand signature. */
  dateLine: string;
}

function amounts(audit: PraAudit): Sen[] {
  return [
    audit.kegiatan.blmAmount,
    ...audit.findings.map((f) => f.amount),
    ...audit.sections.flatMap((s) => s.items.map((i) => i.amount)),
  ];
}

export function contextOf(snapshot: PraAuditSnapshot): Ctx {
  const { audit, office } = snapshot;
  const place = audit.desaName.trim() || office?.kecamatan.trim() || audit.place;
  return {
    audit,
    number: audit.number ?? '-',
    decimals: amounts(audit).some((a) => a % 100 !== 0) ? 'always' : 'never',
    dateLine: `${place}, ${formatTanggal(audit.auditDate)}`,
  };
}

/** `Rp185.000.000` in running text. */
export function rp(ctx: Ctx, sen: Sen): string {
  return formatRupiah(sen, { decimals: ctx.decimals === 'always' ? 'always' : 'auto' });
}

/** An amount in a table column; zero prints `-`. */
export function num(ctx: Ctx, sen: Sen): string {
  return moneyText(sen, { decimals: ctx.decimals, zero: 'dash' });
}

export function dateOrDash(iso: string | null): string {
  return iso ? formatTanggal(iso) : '-';
}

/** `1 Juni 2026 s.d. 31 Oktober 2026`, one end only, or `-`. */
export function periodText(audit: PraAudit): string {
  const { periodFrom: from, periodTo: to } = audit;
  if (from && to)
    return from === to ? formatTanggal(from) : `${formatTanggal(from)} s.d. ${formatTanggal(to)}`;
  if (from) return `sejak ${formatTanggal(from)}`;
  if (to) return `s.d. ${formatTanggal(to)}`;
  return '-';
}

export function kegiatanLine(audit: PraAudit): string {
  return `${audit.kegiatan.name} (${KEGIATAN_TYPE_LABELS[audit.kegiatan.type]}, ${audit.kegiatan.year})`;
}

/** Colon-aligned identity of the audited kegiatan; `short` for the lembar tanggapan and checklist. */
export function identityList(ctx: Ctx, short: boolean): Content {
  const { audit } = ctx;
  const k = audit.kegiatan;
  const rows: ColonRow[] = [{ label: 'Desa', value: audit.desaName, bold: true }];
  if (short) {
    rows.push(
      { label: 'Kegiatan', value: kegiatanLine(audit) },
      { label: 'Tanggal pra-audit', value: formatTanggal(audit.auditDate) },
      { label: 'Laporan', value: `Laporan Hasil Pra-Audit Nomor ${ctx.number}` },
    );
  } else {
    rows.push(
      { label: 'Nama kegiatan', value: k.name, bold: true },
      { label: 'Jenis kegiatan', value: KEGIATAN_TYPE_LABELS[k.type] },
      { label: 'Tahun anggaran', value: String(k.year) },
      { label: 'Nilai BLM', value: rp(ctx, k.blmAmount) },
      { label: 'Lokasi', value: k.location ?? '-' },
      { label: 'Periode yang diperiksa', value: periodText(audit) },
      { label: 'Tanggal pra-audit', value: formatTanggal(audit.auditDate) },
      { label: 'Tempat pra-audit', value: audit.place },
      { label: 'Instrumen', value: audit.templateLabel },
    );
  }
  return colonItem('', rows, short ? 90 : 120, short ? 0 : 10);
}

// ---------------------------------------------------------------------------------------------
// Signatures (DOMAIN §8.2): rows of two, each row kept on one page
// ---------------------------------------------------------------------------------------------

export function ketuaTpk(ctx: Ctx, caption: string): Signer {
  return { caption, role: `Ketua TPK Desa ${ctx.audit.desaName}`, name: ctx.audit.ketuaTpk };
}

export function teamSigner(m: TeamMember | undefined, caption: string): Signer {
  return { caption, role: m?.jabatan ?? 'Tim Pemeriksa', name: m?.name ?? null };
}

/** One signer row: a left and/or right block (a lone block sits on the right), date line over the right one. */
export function signerRow(
  left: Signer | null,
  right: Signer | null,
  dateLine: string | null = null,
): Content {
  const signers = [left, right].filter((s): s is Signer => s !== null);
  const slots = left && right ? [0, 1] : left ? [0] : [1];
  return unbreakable([withBodySize(signerTable(signers, slots, ['50%', '50%'], dateLine))]);
}

/** `Mengetahui,` blocks: two side by side, or one centred. */
export function acknowledgeRow(signers: Signer[]): Content {
  const [a, b] = signers;
  if (a && b) return signerRow(a, b);
  return unbreakable([withBodySize(signerTable(a ? [a] : [], [1], ['25%', '50%', '25%'], null))]);
}

/**
 * Closing words kept on the page of the first `together` signature rows (a signature page never
 * stands without text, and a short set of signatures is not split). A signer row is ~125 pt: three
 * rows and the closing fit on any portrait page; landscape documents keep one.
 */
export function closingWithSignatures(text: Content, rows: Content[], together = 1): Content[] {
  return [unbreakable([text, ...rows.slice(0, together)]), ...rows.slice(together)];
}
