import { z } from 'zod';
import { isIsoDate } from '../format/date';

z.config(z.locales.id());

// Control characters (other than tab/newline/CR) never belong in office records.
function hasControlChars(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

function text(label: string, max: number) {
  return z
    .string({
      error: (issue) => (issue.input === undefined ? `${label} wajib diisi` : `${label} harus berupa teks`),
    })
    .trim()
    .max(max, { error: `${label} paling panjang ${max} karakter` })
    .refine((s) => !hasControlChars(s), { error: `${label} berisi karakter yang tidak sah` });
}

export function requiredText(label: string, max = 200) {
  return text(label, max).refine((s) => s.length > 0, { error: `${label} wajib diisi` });
}

/** Optional text: absent, null or blank all become null. */
export function optionalText(label: string, max = 200) {
  return text(label, max)
    .nullish()
    .transform((s) => (s ? s : null));
}

export function isoDate(label: string) {
  return z
    .string({ error: `${label} wajib diisi` })
    .refine((s) => isIsoDate(s), { error: `${label} bukan tanggal yang sah` });
}

export function optionalIsoDate(label: string) {
  return z
    .string({ error: `${label} bukan tanggal yang sah` })
    .nullish()
    .transform((s) => (s ? s : null))
    .refine((s) => s === null || isIsoDate(s), { error: `${label} bukan tanggal yang sah` });
}

export function id(label = 'ID') {
  return z
    .number({ error: `${label} harus berupa angka` })
    .int({ error: `${label} tidak sah` })
    .positive({ error: `${label} tidak sah` })
    .max(Number.MAX_SAFE_INTEGER, { error: `${label} tidak sah` });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, values: T) {
  return z.enum(values, { error: `${label} harus salah satu dari: ${values.join(', ')}` });
}

export const noInput = z.strictObject({});

export function optionalPhone(label = 'Nomor telepon') {
  return optionalText(label, 30).refine((s) => s === null || /^[0-9+()\-\s]{6,30}$/.test(s), {
    error: `${label} hanya boleh berisi angka, spasi, +, - dan tanda kurung (minimal 6 digit)`,
  });
}

export function flag(label: string) {
  return z.boolean({ error: `${label} tidak sah` });
}
