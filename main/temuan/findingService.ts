import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { formatTanggalAngka } from '../../shared/format/date';
import {
  CLOSED_STATUSES,
  type Deposit,
  FINDING_SOURCES,
  type FindingStatus,
  type FindingsOverview,
  type FollowUp,
  type TrackedFinding,
} from '../../shared/temuan/temuan';
import { REF_COLUMNS, toRef } from '../attachments/attachmentStore';
import { notFound } from '../core/appError';
import type { ServiceContext } from '../core/context';
import { daysBetween, officeToday } from '../core/today';
import { depositsOf } from './findingDeposits';
import { addDays, readDeadlineDays } from './findingSettings';

interface FindingRow {
  id: number;
  source: TrackedFinding['source'];
  exam_id: number | null;
  pra_audit_id: number | null;
  item_code: string | null;
  number: number;
  kondisi: string;
  kriteria: string | null;
  sebab: string | null;
  akibat: string | null;
  rekomendasi: string;
  amount: number;
  severity: TrackedFinding['severity'];
  tanggapan: string | null;
  pic: string | null;
  due_date: string | null;
  dibawa_ke_mad: number;
  status: FindingStatus;
  doc_number: string | null;
  doc_status: string;
  doc_date: string;
  desa_id: number | null;
  desa_name: string | null;
  kegiatan_name: string | null;
  recommended_amount: number;
  lib_code: string | null;
  lib_version: number | null;
}

/** Every finding with the document it came from (an examination or a pra-audit). */
const SELECT = `SELECT f.*, i.code AS item_code,
    COALESCE(e.number, p.number) AS doc_number, COALESCE(e.status, p.status) AS doc_status,
    COALESCE(e.exam_date, p.audit_date) AS doc_date, p.desa_id, d.name AS desa_name, k.name AS kegiatan_name,
    fl.code AS lib_code, lv.version AS lib_version
  FROM findings f
  LEFT JOIN examinations e ON e.id = f.exam_id
  LEFT JOIN pra_audits p ON p.id = f.pra_audit_id
  LEFT JOIN desa d ON d.id = p.desa_id
  LEFT JOIN kegiatan k ON k.id = p.kegiatan_id
  LEFT JOIN checklist_items i ON i.id = f.checklist_item_id
  LEFT JOIN finding_library_versions lv ON lv.id = f.library_version_id
  LEFT JOIN finding_library fl ON fl.id = lv.entry_id`;

function context(sqlite: BetterSqlite3.Database, now: Date): Context {
  return { today: officeToday(sqlite, now), deadlineDays: readDeadlineDays(sqlite) };
}

export function isOpen(status: FindingStatus): boolean {
  return !CLOSED_STATUSES.includes(status);
}

interface Context {
  today: string;
  deadlineDays: number;
}

function toFinding(r: FindingRow, c: Context, followUps: FollowUp[], deposits: Deposit[]): TrackedFinding {
  const praAudit = r.source === 'pra_audit';
  const deposited = deposits.reduce((sum, d) => sum + d.amount, 0);
  const deadline = r.due_date ?? addDays(r.doc_date, c.deadlineDays);
  const open = isOpen(r.status);
  return {
    id: r.id,
    source: r.source,
    sourceId: (praAudit ? r.pra_audit_id : r.exam_id) ?? 0,
    sourceNumber: r.doc_number,
    sourceFinal: r.doc_status !== 'draft',
    sourceLabel: praAudit
      ? `Pra-audit Desa ${r.desa_name} — ${r.kegiatan_name}`
      : `Pemeriksaan kas ${formatTanggalAngka(r.doc_date)}`,
    sourceDate: r.doc_date,
    desaId: r.desa_id,
    desaName: r.desa_name,
    checklistItemCode: r.item_code,
    number: r.number,
    kondisi: r.kondisi,
    kriteria: r.kriteria,
    sebab: r.sebab,
    akibat: r.akibat,
    rekomendasi: r.rekomendasi,
    amount: r.amount,
    severity: r.severity,
    tanggapan: r.tanggapan,
    pic: r.pic,
    dueDate: r.due_date,
    status: r.status,
    overdue: open && deadline < c.today,
    ageDays: Math.max(0, daysBetween(r.doc_date, c.today)),
    dibawaKeMad: r.dibawa_ke_mad === 1,
    followUps,
    library:
      r.lib_code !== null && r.lib_version !== null ? { code: r.lib_code, version: r.lib_version } : null,
    recommendedAmount: r.recommended_amount,
    deposits,
    deposited,
    remaining: r.recommended_amount - deposited,
    deadline,
    daysLeft: open ? daysBetween(c.today, deadline) : null,
  };
}

function followUpsOf(sqlite: BetterSqlite3.Database, findingId: number): FollowUp[] {
  const rows = sqlite
    .prepare('SELECT * FROM finding_followups WHERE finding_id = ? ORDER BY followup_date, id')
    .all(findingId) as {
    id: number;
    followup_date: string;
    status: FindingStatus;
    note: string;
    verified_by: string | null;
    verifier_user_id: number | null;
    created_by: string;
    created_at: string;
  }[];
  const evidence = sqlite.prepare(
    `SELECT ${REF_COLUMNS} FROM finding_followup_evidence fe JOIN attachments a ON a.id = fe.attachment_id
     WHERE fe.followup_id = ? ORDER BY a.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    date: r.followup_date,
    status: r.status,
    note: r.note,
    verifiedBy: r.verified_by,
    verifierUserId: r.verifier_user_id,
    evidence: (evidence.all(r.id) as Parameters<typeof toRef>[0][]).map(toRef),
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}

/** The findings of one document, in number order, as the tracker shows them. */
export function findingsOf(
  sqlite: BetterSqlite3.Database,
  now: Date,
  doc: { examId: number } | { praAuditId: number },
): TrackedFinding[] {
  const c = context(sqlite, now);
  const [column, id] = 'examId' in doc ? ['f.exam_id', doc.examId] : ['f.pra_audit_id', doc.praAuditId];
  const rows = sqlite.prepare(`${SELECT} WHERE ${column} = ? ORDER BY f.number`).all(id) as FindingRow[];
  return rows.map((r) => toFinding(r, c, followUpsOf(sqlite, r.id), depositsOf(sqlite, r.id)));
}

export function listFindings(ctx: ServiceContext, input: ParsedInputOf<'finding.list'>): TrackedFinding[] {
  const { sqlite } = ctx;
  const c = context(sqlite, ctx.now());
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (input.source) {
    where.push('f.source = ?');
    params.push(input.source);
  }
  if (input.desaId !== undefined) {
    where.push('p.desa_id = ?');
    params.push(input.desaId);
  }
  if (input.status) {
    where.push('f.status = ?');
    params.push(input.status);
  }
  const rows = sqlite
    .prepare(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY CASE WHEN f.status IN ('terbuka', 'dalam_proses') THEN 0 ELSE 1 END, doc_date DESC, f.source, f.number`,
    )
    .all(...params) as FindingRow[];
  const all = rows.map((r) => toFinding(r, c, followUpsOf(sqlite, r.id), depositsOf(sqlite, r.id)));
  return input.overdueOnly ? all.filter((f) => f.overdue) : all;
}

export function getFinding(ctx: ServiceContext, input: { id: number }): TrackedFinding {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE f.id = ?`).get(input.id) as FindingRow | undefined;
  if (!row) throw notFound('Temuan');
  return toFinding(
    row,
    context(ctx.sqlite, ctx.now()),
    followUpsOf(ctx.sqlite, row.id),
    depositsOf(ctx.sqlite, row.id),
  );
}

const AGE_BUCKETS: { label: string; upTo: number }[] = [
  { label: '≤ 30 hari', upTo: 30 },
  { label: '31–90 hari', upTo: 90 },
  { label: '91–180 hari', upTo: 180 },
  { label: '> 180 hari', upTo: Number.POSITIVE_INFINITY },
];

/** Open findings of final documents, for the Beranda. */
export function findingsOverview(ctx: ServiceContext): FindingsOverview {
  const open = listFindings(ctx, { overdueOnly: false }).filter((f) => f.sourceFinal && isOpen(f.status));
  const bySource = Object.fromEntries(
    FINDING_SOURCES.map((s) => [s, open.filter((f) => f.source === s).length]),
  ) as FindingsOverview['bySource'];
  let lower = -1;
  const byAge = AGE_BUCKETS.map((b) => {
    const count = open.filter((f) => f.ageDays > lower && f.ageDays <= b.upTo).length;
    lower = b.upTo;
    return { label: b.label, count };
  });
  return { open: open.length, overdue: open.filter((f) => f.overdue).length, byAge, bySource };
}
