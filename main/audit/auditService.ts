import type { AuditAction, AuditChange, AuditPage, AuditRow, DocumentCheck } from '../../shared/audit/audit';
import type { ParsedInputOf } from '../../shared/contract';
import { zonedToUtcMillis } from '../../shared/format/date';
import type { ServiceContext } from '../core/context';
import { sha256 } from '../core/snapshot';
import { officeTimeZone } from '../core/today';
import { auditedTables } from './auditTriggers';

const MAX_VALUE = 300;

function show(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}… (${text.length} karakter)` : text;
}

function parse(json: string | null): Record<string, unknown> | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The fields that differ between before and after (for inserts/deletes: every non-empty one). */
export function changedFields(beforeJson: string | null, afterJson: string | null): AuditChange[] {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: AuditChange[] = [];
  for (const field of keys) {
    const b = before?.[field];
    const a = after?.[field];
    if (before && after && JSON.stringify(b) === JSON.stringify(a)) continue;
    if (!before && (a === null || a === undefined)) continue;
    if (!after && (b === null || b === undefined)) continue;
    changes.push({ field, before: show(b), after: show(a) });
  }
  return changes;
}

/** Start of a calendar day in the office's zone as an ISO instant (the trail stores UTC). */
function officeDayStart(ctx: ServiceContext, isoDate: string, plusDays = 0): string {
  const zone = officeTimeZone(ctx.sqlite);
  return new Date(zonedToUtcMillis(isoDate, '00:00', zone) + plusDays * 86_400_000).toISOString();
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

interface RawRow {
  id: number;
  at: string;
  actor: string;
  table_name: string;
  row_id: string | null;
  action: AuditAction;
  before_json: string | null;
  after_json: string | null;
  hash: string | null;
}

/** The audit trail, newest first, filtered and paged. */
export function listAudit(ctx: ServiceContext, input: ParsedInputOf<'audit.list'>): AuditPage {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (input.table) {
    where.push('table_name = ?');
    params.push(input.table);
  }
  if (input.actor) {
    where.push("actor LIKE ? ESCAPE '\\'");
    params.push(`%${escapeLike(input.actor)}%`);
  }
  if (input.from) {
    where.push('at >= ?');
    params.push(officeDayStart(ctx, input.from));
  }
  if (input.to) {
    where.push('at < ?');
    params.push(officeDayStart(ctx, input.to, 1));
  }
  if (input.text) {
    const like = `%${escapeLike(input.text)}%`;
    where.push("(row_id = ? OR before_json LIKE ? ESCAPE '\\' OR after_json LIKE ? ESCAPE '\\')");
    params.push(input.text, like, like);
  }
  const offset = (input.page - 1) * input.pageSize;
  const raw = ctx.sqlite
    .prepare(
      `SELECT id, at, actor, table_name, row_id, action, before_json, after_json, hash FROM audit_log
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, input.pageSize + 1, offset) as RawRow[];
  const rows: AuditRow[] = raw.slice(0, input.pageSize).map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    table: r.table_name,
    rowId: r.row_id,
    action: r.action,
    changes: changedFields(r.before_json, r.after_json),
    sealed: r.hash !== null,
  }));
  return {
    rows,
    page: input.page,
    pageSize: input.pageSize,
    hasMore: raw.length > input.pageSize,
    tables: auditedTables(ctx.sqlite).map((t) => t.name),
  };
}

export const EXAM_TYPES: Record<string, string> = {
  rutin: 'rutin',
  mendadak: 'mendadak',
  serah_terima: 'serah terima',
  tutup_buku: 'tutup buku',
};

export interface FrozenDoc {
  id: number;
  status: string;
  number: string | null;
  type: string | null;
  date: string;
  snapshot: string | null;
  snapshot_hash: string | null;
}

interface DocAuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
}

/** Paths whose values differ between two JSON values (at most `limit`), e.g. `exam.conclusion`. */
export function jsonDiff(a: unknown, b: unknown, limit = 8, path = '', out: string[] = []): string[] {
  if (out.length >= limit) return out;
  const bothObjects = a && b && typeof a === 'object' && typeof b === 'object';
  if (bothObjects && Array.isArray(a) === Array.isArray(b)) {
    const ao = a as Record<string, unknown>;
    const bo = b as Record<string, unknown>;
    for (const key of [...new Set([...Object.keys(ao), ...Object.keys(bo)])]) {
      jsonDiff(ao[key], bo[key], limit, path ? `${path}.${key}` : key, out);
      if (out.length >= limit) break;
    }
    return out;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`${path || '(seluruh isi)'}: ${show(a) ?? 'kosong'} → ${show(b) ?? 'kosong'}`);
  }
  return out;
}

function parseJson(text: string | null | undefined): unknown {
  if (typeof text !== 'string') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function checkDocument(
  ctx: ServiceContext,
  table: 'examinations' | 'pra_audits',
  doc: FrozenDoc,
  base: Pick<DocumentCheck, 'kind' | 'label'>,
  brokenAuditRows: Set<number>,
): DocumentCheck {
  const problems: string[] = [];
  const name = `${base.label} No. ${doc.number ?? '(tanpa nomor)'}`;
  if (doc.status === 'draft') {
    problems.push(
      `${name}: pernah difinalkan tetapi kini berstatus draf — dikembalikan ke draf di luar aplikasi, sehingga dapat diubah lagi.`,
    );
  }
  const snapshotOk =
    doc.snapshot !== null && doc.snapshot_hash !== null && sha256(doc.snapshot) === doc.snapshot_hash;
  if (!snapshotOk) {
    problems.push(
      `${name}: isi dokumen yang dibekukan tidak cocok lagi dengan sidik (hash) yang tersimpan — isinya diubah di luar aplikasi.`,
    );
  }
  const history = ctx.sqlite
    .prepare(
      `SELECT id, at, actor, action, before_json, after_json FROM audit_log
       WHERE table_name = ? AND row_id = ? ORDER BY id`,
    )
    .all(table, String(doc.id)) as DocAuditRow[];
  const finalIndex = history.findIndex((r) => {
    const after = parse(r.after_json);
    return after !== null && after.status !== 'draft' && after.status !== undefined;
  });
  const finalRow = finalIndex >= 0 ? history[finalIndex] : undefined;
  let auditOk = true;
  if (!finalRow) {
    auditOk = false;
    problems.push(`${name}: tidak ada catatan jejak audit saat dokumen ini difinalkan.`);
  } else {
    const recorded = parse(finalRow.after_json) ?? {};
    const where = `jejak #${finalRow.id} (${finalRow.at}, ${finalRow.actor})`;
    if (brokenAuditRows.has(finalRow.id)) {
      auditOk = false;
      problems.push(`${name}: catatan finalisasinya (${where}) sendiri diubah sesudah disegel.`);
    }
    if (recorded.snapshot_hash !== doc.snapshot_hash) {
      auditOk = false;
      problems.push(
        `${name}: sidik (hash) yang tersimpan ${doc.snapshot_hash ?? 'kosong'} berbeda dengan saat difinalkan ${String(recorded.snapshot_hash)} (${where}).`,
      );
    }
    if (recorded.snapshot !== doc.snapshot) {
      auditOk = false;
      const diff = jsonDiff(parseJson(recorded.snapshot as string | undefined), parseJson(doc.snapshot));
      problems.push(
        `${name}: isi dokumen berbeda dengan saat difinalkan (${where}). Yang berubah: ${diff.join('; ') || 'isi seluruhnya'}.`,
      );
    }
    if (recorded.number !== doc.number) {
      auditOk = false;
      problems.push(`${name}: nomornya berbeda dengan saat difinalkan (${String(recorded.number)}).`);
    }
    // Later changes of the frozen fields recorded by the trail (e.g. made outside the app).
    for (const later of history.slice(finalIndex + 1)) {
      const before = parse(later.before_json) ?? {};
      const after = parse(later.after_json) ?? {};
      const touched = ['snapshot', 'snapshot_hash', 'number'].filter((k) => before[k] !== after[k]);
      if (touched.length > 0) {
        auditOk = false;
        problems.push(
          `${name}: ${touched.join(', ')} diubah sesudah final (jejak #${later.id}, ${later.at}, ${later.actor}).`,
        );
      }
    }
  }
  return {
    ...base,
    id: doc.id,
    number: doc.number,
    date: doc.date,
    snapshotOk,
    auditOk,
    auditRowId: finalRow?.id ?? null,
    ok: problems.length === 0,
    problems,
  };
}
