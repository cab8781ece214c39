import { z } from 'zod';
import { request } from '../contract/define';
import { choice, flag, id, money, optionalText, requiredText } from '../contract/fields';
import type { Sen } from '../format/money';

/** Kegiatan: what a desa's TPK runs with BLM funds, and what a pra-audit examines. */
export const KEGIATAN_TYPES = ['sarana_prasarana', 'spp_uep', 'pendidikan', 'kesehatan', 'lainnya'] as const;
export type KegiatanType = (typeof KEGIATAN_TYPES)[number];
export const KEGIATAN_TYPE_LABELS: Record<KegiatanType, string> = {
  sarana_prasarana: 'Sarana prasarana',
  spp_uep: 'SPP/UEP',
  pendidikan: 'Pendidikan',
  kesehatan: 'Kesehatan',
  lainnya: 'Lainnya',
};

export const KEGIATAN_STATUSES = ['perencanaan', 'pelaksanaan', 'selesai', 'dihentikan'] as const;
export type KegiatanStatus = (typeof KEGIATAN_STATUSES)[number];
export const KEGIATAN_STATUS_LABELS: Record<KegiatanStatus, string> = {
  perencanaan: 'Perencanaan',
  pelaksanaan: 'Pelaksanaan',
  selesai: 'Selesai',
  dihentikan: 'Dihentikan',
};

export interface KegiatanTpkMember {
  id: number;
  fullName: string;
  role: 'ketua' | 'sekretaris' | 'bendahara' | 'anggota';
}

export interface Kegiatan {
  id: number;
  desaId: number;
  desaName: string;
  name: string;
  type: KegiatanType;
  year: number;
  blmAmount: Sen;
  location: string | null;
  status: KegiatanStatus;
  active: boolean;
  /** TPK members of the desa who run this kegiatan. */
  tpk: KegiatanTpkMember[];
  /** How many pra-audits refer to it (a kegiatan with audits keeps its desa). */
  auditCount: number;
}

const kegiatanFields = {
  desaId: id('Desa'),
  name: requiredText('Nama kegiatan', 200),
  type: choice('Jenis kegiatan', KEGIATAN_TYPES),
  year: z
    .number({ error: 'Tahun harus angka' })
    .int({ error: 'Tahun tidak sah' })
    .min(2000, { error: 'Tahun paling awal 2000' })
    .max(2100, { error: 'Tahun tidak sah' }),
  blmAmount: money('Nilai BLM', { allowZero: true }),
  location: optionalText('Lokasi', 200),
  status: choice('Status kegiatan', KEGIATAN_STATUSES),
  tpkMemberIds: z.array(id('Anggota TPK')).max(30).default([]),
};

export const kegiatanRequests = {
  'kegiatan.list': request<Kegiatan[]>()(
    z.strictObject({ desaId: id('Desa').optional(), includeInactive: flag('Pilihan').default(false) }),
    { write: false },
  ),
  'kegiatan.create': request<Kegiatan>()(z.strictObject(kegiatanFields), { write: true }),
  'kegiatan.update': request<Kegiatan>()(z.strictObject({ id: id('Kegiatan'), ...kegiatanFields }), {
    write: true,
  }),
  'kegiatan.setActive': request<Kegiatan>()(
    z.strictObject({ id: id('Kegiatan'), active: flag('Status aktif') }),
    {
      write: true,
    },
  ),
};
