import {
  PRA_AUDIT_DOCUMENT_LABELS,
  type PraAuditDocument,
  type PraAuditSnapshot,
} from '../../../shared/praaudit/praaudit';
import { reviewFooter } from '../baKesepakatan';
import { BA_BODY, verificationPayload } from '../baText';
import { renderPdf } from '../pdf';
import type { ReportDoc } from '../types';
import { checklistPart } from './checklist';
import { type Ctx, contextOf, type PraAuditPart } from './common';
import { laporanPart } from './laporan';
import { tanggapanPart } from './tanggapan';

/**
 * The three printed documents of a finalised TPK pra-audit, drawn from its frozen snapshot only: a
 * reprint is the same paper, only the print time in the footer differs.
 */

export interface PraAuditPdfOptions {
  /** Footer print moment and PDF creation date (default now). */
  printedAt?: Date;
}

const PARTS: Record<PraAuditDocument, (ctx: Ctx) => PraAuditPart> = {
  laporan: laporanPart,
  tanggapan: tanggapanPart,
  checklist: checklistPart,
};

/** One document as a ReportDoc (paper from the snapshot's office profile, A4 without one). */
export function praAuditDoc(
  snapshot: PraAuditSnapshot,
  hash: string,
  document: PraAuditDocument,
  opts: PraAuditPdfOptions = {},
): ReportDoc {
  const ctx = contextOf(snapshot);
  const part = PARTS[document](ctx);
  return {
    office: snapshot.office,
    paper: snapshot.office?.paperSize ?? 'A4',
    orientation: part.orientation,
    title: part.title,
    titleUnderline: true,
    subtitle: [`Nomor: ${ctx.number}`],
    content: [{ stack: part.content, fontSize: BA_BODY }],
    footer: {
      reference: `Nomor ${ctx.number}`,
      qr: verificationPayload(ctx.number, hash),
      note: `Kode verifikasi: ${hash}`,
      // The review stamp belongs to the report (LHPA); the other two documents keep their own paraf.
      ...(document === 'laporan' ? reviewFooter(snapshot.review, part.paraf) : { paraf: part.paraf }),
    },
    info: {
      title: `${part.title} ${ctx.number}`,
      subject: `Pra-audit TPK Desa ${snapshot.audit.desaName} — ${snapshot.audit.kegiatan.name}`,
    },
    printedAt: opts.printedAt,
  };
}

/** One pra-audit document as PDF bytes (Roboto embedded). */
export async function praAuditPdf(
  snapshot: PraAuditSnapshot,
  hash: string,
  document: PraAuditDocument,
  opts: PraAuditPdfOptions = {},
): Promise<Buffer> {
  return renderPdf(praAuditDoc(snapshot, hash, document, opts));
}

/** (`001/PRA-AUDIT/UPK/XI/2026`, `laporan`) → `Laporan-Hasil-Pra-Audit-001-PRA-AUDIT-UPK-XI-2026.pdf`. */
export function praAuditFileName(number: string, document: PraAuditDocument): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${slug(PRA_AUDIT_DOCUMENT_LABELS[document])}-${slug(number) || 'tanpa-nomor'}.pdf`;
}
