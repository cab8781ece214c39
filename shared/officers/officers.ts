import { z } from 'zod';
import { request } from '../contract/define';
import {
  choice,
  id,
  isoDate,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  requiredText,
} from '../contract/fields';
import { POSITION_CODES, type PositionCode } from './positions';

export interface OfficerTerm {
  id: number;
  officerId: number;
  position: PositionCode;
  startDate: string;
  endDate: string | null;
  decreeNumber: string | null;
}

export interface Officer {
  id: number;
  fullName: string;
  /** Printed under the name only when present (civil servants). */
  nip: string | null;
  phone: string | null;
  active: boolean;
  terms: OfficerTerm[];
}

export interface OfficerOnDate {
  officerId: number;
  fullName: string;
  nip: string | null;
  position: PositionCode;
  termId: number;
}

const nip = optionalText('NIP', 21)
  .transform((s) => (s === null ? null : s.replace(/\s+/g, '')))
  .refine((s) => s === null || /^\d{18}$/.test(s), {
    error: 'NIP terdiri dari 18 angka (boleh dengan spasi)',
  });

const phone = optionalPhone();

const termFields = {
  position: choice('Jabatan', POSITION_CODES),
  startDate: isoDate('Tanggal mulai'),
  endDate: optionalIsoDate('Tanggal selesai'),
  decreeNumber: optionalText('Nomor SK', 100),
};

function endNotBeforeStart<T extends { startDate: string; endDate: string | null }>(
  t: T,
  ctx: z.RefinementCtx,
) {
  if (t.endDate !== null && t.endDate < t.startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
    });
  }
}

const officerFields = {
  fullName: requiredText('Nama lengkap', 120),
  nip,
  phone,
};

export const officerCreateInput = z
  .strictObject({ ...officerFields, ...termFields })
  .superRefine(endNotBeforeStart);

export const officerUpdateInput = z.strictObject({ id: id('Pejabat'), ...officerFields });

export const officerTermAddInput = z
  .strictObject({ officerId: id('Pejabat'), ...termFields })
  .superRefine(endNotBeforeStart);

export const officerTermUpdateInput = z
  .strictObject({ id: id('Masa jabatan'), ...termFields })
  .superRefine(endNotBeforeStart);

export const officersRequests = {
  'officers.list': request<Officer[]>()(
    z.strictObject({ includeInactive: z.boolean({ error: 'Pilihan tidak sah' }).default(false) }),
    { write: false },
  ),
  'officers.create': request<Officer>()(officerCreateInput, { write: true }),
  'officers.update': request<Officer>()(officerUpdateInput, { write: true }),
  'officers.setActive': request<Officer>()(
    z.strictObject({ id: id('Pejabat'), active: z.boolean({ error: 'Status aktif tidak sah' }) }),
    { write: true },
  ),
  'officers.addTerm': request<Officer>()(officerTermAddInput, { write: true }),
  'officers.updateTerm': request<Officer>()(officerTermUpdateInput, { write: true }),
  'officers.onDate': request<OfficerOnDate[]>()(
    z.strictObject({ position: choice('Jabatan', POSITION_CODES), date: isoDate('Tanggal') }),
    { write: false },
  ),
};
