import { z } from 'zod';
import { request } from '../contract/define';
import { choice, noInput, optionalPhone, optionalText, requiredText } from '../contract/fields';
import type { TimeZoneCode } from '../format/date';

export const INSTITUTION_KINDS = ['upk', 'bumdesma'] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];
export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, string> = {
  upk: 'UPK (Unit Pengelola Kegiatan)',
  bumdesma: 'BUM Desa Bersama LKD',
};

export const TIME_ZONE_CODES = ['WIB', 'WITA', 'WIT'] as const satisfies readonly TimeZoneCode[];
export const PAPER_SIZES = ['A4', 'F4'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMimeType = (typeof LOGO_MIME_TYPES)[number];
export const LOGO_MAX_BYTES = 512 * 1024;

export interface OfficeProfile {
  name: string;
  institutionKind: InstitutionKind;
  kecamatan: string;
  kabupaten: string;
  provinsi: string;
  address: string;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  timeZone: TimeZoneCode;
  paperSize: PaperSize;
  /** `data:image/png;base64,…` for the kop surat, or null. */
  logoDataUrl: string | null;
  updatedAt: string;
}

const phone = optionalPhone();

const email = optionalText('E-mail', 120).refine((s) => s === null || z.email().safeParse(s).success, {
  error: 'Alamat e-mail tidak sah, contoh: upk.sukamaju@gmail.com',
});

const postalCode = optionalText('Kode pos', 5).refine((s) => s === null || /^\d{5}$/.test(s), {
  error: 'Kode pos terdiri dari 5 angka',
});

export const officeProfileInput = z.strictObject({
  name: requiredText('Nama lembaga', 150),
  institutionKind: choice('Jenis lembaga', INSTITUTION_KINDS),
  kecamatan: requiredText('Kecamatan', 100),
  kabupaten: requiredText('Kabupaten/Kota', 100),
  provinsi: requiredText('Provinsi', 100),
  address: requiredText('Alamat', 300),
  postalCode,
  phone,
  email,
  timeZone: choice('Zona waktu', TIME_ZONE_CODES),
  paperSize: choice('Ukuran kertas', PAPER_SIZES),
});
export type OfficeProfileInput = z.input<typeof officeProfileInput>;

export const officeLogoInput = z.strictObject({
  mimeType: choice('Jenis berkas logo', LOGO_MIME_TYPES),
  base64: z
    .string({ error: 'Isi berkas logo tidak sah' })
    .min(1, { error: 'Berkas logo kosong' })
    .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4, { error: 'Logo paling besar 512 KB' })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'Isi berkas logo tidak sah' }),
});

export const officeRequests = {
  'office.getProfile': request<OfficeProfile | null>()(noInput, { write: false }),
  'office.saveProfile': request<OfficeProfile>()(officeProfileInput, { write: true }),
  'office.setLogo': request<OfficeProfile>()(officeLogoInput, { write: true }),
  'office.removeLogo': request<OfficeProfile>()(noInput, { write: true }),
};
