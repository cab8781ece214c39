import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../shared/contract';
import type { Desa } from '../../shared/desa/desa';
import { setActiveFlag } from '../core/activation';
import { conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import type { DB } from '../db/schema';

async function loadDesa(db: Kysely<DB>, where: { id?: number; includeInactive?: boolean }): Promise<Desa[]> {
  let q = db.selectFrom('desa').selectAll().orderBy('name');
  if (where.id !== undefined) q = q.where('id', '=', where.id);
  else if (!where.includeInactive) q = q.where('active', '=', 1);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const members = await db
    .selectFrom('tpk_members')
    .selectAll()
    .where(
      'desa_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    code: r.code,
    kepalaDesa: r.kepala_desa,
    active: r.active === 1,
    tpk: members
      .filter((m) => m.desa_id === r.id)
      .map((m) => ({
        id: m.id,
        desaId: m.desa_id,
        fullName: m.full_name,
        role: m.role,
        phone: m.phone,
        active: m.active === 1,
      })),
  }));
}

async function getDesa(db: Kysely<DB>, id: number): Promise<Desa> {
  const [desa] = await loadDesa(db, { id });
  if (!desa) throw notFound('Desa');
  return desa;
}

async function assertUniqueName(db: Kysely<DB>, name: string, ignoreId?: number): Promise<void> {
  let q = db
    .selectFrom('desa')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()));
  if (ignoreId !== undefined) q = q.where('id', '!=', ignoreId);
  if (await q.executeTakeFirst()) {
    throw conflict(`Desa "${name}" sudah terdaftar.`, { name: 'Nama desa sudah terdaftar' });
  }
}

export function listDesa(ctx: ServiceContext, input: ParsedInputOf<'desa.list'>): Promise<Desa[]> {
  return loadDesa(ctx.db, { includeInactive: input.includeInactive });
}

export async function createDesa(ctx: ServiceContext, input: ParsedInputOf<'desa.create'>): Promise<Desa> {
  const now = nowIso(ctx);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertUniqueName(trx, input.name);
    const row = await trx
      .insertInto('desa')
      .values({
        name: input.name,
        code: input.code,
        kepala_desa: input.kepalaDesa,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return getDesa(ctx.db, id);
}

export async function updateDesa(ctx: ServiceContext, input: ParsedInputOf<'desa.update'>): Promise<Desa> {
  await ctx.db.transaction().execute(async (trx) => {
    await getDesa(trx, input.id);
    await assertUniqueName(trx, input.name, input.id);
    await trx
      .updateTable('desa')
      .set({ name: input.name, code: input.code, kepala_desa: input.kepalaDesa, updated_at: nowIso(ctx) })
      .where('id', '=', input.id)
      .execute();
  });
  return getDesa(ctx.db, input.id);
}

export async function setDesaActive(
  ctx: ServiceContext,
  input: ParsedInputOf<'desa.setActive'>,
): Promise<Desa> {
  await setActiveFlag(ctx, 'desa', input.id, input.active, 'Desa');
  return getDesa(ctx.db, input.id);
}

export async function createTpkMember(
  ctx: ServiceContext,
  input: ParsedInputOf<'tpk.create'>,
): Promise<Desa> {
  const now = nowIso(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const desa = await getDesa(trx, input.desaId);
    if (!desa.active) throw conflict(`Desa ${desa.name} nonaktif; aktifkan dulu untuk menambah anggota TPK.`);
    await trx
      .insertInto('tpk_members')
      .values({
        desa_id: input.desaId,
        full_name: input.fullName,
        role: input.role,
        phone: input.phone,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
  });
  return getDesa(ctx.db, input.desaId);
}

async function desaOfMember(db: Kysely<DB>, memberId: number): Promise<number> {
  const row = await db
    .selectFrom('tpk_members')
    .select('desa_id')
    .where('id', '=', memberId)
    .executeTakeFirst();
  if (!row) throw notFound('Anggota TPK');
  return row.desa_id;
}

export async function updateTpkMember(
  ctx: ServiceContext,
  input: ParsedInputOf<'tpk.update'>,
): Promise<Desa> {
  const desaId = await desaOfMember(ctx.db, input.id);
  await ctx.db
    .updateTable('tpk_members')
    .set({ full_name: input.fullName, role: input.role, phone: input.phone, updated_at: nowIso(ctx) })
    .where('id', '=', input.id)
    .execute();
  return getDesa(ctx.db, desaId);
}

export async function setTpkMemberActive(
  ctx: ServiceContext,
  input: ParsedInputOf<'tpk.setActive'>,
): Promise<Desa> {
  const desaId = await desaOfMember(ctx.db, input.id);
  await setActiveFlag(ctx, 'tpk_members', input.id, input.active, 'Anggota TPK');
  return getDesa(ctx.db, desaId);
}
