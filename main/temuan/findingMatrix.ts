import type { ParsedInputOf } from '../../shared/contract';
import type { ExportedFile } from '../../shared/ledger/books';
import {
  FINDING_SOURCE_LABELS,
  FINDING_SOURCES,
  type RecoveryLine,
  type RecoverySummary,
  recoveryBp,
  type TrackedFinding,
} from '../../shared/temuan/temuan';
import { notFound } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { qb, syncFirst } from '../db/sync';
import { fileSafe, signer } from '../ledger/booksExport';
import { getProfile } from '../office/profileService';
import { XLSX_MIME } from '../reports/pinjaman/common';
import { matriksPdf, matriksXlsx } from '../reports/temuan/matriks';
import { listFindings } from './findingService';

/** One line of Σ nilai rekomendasi, Σ disetor, sisa and % pemulihan over some findings. */
export function recoveryLine(label: string, findings: readonly TrackedFinding[]): RecoveryLine {
  const recommended = findings.reduce((s, f) => s + f.recommendedAmount, 0);
  const deposited = findings.reduce((s, f) => s + f.deposited, 0);
  return {
    label,
    findings: findings.length,
    recommended,
    deposited,
    remaining: recommended - deposited,
    recoveryBp: recoveryBp(recommended, deposited),
  };
}

/** Recovery over findings of final documents: in total, per source and per desa (cash examinations: "UPK"). */
export function recoveryOf(findings: readonly TrackedFinding[]): RecoverySummary {
  const final = findings.filter((f) => f.sourceFinal);
  const desaNames = [...new Set(final.map((f) => f.desaName ?? 'UPK (pemeriksaan kas)'))].sort((a, b) =>
    a.localeCompare(b, 'id-ID'),
  );
  return {
    total: recoveryLine('Jumlah', final),
    bySource: FINDING_SOURCES.map((s) =>
      recoveryLine(
        FINDING_SOURCE_LABELS[s],
        final.filter((f) => f.source === s),
      ),
    ),
    byDesa: desaNames.map((name) =>
      recoveryLine(
        name,
        final.filter((f) => (f.desaName ?? 'UPK (pemeriksaan kas)') === name),
      ),
    ),
  };
}

export function recoverySummary(ctx: ServiceContext): RecoverySummary {
  return recoveryOf(listFindings(ctx, { overdueOnly: false }));
}

export interface MatrixData {
  asOf: string;
  scope: string;
  findings: TrackedFinding[];
  recovery: RecoverySummary;
}

/** Matriks Tindak Lanjut of the findings of final documents, PDF or XLSX. */
export async function findingMatrix(
  ctx: ServiceContext,
  input: ParsedInputOf<'finding.matrix'>,
): Promise<ExportedFile> {
  let desa: string | null = null;
  if (input.desaId !== undefined) {
    desa =
      syncFirst(ctx.sqlite, qb.selectFrom('desa').select('name').where('id', '=', input.desaId))?.name ??
      null;
    if (desa === null) throw notFound('Desa');
  }
  const findings = listFindings(ctx, { source: input.source, desaId: input.desaId, overdueOnly: false })
    .filter((f) => f.sourceFinal)
    .sort(
      (a, b) => a.sourceDate.localeCompare(b.sourceDate) || a.sourceId - b.sourceId || a.number - b.number,
    );
  const asOf = officeToday(ctx.sqlite, ctx.now());
  const scope = [
    input.source ? FINDING_SOURCE_LABELS[input.source] : 'Semua sumber',
    desa ? `Desa ${desa}` : null,
  ]
    .filter(Boolean)
    .join(' — ');
  const data: MatrixData = { asOf, scope, findings, recovery: recoveryOf(findings) };
  const profile = await getProfile(ctx);
  const signatures = {
    place: profile?.kecamatan ?? '',
    date: asOf,
    signers: [await signer(ctx, 'ketua_upk', asOf, 'Mengetahui,'), await signer(ctx, 'bendahara_upk', asOf)],
  };
  const rctx = {
    office: profile,
    paper: profile?.paperSize ?? ('A4' as const),
    signatures,
    printedAt: ctx.now(),
  };
  const base = `Matriks-Tindak-Lanjut${desa ? `-${fileSafe(desa)}` : ''}-${asOf}`;
  if (input.format === 'pdf') {
    const bytes = await matriksPdf(data, rctx);
    return { fileName: `${base}.pdf`, mime: 'application/pdf', base64: bytes.toString('base64') };
  }
  const bytes = await matriksXlsx(data, rctx);
  return { fileName: `${base}.xlsx`, mime: XLSX_MIME, base64: bytes.toString('base64') };
}
