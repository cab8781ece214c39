import type { Selectable } from 'kysely';
import type { ParsedInputOf } from '../../shared/contract';
import { LOGO_MAX_BYTES, type OfficeProfile } from '../../shared/office/profile';
import { AppError, conflict } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import type { OfficeProfileTable } from '../db/schema';

function toProfile(row: Selectable<OfficeProfileTable>): OfficeProfile {
  return {
    name: row.name,
    institutionKind: row.institution_kind,
    kecamatan: row.kecamatan,
    kabupaten: row.kabupaten,
    provinsi: row.provinsi,
    address: row.address,
    postalCode: row.postal_code,
    phone: row.phone,
    email: row.email,
    timeZone: row.time_zone,
    paperSize: row.paper_size,
    logoDataUrl:
      row.logo && row.logo_mime
        ? `data:${row.logo_mime};base64,${Buffer.from(row.logo).toString('base64')}`
        : null,
    updatedAt: row.updated_at,
  };
}

export async function getProfile(ctx: ServiceContext): Promise<OfficeProfile | null> {
  const row = await ctx.db.selectFrom('office_profile').selectAll().where('id', '=', 1).executeTakeFirst();
  return row ? toProfile(row) : null;
}

async function requireProfile(ctx: ServiceContext): Promise<OfficeProfile> {
  const profile = await getProfile(ctx);
  if (!profile) throw conflict('Simpan profil kantor terlebih dahulu.');
  return profile;
}

export async function saveProfile(
  ctx: ServiceContext,
  input: ParsedInputOf<'office.saveProfile'>,
): Promise<OfficeProfile> {
  const now = nowIso(ctx);
  const values = {
    name: input.name,
    institution_kind: input.institutionKind,
    kecamatan: input.kecamatan,
    kabupaten: input.kabupaten,
    provinsi: input.provinsi,
    address: input.address,
    postal_code: input.postalCode,
    phone: input.phone,
    email: input.email,
    time_zone: input.timeZone,
    paper_size: input.paperSize,
    updated_at: now,
  };
  await ctx.db
    .insertInto('office_profile')
    .values({ id: 1, ...values, created_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
  return requireProfile(ctx);
}

const SIGNATURES: Record<string, (b: Buffer) => boolean> = {
  'image/png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
};

export async function setLogo(
  ctx: ServiceContext,
  input: ParsedInputOf<'office.setLogo'>,
): Promise<OfficeProfile> {
  await requireProfile(ctx);
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length > LOGO_MAX_BYTES) {
    throw new AppError('VALIDATION', 'Logo paling besar 512 KB. Perkecil gambarnya lalu coba lagi.', {
      base64: 'Berkas terlalu besar',
    });
  }
  if (!SIGNATURES[input.mimeType]?.(bytes)) {
    throw new AppError('VALIDATION', 'Berkas logo bukan gambar PNG atau JPEG yang sah.', {
      base64: 'Bukan gambar PNG/JPEG',
    });
  }
  await ctx.db
    .updateTable('office_profile')
    .set({ logo: bytes, logo_mime: input.mimeType, updated_at: nowIso(ctx) })
    .where('id', '=', 1)
    .execute();
  return requireProfile(ctx);
}

export async function removeLogo(ctx: ServiceContext): Promise<OfficeProfile> {
  await requireProfile(ctx);
  await ctx.db
    .updateTable('office_profile')
    .set({ logo: null, logo_mime: null, updated_at: nowIso(ctx) })
    .where('id', '=', 1)
    .execute();
  return requireProfile(ctx);
}
