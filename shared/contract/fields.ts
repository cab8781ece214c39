import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { parseRupiah } from '../format/money';

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

/**
 * An amount of money in sen. Accepts a whole number of sen, or the text a person typed in id-ID
 * (`Rp 1.234.567`, `1.234.567,50`, `1.234.567,-`), parsed here so main gives the field's message.
 */
export function money(label: string, opts: { allowZero?: boolean } = {}) {
  return z
    .union(
      [
        z.number({ error: `${label} harus berupa angka` }),
        z.string({ error: `${label} harus berupa angka` }),
      ],
      {
        error: `${label} harus berupa angka`,
      },
    )
    .transform((v, ctx) => {
      let sen: number;
      if (typeof v === 'number') {
        if (!Number.isSafeInteger(v)) {
          ctx.addIssue({ code: 'custom', message: `${label} tidak sah` });
          return z.NEVER;
        }
        sen = v;
      } else {
        const parsed = parseRupiah(v, { allowNegative: false });
        if (!parsed.ok) {
          // "Jumlah wajib diisi" names the field itself; other messages get the field's name in front.
          const message = parsed.message.startsWith('Jumlah ')
            ? `${label}${parsed.message.slice('Jumlah'.length)}`
            : `${label}: ${parsed.message}`;
          ctx.addIssue({ code: 'custom', message });
          return z.NEVER;
        }
        sen = parsed.sen;
      }
      if (sen < 0) {
        ctx.addIssue({ code: 'custom', message: `${label} tidak boleh negatif` });
        return z.NEVER;
      }
      if (sen === 0 && !opts.allowZero) {
        ctx.addIssue({ code: 'custom', message: `${label} harus lebih dari nol` });
        return z.NEVER;
      }
      if (sen > MAX_AMOUNT_SEN) {
        ctx.addIssue({ code: 'custom', message: `${label} terlalu besar` });
        return z.NEVER;
      }
      return sen;
    });
}

/** Rp 10 triliun in sen: far beyond any UPK, far below Number.MAX_SAFE_INTEGER even when summed. */
export const MAX_AMOUNT_SEN = 1_000_000_000_000_000;

/** `HH:MM`, 24-hour. */
export function clockTime(label: string) {
  return z
    .string({ error: `${label} wajib diisi` })
    .trim()
    .refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s), {
      error: `${label} harus berbentuk JJ:MM, mis. 09:30`,
    });
}
