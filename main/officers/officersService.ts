import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../shared/contract';
import { formatTanggalAngka } from '../../shared/format/date';
import type { Officer, OfficerOnDate, OfficerTerm } from '../../shared/officers/officers';
import {
  isSinglePosition,
  type PositionCode,
  positionLabel,
  termCovers,
  termsOverlap,
} from '../../shared/officers/positions';
import { setActiveFlag } from '../core/activation';
import { conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import type { DB } from '../db/schema';

type TermFields = Pick<OfficerTerm, 'position' | 'startDate' | 'endDate' | 'decreeNumber'>;

async function loadOfficers(
  db: Kysely<DB>,
  where: { id?: number; includeInactive?: boolean },
): Promise<Officer[]> {
  let q = db.selectFrom('officers').selectAll().orderBy('full_name');
  if (where.id !== undefined) q = q.where('id', '=', where.id);
  else if (!where.includeInactive) q = q.where('active', '=', 1);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const terms = await db
    .selectFrom('officer_terms')
    .selectAll()
    .where(
      'officer_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('start_date', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fullName: r.full_name,
    nip: r.nip,
    phone: r.phone,
    active: r.active === 1,
    terms: terms
      .filter((t) => t.officer_id === r.id)
      .map((t) => ({
        id: t.id,
        officerId: t.officer_id,
        position: t.position as PositionCode,
        startDate: t.start_date,
        endDate: t.end_date,
        decreeNumber: t.decree_number,
      })),
  }));
}

async function getOfficer(db: Kysely<DB>, id: number): Promise<Officer> {
  const [officer] = await loadOfficers(db, { id });
  if (!officer) throw notFound('Pejabat');
  return officer;
}

/** A single-holder post (Ketua, Bendahara, Camat, …) cannot have two holders on one date. */
async function assertNoOverlap(db: Kysely<DB>, term: TermFields, ignoreTermId?: number): Promise<void> {
  if (!isSinglePosition(term.position)) return;
  let q = db
    .selectFrom('officer_terms')
    .innerJoin('officers', 'officers.id', 'officer_terms.officer_id')
    .select(['officer_terms.id', 'start_date', 'end_date', 'full_name'])
    .where('position', '=', term.position);
  if (ignoreTermId !== undefined) q = q.where('officer_terms.id', '!=', ignoreTermId);
  const clash = (await q.execute()).find((t) =>
    termsOverlap(term, { startDate: t.start_date, endDate: t.end_date }),
  );
  if (clash) {
    const until = clash.end_date ? `s.d. ${formatTanggalAngka(clash.end_date)}` : 'sampai sekarang';
    const message =
      `${positionLabel(term.position)} sudah dipegang oleh ${clash.full_name} ` +
      `(${formatTanggalAngka(clash.start_date)} ${until}). Akhiri dulu masa jabatan itu atau ubah tanggalnya.`;
    throw conflict(message, { startDate: message });
  }
}

function termValues(term: TermFields) {
  return {
    position: term.position,
    start_date: term.startDate,
    end_date: term.endDate,
    decree_number: term.decreeNumber,
  };
}

export function listOfficers(ctx: ServiceContext, input: ParsedInputOf<'officers.list'>): Promise<Officer[]> {
  return loadOfficers(ctx.db, { includeInactive: input.includeInactive });
}

export async function createOfficer(
  ctx: ServiceContext,
  input: ParsedInputOf<'officers.create'>,
): Promise<Officer> {
  const now = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertNoOverlap(trx, input);
    const officer = await trx
      .insertInto('officers')
      .values({
        full_name: input.fullName,
        nip: input.nip,
        phone: input.phone,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('officer_terms')
      .values({ officer_id: officer.id, ...termValues(input), created_at: now, updated_at: now })
      .execute();
    return officer.id;
  });
  return getOfficer(ctx.db, id);
}

export async function updateOfficer(
  ctx: ServiceContext,
  input: ParsedInputOf<'officers.update'>,
): Promise<Officer> {
  const result = await ctx.db
    .updateTable('officers')
    .set({ full_name: input.fullName, nip: input.nip, phone: input.phone, updated_at: nowIso(ctx) })
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound('Pejabat');
  return getOfficer(ctx.db, input.id);
}

export async function setOfficerActive(
  ctx: ServiceContext,
  input: ParsedInputOf<'officers.setActive'>,
): Promise<Officer> {
  await setActiveFlag(ctx, 'officers', input.id, input.active, 'Pejabat');
  return getOfficer(ctx.db, input.id);
}

export async function addTerm(
  ctx: ServiceContext,
  input: ParsedInputOf<'officers.addTerm'>,
): Promise<Officer> {
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await getOfficer(trx, input.officerId);
    await assertNoOverlap(trx, input);
    await trx
      .insertInto('officer_terms')
      .values({ officer_id: input.officerId, ...termValues(input), created_at: now, updated_at: now })
      .execute();
  });
  return getOfficer(ctx.db, input.officerId);
}

export async function updateTerm(
  ctx: ServiceContext,
  input: ParsedInputOf<'officers.updateTerm'>,
): Promise<Officer> {
  const officerId = await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('officer_terms')
      .select('officer_id')
      .where('id', '=', input.id)
      .executeTakeFirst();
    if (!existing) throw notFound('Masa jabatan');
    await assertNoOverlap(trx, input, input.id);
    await trx
      .updateTable('officer_terms')
      .set({ ...termValues(input), updated_at: nowIso(ctx) })
      .where('id', '=', input.id)
      .execute();
    return existing.officer_id;
  });
  return getOfficer(ctx.db, officerId);
}

/** Who held `position` on `date` — what a report prints in its signature block. */
export async function officersOnDate(
  ctx: ServiceContext,
  input: ParsedInputOf<'officers.onDate'>,
): Promise<OfficerOnDate[]> {
  const rows = await ctx.db
    .selectFrom('officer_terms')
    .innerJoin('officers', 'officers.id', 'officer_terms.officer_id')
    .select([
      'officer_terms.id as termId',
      'officers.id as officerId',
      'full_name',
      'nip',
      'start_date',
      'end_date',
    ])
    .where('position', '=', input.position)
    .where('start_date', '<=', input.date)
    .orderBy('start_date')
    .orderBy('full_name')
    .execute();
  return rows
    .filter((r) => termCovers({ startDate: r.start_date, endDate: r.end_date }, input.date))
    .map((r) => ({
      officerId: r.officerId,
      fullName: r.full_name,
      nip: r.nip,
      position: input.position,
      termId: r.termId,
    }));
}
