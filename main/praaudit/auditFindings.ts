import type BetterSqlite3 from 'better-sqlite3';
import type { ParsedInputOf } from '../../shared/contract';
import type { PraAudit } from '../../shared/praaudit/praaudit';
import { draftFromItem } from '../../shared/temuan/library';
import { AppError, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { assertUsableVersion, entryForItem } from '../temuan/libraryService';
import { draftAudit, getAudit } from './auditService';

const INSERT = `INSERT INTO findings (source, pra_audit_id, checklist_item_id, number, kondisi, kriteria, sebab, akibat,
    rekomendasi, amount, severity, tanggapan, pic, due_date, dibawa_ke_mad, created_by, created_at,
    recommended_amount, library_version_id)
  VALUES ('pra_audit', @auditId, @itemId, @number, @kondisi, @kriteria, @sebab, @akibat, @rekomendasi, @amount,
    @severity, @tanggapan, @pic, @dueDate, @dibawaKeMad, @actor, @now, @recommendedAmount, @libraryVersionId)`;

function nextNumber(sqlite: BetterSqlite3.Database, auditId: number): number {
  return (
    (sqlite
      .prepare('SELECT COALESCE(MAX(number), 0) + 1 FROM findings WHERE pra_audit_id = ?')
      .pluck()
      .get(auditId) as number | undefined) ?? 1
  );
}

export function createFindings(ctx: ServiceContext, input: { id: number }): PraAudit {
  const { sqlite } = ctx;
  draftAudit(sqlite, input.id);
  const auditDate = sqlite
    .prepare('SELECT audit_date FROM pra_audits WHERE id = ?')
    .pluck()
    .get(input.id) as string;
  const items = sqlite
    .prepare(
      `SELECT a.item_id, i.code, i.text, a.answer, a.note, a.amount, a.severity
       FROM pra_audit_answers a JOIN checklist_items i ON i.id = a.item_id JOIN checklist_sections s ON s.id = i.section_id
       WHERE a.audit_id = ? AND a.answer IN ('ada_tidak_lengkap', 'tidak_ada')
         AND NOT EXISTS (SELECT 1 FROM findings f WHERE f.pra_audit_id = a.audit_id AND f.checklist_item_id = a.item_id)
       ORDER BY s.sort, i.sort`,
    )
    .all(input.id) as {
    item_id: number;
    code: string;
    text: string;
    answer: 'ada_tidak_lengkap' | 'tidak_ada';
    note: string | null;
    amount: number;
    severity: string;
  }[];
  if (items.length === 0) {
    throw new AppError(
      'VALIDATION',
      'Tidak ada butir "belum lengkap" atau "tidak ada" yang belum punya catatan kekurangan.',
    );
  }
  const now = nowIso(ctx);
  sqlite.transaction(() => {
    let number = nextNumber(sqlite, input.id);
    const insert = sqlite.prepare(INSERT);
    for (const item of items) {
      const entry = entryForItem(sqlite, item.code);
      insert.run({
        auditId: input.id,
        itemId: item.item_id,
        number: number++,
        ...draftFromItem(item, auditDate, entry),
        recommendedAmount: 0,
        libraryVersionId: entry?.versionId ?? null,
        sebab: null,
        akibat: null,
        amount: item.amount,
        severity: item.severity,
        tanggapan: null,
        pic: null,
        dueDate: null,
        dibawaKeMad: 0,
        actor: ctx.actor,
        now,
      });
    }
  })();
  return getAudit(ctx, input);
}

export function saveFinding(ctx: ServiceContext, input: ParsedInputOf<'praAudit.saveFinding'>): PraAudit {
  const { sqlite } = ctx;
  const audit = draftAudit(sqlite, input.id);
  if (input.dueDate && input.dueDate < audit.audit_date) {
    throw new AppError('VALIDATION', 'Batas waktu tidak boleh sebelum tanggal pra-audit.', {
      dueDate: 'Terlalu awal',
    });
  }
  const fields = {
    kondisi: input.kondisi,
    kriteria: input.kriteria,
    sebab: input.sebab,
    akibat: input.akibat,
    rekomendasi: input.rekomendasi,
    amount: input.amount,
    severity: input.severity,
    tanggapan: input.tanggapan,
    pic: input.pic,
    dueDate: input.dueDate,
    dibawaKeMad: input.dibawaKeMad ? 1 : 0,
    recommendedAmount: input.recommendedAmount,
  };
  if (input.libraryVersionId !== undefined) assertUsableVersion(sqlite, input.libraryVersionId);
  if (input.findingId !== undefined) {
    const changed = sqlite
      .prepare(
        `UPDATE findings SET kondisi = @kondisi, kriteria = @kriteria, sebab = @sebab, akibat = @akibat,
           rekomendasi = @rekomendasi, amount = @amount, severity = @severity, tanggapan = @tanggapan, pic = @pic,
           due_date = @dueDate, dibawa_ke_mad = @dibawaKeMad, recommended_amount = @recommendedAmount,
           library_version_id = COALESCE(@libraryVersionId, library_version_id)
         WHERE id = @id AND pra_audit_id = @auditId`,
      )
      .run({
        ...fields,
        libraryVersionId: input.libraryVersionId ?? null,
        id: input.findingId,
        auditId: input.id,
      }).changes;
    if (changed === 0) throw notFound('Catatan kekurangan');
    return getAudit(ctx, input);
  }
  if (input.itemId !== undefined) {
    const answer = sqlite
      .prepare('SELECT answer FROM pra_audit_answers WHERE audit_id = ? AND item_id = ?')
      .pluck()
      .get(input.id, input.itemId);
    if (answer === undefined) {
      throw new AppError('VALIDATION', 'Butir ini bukan bagian dari pra-audit ini.', {
        itemId: 'Butir tidak sah',
      });
    }
    const taken = sqlite
      .prepare('SELECT number FROM findings WHERE pra_audit_id = ? AND checklist_item_id = ?')
      .pluck()
      .get(input.id, input.itemId);
    if (taken !== undefined) {
      throw new AppError(
        'CONFLICT',
        `Butir ini sudah punya catatan kekurangan No. ${taken}; ubah catatan itu.`,
      );
    }
  }
  sqlite.prepare(INSERT).run({
    ...fields,
    auditId: input.id,
    itemId: input.itemId ?? null,
    libraryVersionId: input.libraryVersionId ?? null,
    number: nextNumber(sqlite, input.id),
    actor: ctx.actor,
    now: nowIso(ctx),
  });
  return getAudit(ctx, input);
}

/** Removes a draft's catatan and closes the gap in the numbering. */
export function removeFinding(ctx: ServiceContext, input: ParsedInputOf<'praAudit.removeFinding'>): PraAudit {
  const { sqlite } = ctx;
  draftAudit(sqlite, input.id);
  sqlite.transaction(() => {
    const changed = sqlite
      .prepare('DELETE FROM findings WHERE id = ? AND pra_audit_id = ?')
      .run(input.findingId, input.id).changes;
    if (changed === 0) throw notFound('Catatan kekurangan');
    const ids = sqlite
      .prepare('SELECT id FROM findings WHERE pra_audit_id = ? ORDER BY number')
      .pluck()
      .all(input.id) as number[];
    const renumber = sqlite.prepare('UPDATE findings SET number = ? WHERE id = ?');
    for (const [i, id] of ids.entries()) renumber.run(i + 1, id);
  })();
  return getAudit(ctx, input);
}
