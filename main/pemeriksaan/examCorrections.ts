import type { ParsedInputOf } from '../../shared/contract';
import type { Examination, ObservationItem } from '../../shared/pemeriksaan/pemeriksaan';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { examRow } from './examCompute';
import { readExam } from './examService';

/**
 * A final examination never changes; a correction is a new draft examination linked to it, with the
 * same instant, place and parties, whose own berita acara says which one it corrects and why.
 */
export function openAddendum(ctx: ServiceContext, input: ParsedInputOf<'exam.addendum'>): Examination {
  const { sqlite } = ctx;
  const original = examRow(sqlite, input.id);
  if (original.status === 'draft') throw conflict('Pemeriksaan ini masih draf; ubah saja langsung.');
  const open = sqlite
    .prepare("SELECT id FROM examinations WHERE addendum_of = ? AND status = 'draft'")
    .pluck()
    .get(input.id) as number | undefined;
  if (open !== undefined)
    throw conflict('Sudah ada adendum yang belum final untuk berita acara ini; lanjutkan yang itu.');
  const now = nowIso(ctx);
  const id = sqlite.transaction(() => {
    const newId = Number(
      sqlite
        .prepare(
          `INSERT INTO examinations (type, exam_date, exam_time, place, basis, addendum_of, examined_officer_id,
             created_by, created_at, updated_at)
           SELECT type, exam_date, exam_time, place, ?, id, examined_officer_id, ?, ?, ? FROM examinations WHERE id = ?`,
        )
        .run(`Adendum atas berita acara ${original.number}: ${input.reason}`, ctx.actor, now, now, input.id)
        .lastInsertRowid,
    );
    sqlite
      .prepare(
        `INSERT INTO exam_parties (exam_id, role, officer_id, sort)
         SELECT ?, role, officer_id, sort FROM exam_parties WHERE exam_id = ?`,
      )
      .run(newId, input.id);
    return newId;
  })();
  return readExam(sqlite, id);
}

export function listObservationItems(ctx: ServiceContext): ObservationItem[] {
  return (
    ctx.sqlite.prepare('SELECT id, text, active FROM observation_items ORDER BY sort, id').all() as {
      id: number;
      text: string;
      active: number;
    }[]
  ).map((o) => ({ id: o.id, text: o.text, active: o.active === 1 }));
}

export function addObservationItem(
  ctx: ServiceContext,
  input: ParsedInputOf<'exam.addObservationItem'>,
): ObservationItem[] {
  const { sqlite } = ctx;
  const same = sqlite.prepare('SELECT 1 FROM observation_items WHERE lower(text) = lower(?)').get(input.text);
  if (same) throw new AppError('CONFLICT', 'Butir pengamatan itu sudah ada.', { text: 'Sudah ada' });
  const sort =
    ((sqlite.prepare('SELECT MAX(sort) FROM observation_items').pluck().get() as number | null) ?? 0) + 1;
  sqlite.prepare('INSERT INTO observation_items (text, sort) VALUES (?, ?)').run(input.text, sort);
  return listObservationItems(ctx);
}

export function setObservationItemActive(
  ctx: ServiceContext,
  input: ParsedInputOf<'exam.setObservationItemActive'>,
): ObservationItem[] {
  const changed = ctx.sqlite
    .prepare('UPDATE observation_items SET active = ? WHERE id = ?')
    .run(input.active ? 1 : 0, input.id);
  if (changed.changes === 0) throw new AppError('NOT_FOUND', 'Butir pengamatan tidak ditemukan.');
  return listObservationItems(ctx);
}
