import type BetterSqlite3 from 'better-sqlite3';
import type { DocumentCheck, IntegrityFinding, IntegrityReport } from '../../shared/audit/audit';
import { nowIso, type ServiceContext } from '../core/context';
import { attachmentFindings } from './attachmentIntegrity';
import { verifyAuditChain } from './auditChain';
import { checkDocument, EXAM_TYPES, type FrozenDoc } from './auditService';
import { balanceFindings, checkpointFindings, lockFindings } from './ledgerIntegrity';
import { triggerFindings } from './protectiveTriggers';

type DocTable = 'examinations' | 'pra_audits';

const DOC_SELECT: Record<DocTable, string> = {
  examinations:
    'SELECT id, status, number, type, exam_date AS date, snapshot, snapshot_hash FROM examinations',
  pra_audits:
    'SELECT id, status, number, NULL AS type, audit_date AS date, snapshot, snapshot_hash FROM pra_audits',
};

/** Ids the audit trail saw finalised (a row whose recorded status was not draft). */
function everFinalised(sqlite: BetterSqlite3.Database, table: DocTable): Map<number, number> {
  const rows = sqlite
    .prepare(
      `SELECT CAST(row_id AS INTEGER) AS id, min(id) AS auditId FROM audit_log
       WHERE table_name = ? AND action != 'delete' AND json_valid(after_json)
         AND json_extract(after_json, '$.status') IS NOT 'draft' GROUP BY row_id`,
    )
    .all(table) as { id: number; auditId: number }[];
  return new Map(rows.map((r) => [r.id, r.auditId]));
}

function labelOf(table: DocTable, doc: Pick<FrozenDoc, 'type'>): Pick<DocumentCheck, 'kind' | 'label'> {
  return table === 'examinations'
    ? {
        kind: 'pemeriksaan_kas',
        label: `Berita acara pemeriksaan kas (${EXAM_TYPES[doc.type ?? ''] ?? doc.type})`,
      }
    : { kind: 'pra_audit', label: 'Laporan pra-audit' };
}

/**
 * Every document that is final, carries a number, or was ever finalised according to the trail is
 * checked; one the trail saw finalised that is gone is a finding.
 */
function documentChecks(
  ctx: ServiceContext,
  table: DocTable,
  broken: Set<number>,
  findings: IntegrityFinding[],
): DocumentCheck[] {
  const finalised = everFinalised(ctx.sqlite, table);
  const docs = ctx.sqlite
    .prepare(`${DOC_SELECT[table]} WHERE status != 'draft' OR number IS NOT NULL ORDER BY date, id`)
    .all() as FrozenDoc[];
  const byId = ctx.sqlite.prepare(`${DOC_SELECT[table]} WHERE id = ?`);
  const seen = new Set(docs.map((d) => d.id));
  for (const [id, auditId] of finalised) {
    if (seen.has(id)) continue;
    const doc = byId.get(id) as FrozenDoc | undefined;
    if (doc) docs.push(doc);
    else
      findings.push({
        area: 'dokumen',
        message: `${labelOf(table, { type: null }).label.replace(/ \(.*\)$/, '')} #${id} pernah difinalkan (jejak #${auditId}) tetapi kini tidak ada lagi.`,
      });
  }
  return docs.map((doc) => checkDocument(ctx, table, doc, labelOf(table, doc), broken));
}

const latest = new WeakMap<BetterSqlite3.Database, IntegrityReport>();

/**
 * "Periksa integritas": the audit chain, every finalised document, every locked period's journal
 * against its lock's digest, the locks themselves, checkpoints against lines, balanced entries,
 * protective triggers and attachment hashes. Reads only.
 */
export function checkIntegrity(ctx: ServiceContext): IntegrityReport {
  const { sqlite } = ctx;
  const chain = verifyAuditChain(sqlite);
  const broken = new Set(chain.problems.filter((p) => p.kind === 'isi_diubah').map((p) => p.id));
  const findings: IntegrityFinding[] = [];
  const documents = [
    ...documentChecks(ctx, 'examinations', broken, findings),
    ...documentChecks(ctx, 'pra_audits', broken, findings),
  ];
  findings.push(
    ...lockFindings(sqlite),
    ...balanceFindings(sqlite),
    ...checkpointFindings(sqlite),
    ...triggerFindings(sqlite, ctx.now().getTime()),
    ...attachmentFindings(sqlite),
  );
  const report: IntegrityReport = {
    checkedAt: nowIso(ctx),
    ok: chain.ok && documents.every((d) => d.ok) && findings.length === 0,
    chain,
    documents,
    findings,
  };
  latest.set(sqlite, report);
  return report;
}

/** The newest report for this file (checked now if none yet). */
export function latestIntegrity(ctx: ServiceContext): IntegrityReport {
  return latest.get(ctx.sqlite) ?? checkIntegrity(ctx);
}

/**
 * What `exam.verify` says about one finalised document: the same document check as "Periksa
 * integritas", plus the locks that close the journal up to `until` (when given).
 */
export function verifyDocument(
  ctx: ServiceContext,
  table: DocTable,
  id: number,
  until: string | null,
): string[] {
  const doc = ctx.sqlite.prepare(`${DOC_SELECT[table]} WHERE id = ?`).get(id) as FrozenDoc | undefined;
  if (!doc) return [];
  const chain = verifyAuditChain(ctx.sqlite);
  const broken = new Set(chain.problems.filter((p) => p.kind === 'isi_diubah').map((p) => p.id));
  const problems = checkDocument(ctx, table, doc, labelOf(table, doc), broken).problems;
  if (until !== null) problems.push(...lockFindings(ctx.sqlite, until).map((f) => f.message));
  return problems;
}
