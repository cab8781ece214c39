import { z } from 'zod';
import { request } from '../contract/define';
import { choice, id, optionalPhone, optionalText, requiredText } from '../contract/fields';

export const TPK_ROLES = ['ketua', 'sekretaris', 'bendahara', 'anggota'] as const;
export type TpkRole = (typeof TPK_ROLES)[number];
export const TPK_ROLE_LABELS: Record<TpkRole, string> = {
  ketua: 'Ketua TPK',
  sekretaris: 'Sekretaris TPK',
  bendahara: 'Bendahara TPK',
  anggota: 'Anggota TPK',
};

export interface TpkMember {
  id: number;
  desaId: number;
  fullName: string;
  role: TpkRole;
  phone: string | null;
  active: boolean;
}

export interface Desa {
  id: number;
  name: string;
  /** Kode desa (Kemendagri) when known. */
  code: string | null;
  kepalaDesa: string | null;
  active: boolean;
  tpk: TpkMember[];
}

const desaFields = {
  name: requiredText('Nama desa', 100),
  code: optionalText('Kode desa', 20).refine((s) => s === null || /^[0-9.]+$/.test(s), {
    error: 'Kode desa hanya berisi angka dan titik, mis. 32.03.14.2001',
  }),
  kepalaDesa: optionalText('Nama kepala desa', 120),
};

const tpkFields = {
  fullName: requiredText('Nama lengkap', 120),
  role: choice('Jabatan di TPK', TPK_ROLES),
  phone: optionalPhone(),
};

const setActive = (label: string) =>
  z.strictObject({ id: id(label), active: z.boolean({ error: 'Status aktif tidak sah' }) });

export const desaRequests = {
  'desa.list': request<Desa[]>()(
    z.strictObject({ includeInactive: z.boolean({ error: 'Pilihan tidak sah' }).default(false) }),
    { write: false },
  ),
  'desa.create': request<Desa>()(z.strictObject(desaFields), { write: true }),
  'desa.update': request<Desa>()(z.strictObject({ id: id('Desa'), ...desaFields }), { write: true }),
  'desa.setActive': request<Desa>()(setActive('Desa'), { write: true }),
  'tpk.create': request<Desa>()(z.strictObject({ desaId: id('Desa'), ...tpkFields }), { write: true }),
  'tpk.update': request<Desa>()(z.strictObject({ id: id('Anggota TPK'), ...tpkFields }), { write: true }),
  'tpk.setActive': request<Desa>()(setActive('Anggota TPK'), { write: true }),
};
