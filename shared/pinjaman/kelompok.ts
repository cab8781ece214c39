import { z } from 'zod';
import { request } from '../contract/define';
import { choice, flag, id, optionalIsoDate, optionalText, requiredText } from '../contract/fields';

/** Borrowing groups (kelompok SPP/UEP) and their members (DOMAIN §6.2). */
export const KELOMPOK_JENIS = ['spp', 'uep', 'lainnya'] as const;
export type KelompokJenis = (typeof KELOMPOK_JENIS)[number];
export const KELOMPOK_JENIS_LABELS: Record<KelompokJenis, string> = {
  spp: 'SPP',
  uep: 'UEP',
  lainnya: 'Lainnya',
};

export interface Anggota {
  id: number;
  kelompokId: number;
  name: string;
  nik: string | null;
  gender: 'L' | 'P' | null;
  address: string | null;
  rtm: boolean;
  active: boolean;
}

export interface Kelompok {
  id: number;
  desaId: number;
  desaName: string;
  name: string;
  jenis: KelompokJenis;
  ketua: string | null;
  address: string | null;
  foundedOn: string | null;
  active: boolean;
  members: Anggota[];
  /** Loans not yet closed (usulan … aktif). */
  openLoans: number;
}

const kelompokFields = {
  desaId: id('Desa'),
  name: requiredText('Nama kelompok', 120),
  jenis: choice('Jenis kelompok', KELOMPOK_JENIS),
  ketua: optionalText('Ketua kelompok', 120),
  address: optionalText('Alamat', 300),
  foundedOn: optionalIsoDate('Tanggal berdiri'),
};

const anggotaFields = {
  name: requiredText('Nama anggota', 120),
  nik: optionalText('NIK', 16).refine((s) => s === null || /^\d{16}$/.test(s), {
    error: 'NIK terdiri dari 16 angka',
  }),
  gender: choice('Jenis kelamin', ['L', 'P'] as const)
    .nullish()
    .transform((v) => v ?? null),
  address: optionalText('Alamat', 300),
  rtm: flag('Rumah tangga miskin').default(false),
};

export const kelompokRequests = {
  'kelompok.list': request<Kelompok[]>()(
    z.strictObject({ desaId: id('Desa').optional(), includeInactive: flag('Pilihan').default(false) }),
    { write: false },
  ),
  'kelompok.create': request<Kelompok>()(z.strictObject(kelompokFields), { write: true }),
  'kelompok.update': request<Kelompok>()(z.strictObject({ id: id('Kelompok'), ...kelompokFields }), {
    write: true,
  }),
  'kelompok.setActive': request<Kelompok>()(
    z.strictObject({ id: id('Kelompok'), active: flag('Status aktif') }),
    {
      write: true,
    },
  ),
  'anggota.create': request<Kelompok>()(z.strictObject({ kelompokId: id('Kelompok'), ...anggotaFields }), {
    write: true,
  }),
  'anggota.update': request<Kelompok>()(z.strictObject({ id: id('Anggota'), ...anggotaFields }), {
    write: true,
  }),
  'anggota.setActive': request<Kelompok>()(
    z.strictObject({ id: id('Anggota'), active: flag('Status aktif') }),
    {
      write: true,
    },
  ),
};
