import type BetterSqlite3 from 'better-sqlite3';
import type { ExportedFile } from '../../shared/ledger/books';
import type { OfficeProfile } from '../../shared/office/profile';
import type { PraAudit, PraAuditDocument, PraAuditSnapshot } from '../../shared/praaudit/praaudit';
import type { ReviewStamp } from '../../shared/review/review';
import { AppError, conflict } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { type NumberSeries, nextDocumentNumber } from '../core/documentNumber';
import { canonicalJson, sha256 } from '../core/snapshot';
import { getProfile } from '../office/profileService';
import { praAuditFileName, praAuditPdf } from '../reports/praAudit';
import { reviewGate } from '../review/reviewService';
import { auditRow, readAudit } from './auditRead';

export const PRA_AUDIT_NUMBERS: NumberSeries = {
  settingKey: 'praAudit.numberPattern',
  defaultPattern: '{no}/LHPA/UPK/{bulan}/{tahun}',
  countSql: 'SELECT COUNT(*) FROM pra_audits WHERE number IS NOT NULL AND substr(audit_date, 1, 4) = ?',
};

/**
 * Refuses while anything is missing; otherwise numbers the audit and freezes what its three documents
 * print (hashed canonical snapshot) in one transaction. Triggers refuse every later change.
 */
export function finaliseAuditWith(
  sqlite: BetterSqlite3.Database,
  id: number,
  office: OfficeProfile | null,
  actor: string,
  now: Date,
  review?: ReviewStamp,
): PraAudit {
  const row = auditRow(sqlite, id);
  if (row.status !== 'draft') throw conflict(`Pra-audit ini sudah final dengan nomor ${row.number}.`);
  const live = readAudit(sqlite, id, now);
  if (live.missing.length > 0) {
    throw new AppError('VALIDATION', `Belum dapat difinalkan: ${live.missing.join('; ')}.`);
  }
  const stamp = now.toISOString();
  sqlite.transaction(() => {
    const number = nextDocumentNumber(sqlite, PRA_AUDIT_NUMBERS, row.audit_date);
    const audit: PraAudit = {
      ...live,
      number,
      status: 'final',
      finalisedAt: stamp,
      finalisedBy: actor,
      hash: null,
    };
    const snapshot = canonicalJson({
      audit,
      office,
      ...(review ? { review } : {}),
    } satisfies PraAuditSnapshot);
    sqlite
      .prepare(
        `UPDATE pra_audits SET number = ?, status = 'final', snapshot = ?, snapshot_hash = ?, finalised_at = ?,
           finalised_by = ?, updated_at = ? WHERE id = ?`,
      )
      .run(number, snapshot, sha256(snapshot), stamp, actor, stamp, row.id);
  })();
  return readAudit(sqlite, id, now);
}

export async function finaliseAudit(ctx: ServiceContext, input: { id: number }): Promise<PraAudit> {
  const office = await getProfile(ctx);
  const live = readAudit(ctx.sqlite, input.id, ctx.now());
  // What is missing is reported first; review is the last step before finalising.
  const review =
    live.missing.length > 0 || live.status !== 'draft' ? undefined : reviewGate(ctx, 'pra_audit', input.id);
  return finaliseAuditWith(ctx.sqlite, input.id, office, ctx.actor, ctx.now(), review);
}

/** One of the three documents, printed from the frozen snapshot only. */
export async function auditPdf(
  ctx: ServiceContext,
  input: { id: number; document: PraAuditDocument },
): Promise<ExportedFile> {
  const row = auditRow(ctx.sqlite, input.id);
  if (row.status === 'draft' || !row.snapshot || !row.snapshot_hash || !row.number) {
    throw conflict(
      'Finalkan pra-audit dulu: laporan hanya dicetak dari pra-audit yang sudah final dan bernomor.',
    );
  }
  const snapshot = JSON.parse(row.snapshot) as PraAuditSnapshot;
  const bytes = await praAuditPdf(snapshot, row.snapshot_hash, input.document, { printedAt: ctx.now() });
  return {
    fileName: praAuditFileName(row.number, input.document),
    mime: 'application/pdf',
    base64: bytes.toString('base64'),
  };
}
