import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import { FINDING_ANSWERS, type PraAudit, type PraAuditSummary } from '../../shared/praaudit/praaudit';
import { decodeUpload, storeAttachment } from '../attachments/attachmentStore';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { type AuditRow, auditRow, readAudit, tally } from './auditRead';
import { templateLabel } from './templateService';

export function getAudit(ctx: ServiceContext, input: { id: number }): PraAudit {
  return readAudit(ctx.sqlite, input.id, ctx.now());
}

/** The row of a draft audit; a final one cannot change. */
export function draftAudit(sqlite: BetterSqlite3.Database, id: number): AuditRow {
  const row = auditRow(sqlite, id);
  if (row.status !== 'draft') {
    throw conflict(`Pra-audit ini sudah final dengan nomor ${row.number} dan tidak dapat diubah.`);
  }
  return row;
}

export function listAudits(ctx: ServiceContext, input: ParsedInputOf<'praAudit.list'>): PraAuditSummary[] {
  const { sqlite } = ctx;
  const rows = sqlite
    .prepare(
      `SELECT p.id, p.number, p.status, p.desa_id, d.name AS desa_name, p.kegiatan_id, k.name AS kegiatan_name,
         k.type AS kegiatan_type, p.audit_date, t.name AS template_name, v.version,
         (SELECT COUNT(*) FROM findings f WHERE f.pra_audit_id = p.id) AS finding_count,
         (SELECT COUNT(*) FROM findings f WHERE f.pra_audit_id = p.id AND f.status IN ('terbuka', 'dalam_proses')) AS open_findings,
         (SELECT group_concat(answer) FROM pra_audit_answers a WHERE a.audit_id = p.id) AS answers
       FROM pra_audits p JOIN desa d ON d.id = p.desa_id JOIN kegiatan k ON k.id = p.kegiatan_id
       JOIN checklist_versions v ON v.id = p.template_version_id JOIN checklist_templates t ON t.id = v.template_id
       ${input.desaId === undefined ? '' : 'WHERE p.desa_id = ?'}
       ORDER BY p.audit_date DESC, p.id DESC`,
    )
    .all(...(input.desaId === undefined ? [] : [input.desaId])) as {
    id: number;
    number: string | null;
    status: PraAuditSummary['status'];
    desa_id: number;
    desa_name: string;
    kegiatan_id: number;
    kegiatan_name: string;
    kegiatan_type: PraAuditSummary['kegiatanType'];
    audit_date: string;
    template_name: string;
    version: number;
    finding_count: number;
    open_findings: number;
    answers: string | null;
  }[];
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    desaId: r.desa_id,
    desaName: r.desa_name,
    kegiatanId: r.kegiatan_id,
    kegiatanName: r.kegiatan_name,
    kegiatanType: r.kegiatan_type,
    auditDate: r.audit_date,
    templateLabel: templateLabel(r.template_name, r.version),
    tally: tally((r.answers?.split(',') ?? []) as PraAudit['sections'][number]['items'][number]['answer'][]),
    findingCount: r.finding_count,
    openFindings: r.open_findings,
  }));
}

type HeaderInput = ParsedInputOf<'praAudit.updateHeader'>;

function checkPeriod(input: Pick<HeaderInput, 'periodFrom' | 'periodTo'>): void {
  if (input.periodFrom && input.periodTo && input.periodTo < input.periodFrom) {
    throw new AppError('VALIDATION', 'Akhir periode tidak boleh sebelum awal periode.', {
      periodTo: 'Sebelum awal periode',
    });
  }
}

function saveTeam(sqlite: BetterSqlite3.Database, id: number, team: HeaderInput['team']): void {
  sqlite.prepare('DELETE FROM pra_audit_team WHERE audit_id = ?').run(id);
  const insert = sqlite.prepare(
    'INSERT INTO pra_audit_team (audit_id, sort, name, jabatan) VALUES (?, ?, ?, ?)',
  );
  for (const [i, m] of team.entries()) insert.run(id, i, m.name, m.jabatan);
}

export function createAudit(ctx: ServiceContext, input: ParsedInputOf<'praAudit.create'>): PraAudit {
  const { sqlite } = ctx;
  checkPeriod(input);
  const kegiatan = sqlite
    .prepare('SELECT desa_id, type, active FROM kegiatan WHERE id = ?')
    .get(input.kegiatanId) as { desa_id: number; type: string; active: number } | undefined;
  if (!kegiatan?.active) {
    throw new AppError('VALIDATION', 'Kegiatan tidak ditemukan atau sudah nonaktif.', {
      kegiatanId: 'Pilih kegiatan',
    });
  }
  const version = sqlite
    .prepare('SELECT status FROM checklist_versions WHERE id = ?')
    .pluck()
    .get(input.versionId);
  if (version !== 'terbit') {
    throw new AppError('VALIDATION', 'Pilih versi checklist yang sudah terbit.', {
      versionId: 'Belum terbit',
    });
  }
  const items = sqlite
    .prepare(
      `SELECT id, default_severity FROM checklist_items WHERE version_id = ?
       AND (applies_to = '[]' OR EXISTS (SELECT 1 FROM json_each(applies_to) WHERE value = ?))`,
    )
    .all(input.versionId, kegiatan.type) as { id: number; default_severity: string }[];
  if (items.length === 0) {
    throw new AppError('VALIDATION', 'Versi checklist ini tidak punya butir untuk jenis kegiatan tersebut.', {
      versionId: 'Tidak ada butir yang berlaku',
    });
  }
  const now = nowIso(ctx);
  const id = sqlite.transaction(() => {
    const newId = Number(
      sqlite
        .prepare(
          `INSERT INTO pra_audits (kegiatan_id, desa_id, template_version_id, audit_date, period_from, period_to, place,
             ketua_tpk, fk_name, created_by, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          input.kegiatanId,
          kegiatan.desa_id,
          input.versionId,
          input.auditDate,
          input.periodFrom,
          input.periodTo,
          input.place,
          input.ketuaTpk,
          input.fkName,
          ctx.actor,
          now,
          now,
        ).lastInsertRowid,
    );
    saveTeam(sqlite, newId, input.team);
    const answer = sqlite.prepare(
      'INSERT INTO pra_audit_answers (audit_id, item_id, severity) VALUES (?, ?, ?)',
    );
    for (const item of items) answer.run(newId, item.id, item.default_severity);
    return newId;
  })();
  return getAudit(ctx, { id });
}

export function updateHeader(ctx: ServiceContext, input: HeaderInput): PraAudit {
  const { sqlite } = ctx;
  draftAudit(sqlite, input.id);
  checkPeriod(input);
  sqlite.transaction(() => {
    sqlite
      .prepare(
        `UPDATE pra_audits SET audit_date = ?, period_from = ?, period_to = ?, place = ?, ketua_tpk = ?, fk_name = ?,
           updated_at = ? WHERE id = ?`,
      )
      .run(
        input.auditDate,
        input.periodFrom,
        input.periodTo,
        input.place,
        input.ketuaTpk,
        input.fkName,
        nowIso(ctx),
        input.id,
      );
    saveTeam(sqlite, input.id, input.team);
  })();
  return getAudit(ctx, input);
}

function answerRow(sqlite: BetterSqlite3.Database, auditId: number, itemId: number): { answer: string } {
  const row = sqlite
    .prepare('SELECT answer FROM pra_audit_answers WHERE audit_id = ? AND item_id = ?')
    .get(auditId, itemId) as { answer: string } | undefined;
  if (!row)
    throw new AppError('VALIDATION', 'Butir ini bukan bagian dari pra-audit ini.', {
      itemId: 'Butir tidak sah',
    });
  return row;
}

export function answerItem(ctx: ServiceContext, input: ParsedInputOf<'praAudit.answer'>): PraAudit {
  const { sqlite } = ctx;
  draftAudit(sqlite, input.id);
  answerRow(sqlite, input.id, input.itemId);
  const finding = sqlite
    .prepare('SELECT number FROM findings WHERE pra_audit_id = ? AND checklist_item_id = ?')
    .pluck()
    .get(input.id, input.itemId) as number | undefined;
  if (finding !== undefined && !FINDING_ANSWERS.includes(input.answer)) {
    throw conflict(
      `Butir ini sudah punya catatan kekurangan No. ${finding}. Hapus catatan itu dulu bila butirnya ternyata sesuai.`,
      { answer: 'Masih ada catatan kekurangan' },
    );
  }
  sqlite
    .prepare(
      `UPDATE pra_audit_answers SET answer = ?, note = ?, amount = ?, severity = COALESCE(?, severity),
         answered_by = ?, answered_at = ? WHERE audit_id = ? AND item_id = ?`,
    )
    .run(
      input.answer,
      input.note,
      input.amount,
      input.severity ?? null,
      ctx.actor,
      nowIso(ctx),
      input.id,
      input.itemId,
    );
  return getAudit(ctx, input);
}

export function attachEvidence(
  ctx: ServiceContext,
  input: ParsedInputOf<'praAudit.attachEvidence'>,
): PraAudit {
  const { sqlite } = ctx;
  draftAudit(sqlite, input.id);
  answerRow(sqlite, input.id, input.itemId);
  const bytes = decodeUpload(input.file);
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    const attachment = storeAttachment(sqlite, input.file, bytes, ctx.actor, now);
    sqlite
      .prepare('INSERT INTO pra_audit_evidence (audit_id, item_id, attachment_id) VALUES (?, ?, ?)')
      .run(input.id, input.itemId, attachment);
  })();
  return getAudit(ctx, input);
}

/** Unlinks a file from its item; the file itself stays in the database. */
export function removeEvidence(
  ctx: ServiceContext,
  input: ParsedInputOf<'praAudit.removeEvidence'>,
): PraAudit {
  const { sqlite } = ctx;
  draftAudit(sqlite, input.id);
  const changed = sqlite
    .prepare('DELETE FROM pra_audit_evidence WHERE audit_id = ? AND attachment_id = ?')
    .run(input.id, input.evidenceId).changes;
  if (changed === 0) throw notFound('Lampiran');
  return getAudit(ctx, input);
}

export function setConclusion(ctx: ServiceContext, input: ParsedInputOf<'praAudit.setConclusion'>): PraAudit {
  draftAudit(ctx.sqlite, input.id);
  ctx.sqlite
    .prepare('UPDATE pra_audits SET conclusion = ?, updated_at = ? WHERE id = ?')
    .run(input.conclusion, nowIso(ctx), input.id);
  return getAudit(ctx, input);
}
