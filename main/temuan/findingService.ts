import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { formatTanggalAngka } from '../../shared/format/date';
import {
  CLOSED_STATUSES,
  FINDING_SOURCES,
  type FindingStatus,
  type FindingsOverview,
  type FollowUp,
  type TrackedFinding,
} from '../../shared/temuan/temuan';
import { decodeUpload, REF_COLUMNS, storeAttachment, toRef } from '../attachments/attachmentStore';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { daysBetween, officeToday } from '../core/today';

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
}

/** Every finding with the document it came from (an examination or a pra-audit). */
const SELECT = `SELECT f.*, i.code AS item_code,
    COALESCE(e.number, p.number) AS doc_number, COALESCE(e.status, p.status) AS doc_status,
    COALESCE(e.exam_date, p.audit_date) AS doc_date, p.desa_id, d.name AS desa_name, k.name AS kegiatan_name
  FROM findings f
  LEFT JOIN examinations e ON e.id = f.exam_id
  LEFT JOIN pra_audits p ON p.id = f.pra_audit_id
  LEFT JOIN desa d ON d.id = p.desa_id
  LEFT JOIN kegiatan k ON k.id = p.kegiatan_id
  LEFT JOIN checklist_items i ON i.id = f.checklist_item_id`;

function isOpen(status: FindingStatus): boolean {
  return !CLOSED_STATUSES.includes(status);
}

function toFinding(r: FindingRow, today: string, followUps: FollowUp[]): TrackedFinding {
  const praAudit = r.source === 'pra_audit';
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
    overdue: isOpen(r.status) && r.due_date !== null && r.due_date < today,
    ageDays: Math.max(0, daysBetween(r.doc_date, today)),
    dibawaKeMad: r.dibawa_ke_mad === 1,
    followUps,
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
  const today = officeToday(sqlite, now);
  const [column, id] = 'examId' in doc ? ['f.exam_id', doc.examId] : ['f.pra_audit_id', doc.praAuditId];
  const rows = sqlite.prepare(`${SELECT} WHERE ${column} = ? ORDER BY f.number`).all(id) as FindingRow[];
  return rows.map((r) => toFinding(r, today, followUpsOf(sqlite, r.id)));
}

export function listFindings(ctx: ServiceContext, input: ParsedInputOf<'finding.list'>): TrackedFinding[] {
  const { sqlite } = ctx;
  const today = officeToday(sqlite, ctx.now());
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
  if (input.overdueOnly) {
    where.push(`f.status IN ('terbuka', 'dalam_proses') AND f.due_date < ?`);
    params.push(today);
  }
  const rows = sqlite
    .prepare(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY CASE WHEN f.status IN ('terbuka', 'dalam_proses') THEN 0 ELSE 1 END, doc_date DESC, f.source, f.number`,
    )
    .all(...params) as FindingRow[];
  return rows.map((r) => toFinding(r, today, followUpsOf(sqlite, r.id)));
}

export function getFinding(ctx: ServiceContext, input: { id: number }): TrackedFinding {
  const row = ctx.sqlite.prepare(`${SELECT} WHERE f.id = ?`).get(input.id) as FindingRow | undefined;
  if (!row) throw notFound('Temuan');
  return toFinding(row, officeToday(ctx.sqlite, ctx.now()), followUpsOf(ctx.sqlite, row.id));
}

export function addFollowUp(
  ctx: ServiceContext,
  input: ParsedInputOf<'finding.addFollowUp'>,
): TrackedFinding {
  const { sqlite } = ctx;
  const finding = getFinding(ctx, { id: input.id });
  if (!finding.sourceFinal) {
    throw conflict(
      'Tindak lanjut dicatat setelah dokumen sumbernya final; temuan draft masih dapat diubah langsung.',
    );
  }
  if (!isOpen(finding.status)) {
    throw conflict('Temuan ini sudah ditutup; tindak lanjutnya tidak dapat diubah lagi.');
  }
  const closing = CLOSED_STATUSES.includes(input.status);
  if (closing && !input.verifiedBy) {
    throw new AppError('VALIDATION', 'Tulis siapa yang memverifikasi sebelum menutup temuan.', {
      verifiedBy: 'Wajib diisi untuk status selesai atau tidak dapat ditindaklanjuti',
    });
  }
  if (input.date < finding.sourceDate) {
    throw new AppError('VALIDATION', 'Tanggal tindak lanjut tidak boleh sebelum tanggal dokumen sumbernya.', {
      date: 'Sebelum tanggal temuan',
    });
  }
  const today = officeToday(sqlite, ctx.now());
  if (input.date > today) {
    throw new AppError('VALIDATION', 'Tanggal tindak lanjut tidak boleh di masa depan.', {
      date: 'Di masa depan',
    });
  }
  const files = input.evidence.map((f, i) => ({ file: f, bytes: decodeUpload(f, `evidence.${i}`) }));
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    const followUpId = Number(
      sqlite
        .prepare(
          `INSERT INTO finding_followups (finding_id, followup_date, status, note, verified_by, created_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.id, input.date, input.status, input.note, input.verifiedBy, ctx.actor, now)
        .lastInsertRowid,
    );
    const link = sqlite.prepare(
      'INSERT INTO finding_followup_evidence (followup_id, attachment_id) VALUES (?, ?)',
    );
    for (const { file, bytes } of files)
      link.run(followUpId, storeAttachment(sqlite, file, bytes, ctx.actor, now));
    sqlite.prepare('UPDATE findings SET status = ? WHERE id = ?').run(input.status, input.id);
  })();
  return getFinding(ctx, { id: input.id });
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
