import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import {
  REVIEWER_ROLES,
  type ReviewDocKind,
  type ReviewerRole,
  type ReviewSettings,
  type ReviewStamp,
  type ReviewState,
  type ReviewStatus,
} from '../../shared/review/review';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { officeToday } from '../core/today';
import { qb, syncAll, syncFirst, syncRun } from '../db/sync';

/**
 * The documents that pass review, by kind: how to find whether one exists and is still a draft.
 * A new kind (the year-end statements) adds its row here and to REVIEW_DOC_KINDS.
 */
const DOCUMENTS: Record<
  ReviewDocKind,
  { label: string; status: (sqlite: BetterSqlite3.Database, id: number) => string | undefined }
> = {
  pemeriksaan_kas: {
    label: 'Pemeriksaan kas',
    status: (sqlite, id) =>
      syncFirst(sqlite, qb.selectFrom('examinations').select('status').where('id', '=', id))?.status,
  },
  pra_audit: {
    label: 'Pra-audit',
    status: (sqlite, id) =>
      syncFirst(sqlite, qb.selectFrom('pra_audits').select('status').where('id', '=', id))?.status,
  },
};

function setting(sqlite: BetterSqlite3.Database, key: string): string | undefined {
  return syncFirst(sqlite, qb.selectFrom('app_settings').select('value').where('key', '=', key))?.value;
}

export function readReviewSettings(sqlite: BetterSqlite3.Database): ReviewSettings {
  let roles: ReviewerRole[] = ['admin', 'pemeriksa'];
  try {
    const parsed: unknown = JSON.parse(setting(sqlite, 'review.roles') ?? '[]');
    if (Array.isArray(parsed)) {
      const valid = REVIEWER_ROLES.filter((r) => parsed.includes(r));
      if (valid.length > 0) roles = valid;
    }
  } catch {
    // A damaged value falls back to the default roles.
  }
  return { required: setting(sqlite, 'review.required') === '1', roles };
}

export function getReviewSettings(ctx: ServiceContext): ReviewSettings {
  return readReviewSettings(ctx.sqlite);
}

export function setReviewSettings(
  ctx: ServiceContext,
  input: ParsedInputOf<'review.setSettings'>,
): ReviewSettings {
  const now = nowIso(ctx);
  const put = ctx.sqlite.prepare(
    `INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  ctx.sqlite.transaction(() => {
    put.run('review.required', input.required ? '1' : '0', now);
    put.run('review.roles', JSON.stringify([...new Set(input.roles)]), now);
  })();
  return readReviewSettings(ctx.sqlite);
}

function events(sqlite: BetterSqlite3.Database, kind: ReviewDocKind, docId: number) {
  return syncAll(
    sqlite,
    qb
      .selectFrom('document_reviews')
      .selectAll()
      .where('doc_kind', '=', kind)
      .where('doc_id', '=', docId)
      .orderBy('id'),
  );
}

export function reviewStatus(
  sqlite: BetterSqlite3.Database,
  kind: ReviewDocKind,
  docId: number,
): ReviewStatus {
  if (DOCUMENTS[kind].status(sqlite, docId) === undefined) throw notFound(DOCUMENTS[kind].label);
  const rows = events(sqlite, kind, docId);
  const last = rows.at(-1);
  const state: ReviewState = last ? last.action : 'draft';
  return {
    required: readReviewSettings(sqlite).required,
    state,
    events: rows.map((r) => ({
      id: r.id,
      action: r.action,
      userId: r.user_id,
      userName: r.user_name,
      note: r.note,
      at: r.created_at,
    })),
  };
}

export function getReview(ctx: ServiceContext, input: ParsedInputOf<'review.get'>): ReviewStatus {
  return reviewStatus(ctx.sqlite, input.kind, input.docId);
}

function signedInUser(ctx: ServiceContext) {
  if (!ctx.user) throw new AppError('FORBIDDEN', 'Reviu dicatat atas nama pengguna yang masuk.');
  return ctx.user;
}

function assertDraft(sqlite: BetterSqlite3.Database, kind: ReviewDocKind, docId: number): void {
  const status = DOCUMENTS[kind].status(sqlite, docId);
  if (status === undefined) throw notFound(DOCUMENTS[kind].label);
  if (status !== 'draft')
    throw conflict(`${DOCUMENTS[kind].label} ini sudah final; reviu tidak diperlukan lagi.`);
}

function record(
  ctx: ServiceContext,
  input: { kind: ReviewDocKind; docId: number; note: string | null },
  action: ReviewState & ('diajukan' | 'perlu_revisi' | 'disetujui'),
  user: { id: number; fullName: string },
): ReviewStatus {
  syncRun(
    ctx.sqlite,
    qb.insertInto('document_reviews').values({
      doc_kind: input.kind,
      doc_id: input.docId,
      action,
      user_id: user.id,
      user_name: user.fullName,
      note: input.note,
      created_at: nowIso(ctx),
    }),
  );
  return reviewStatus(ctx.sqlite, input.kind, input.docId);
}

/** The preparer asks for review (again, after "perlu revisi"). */
export function submitForReview(ctx: ServiceContext, input: ParsedInputOf<'review.submit'>): ReviewStatus {
  const user = signedInUser(ctx);
  assertDraft(ctx.sqlite, input.kind, input.docId);
  const { state } = reviewStatus(ctx.sqlite, input.kind, input.docId);
  if (state === 'diajukan') throw conflict('Dokumen ini sudah diajukan dan sedang menunggu reviu.');
  if (state === 'disetujui') throw conflict('Dokumen ini sudah disetujui reviewer; tinggal difinalkan.');
  return record(ctx, input, 'diajukan', user);
}

/** A second user of a reviewer role approves, or sends it back with notes. */
export function decideReview(ctx: ServiceContext, input: ParsedInputOf<'review.decide'>): ReviewStatus {
  const user = signedInUser(ctx);
  assertDraft(ctx.sqlite, input.kind, input.docId);
  const settings = readReviewSettings(ctx.sqlite);
  if (!settings.roles.some((r) => r === user.role)) {
    throw new AppError('FORBIDDEN', 'Peran Anda tidak ditetapkan sebagai reviewer di Pengaturan.');
  }
  const status = reviewStatus(ctx.sqlite, input.kind, input.docId);
  if (status.state !== 'diajukan') throw conflict('Dokumen ini belum diajukan untuk direviu.');
  const submitted = status.events.filter((e) => e.action === 'diajukan').at(-1);
  if (submitted?.userId === user.id) {
    throw new AppError('FORBIDDEN', 'Dokumen yang Anda susun sendiri harus direviu oleh pengguna lain.');
  }
  return record(ctx, input, input.decision, user);
}

/**
 * Called by a finalisation: refuses when review is required and not approved; otherwise returns what
 * the printout shows: both names with dates when approved (also where review is optional), else
 * "tanpa reviu" with the person finalising.
 */
export function reviewGate(ctx: ServiceContext, kind: ReviewDocKind, docId: number): ReviewStamp {
  const status = reviewStatus(ctx.sqlite, kind, docId);
  const day = (at: string) => officeToday(ctx.sqlite, new Date(at));
  const approved = status.state === 'disetujui' ? status.events.at(-1) : undefined;
  const submitted = status.events.filter((e) => e.action === 'diajukan').at(-1);
  if (!approved || !submitted) {
    if (!status.required) {
      const name = ctx.user?.fullName ?? null;
      return {
        mode: 'tanpa_reviu',
        preparedBy: name ? { name, date: officeToday(ctx.sqlite, ctx.now()) } : null,
      };
    }
    throw conflict(
      status.state === 'diajukan'
        ? 'Dokumen ini masih menunggu reviu; finalkan setelah disetujui reviewer.'
        : 'Dokumen ini harus direviu pengguna lain sebelum difinalkan: ajukan reviu dulu.',
    );
  }
  return {
    mode: 'direviu',
    preparedBy: { name: submitted.userName, date: day(submitted.at) },
    reviewedBy: { name: approved.userName, date: day(approved.at) },
  };
}
