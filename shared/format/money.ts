/** Money is always an integer number of sen (1/100 rupiah); never a float of rupiah. */
export type Sen = number;

export interface FormatRupiahOptions {
  /** Print `Rp` before the number (default true). */
  prefix?: boolean;
  /** auto: `,50` only when the sen part is non-zero; never: rounded to whole rupiah (half up). */
  decimals?: 'auto' | 'always' | 'never';
  /**
   * parentheses (default): `(Rp1.000)`, the one convention of the app's screens, PDFs and XLSX, as in
   * Indonesian financial statements; minus: `-Rp1.000` (only where a sign must be typed back).
   */
  negative?: 'minus' | 'parentheses';
  /** How an exact zero is printed (default `number`): `Rp0`, `-` or `Nihil`. */
  zero?: 'number' | 'dash' | 'nihil';
  /** Old-style `,-` suffix when no decimals are shown: `Rp250.000,-`. */
  dashSuffix?: boolean;
}

export type FormatAngkaOptions = Omit<FormatRupiahOptions, 'prefix'>;

export interface ParseRupiahOptions {
  allowNegative?: boolean;
  /** Default true. */
  allowZero?: boolean;
}

export type ParseRupiahResult = { ok: true; sen: Sen } | { ok: false; message: string };

const MAX_SEN = BigInt(Number.MAX_SAFE_INTEGER);

/** Excel number format of money columns: negatives in parentheses, like every other place. */
export const XLSX_MONEY_FORMAT = '#,##0.00;(#,##0.00)';

export function isSen(v: unknown): v is Sen {
  return typeof v === 'number' && Number.isSafeInteger(v);
}

function assertSen(sen: number): void {
  if (!isSen(sen)) throw new RangeError(`Nilai sen harus bilangan bulat yang aman: ${sen}`);
}

/** Whole rupiah → sen. */
export function rupiah(whole: number): Sen {
  if (!Number.isSafeInteger(whole)) throw new RangeError(`Rupiah harus bilangan bulat: ${whole}`);
  const sen = whole * 100;
  if (!Number.isSafeInteger(sen)) throw new RangeError(`Jumlah rupiah terlalu besar: ${whole}`);
  return sen === 0 ? 0 : sen;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function formatMoney(sen: Sen, opts: FormatRupiahOptions): string {
  assertSen(sen);
  const prefix = opts.prefix === false ? '' : 'Rp';
  if (sen === 0 && opts.zero === 'dash') return '-';
  if (sen === 0 && opts.zero === 'nihil') return 'Nihil';

  const abs = Math.abs(sen);
  let cents = abs % 100;
  // Exact: abs - cents is a multiple of 100, so the quotient is an integer without rounding.
  let whole = (abs - cents) / 100;
  const decimals = opts.decimals ?? 'auto';
  if (decimals === 'never') {
    if (cents >= 50) whole += 1;
    cents = 0;
  }
  const showCents = decimals === 'always' || (decimals === 'auto' && cents !== 0);
  let body = prefix + groupThousands(String(whole));
  if (showCents) body += `,${String(cents).padStart(2, '0')}`;
  else if (opts.dashSuffix) body += ',-';

  if (sen >= 0 || (whole === 0 && cents === 0)) return body;
  return opts.negative === 'minus' ? `-${body}` : `(${body})`;
}

/** `Rp1.234.567`, `Rp1.234.567,50`, `-Rp1.234.567` or `(Rp1.234.567)` (DOMAIN §9.1). */
export function formatRupiah(sen: Sen, opts: FormatRupiahOptions = {}): string {
  return formatMoney(sen, opts);
}

/** Same as formatRupiah without the `Rp` prefix, for table columns. */
export function formatAngka(sen: Sen, opts: FormatAngkaOptions = {}): string {
  return formatMoney(sen, { ...opts, prefix: false });
}

const MSG_EMPTY = 'Jumlah wajib diisi';
const MSG_AMBIGUOUS =
  'Format tidak jelas: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.500 atau 1,5';
const MSG_DECIMALS = 'Paling banyak dua angka di belakang koma (sen), mis. 1.234.567,50';
const MSG_GROUPS =
  'Titik pemisah ribuan salah letak: setiap kelompok setelah titik harus 3 angka, mis. 1.234.567';
const MSG_TOO_BIG = 'Jumlah terlalu besar';
const MSG_NEGATIVE = 'Jumlah tidak boleh negatif';
const MSG_ZERO = 'Jumlah tidak boleh nol';

function notANumber(text: string): string {
  const shown = text.length > 30 ? `${text.slice(0, 30)}…` : text;
  return `"${shown}" bukan angka yang sah`;
}

function fail(message: string): ParseRupiahResult {
  return { ok: false, message };
}

/** Splits a sign, `Rp`/`Rp.` prefix and `,-` suffix from the number text. */
function stripDecorations(text: string): { negative: boolean; number: string } | null {
  let s = text;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = (paren[1] ?? '').trim();
  }
  const signed = /^[-\u2212]\s*(.*)$/.exec(s);
  if (signed) {
    if (negative) return null;
    negative = true;
    s = signed[1] ?? '';
  }
  s = s.replace(/^rp\.?\s*/i, '');
  const innerSigned = /^[-\u2212]\s*(.*)$/.exec(s);
  if (innerSigned) {
    if (negative) return null;
    negative = true;
    s = innerSigned[1] ?? '';
  }
  s = s.replace(/,-$/, '');
  return { negative, number: s };
}

/** Validates `1234567`, `1.234.567`, `1.234.567,5`; returns the amount in sen or an error message. */
function digitsToSen(num: string): { sen: bigint } | { message: string } | null {
  if (!/^[\d.,]+$/.test(num)) return null;
  const commaParts = num.split(',');
  if (commaParts.length > 2) return { message: MSG_AMBIGUOUS };
  const [intPart = '', fracPart] = commaParts;
  if (fracPart?.includes('.')) return { message: MSG_AMBIGUOUS };
  if (intPart === '' || fracPart === '') return null;
  if (fracPart !== undefined && fracPart.length > 2) return { message: MSG_DECIMALS };

  const groups = intPart.split('.');
  if (groups.length > 1) {
    const last = groups[groups.length - 1] ?? '';
    // `1.5`, `1.50`, `12.34`: reads as an English decimal point or as thousands; refuse to guess.
    if (groups.length === 2 && fracPart === undefined && /^\d{1,2}$/.test(last)) {
      return { message: MSG_AMBIGUOUS };
    }
    const [first = '', ...rest] = groups;
    if (!/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return { message: MSG_GROUPS };
  }
  const sen = BigInt(groups.join('')) * 100n + BigInt((fracPart ?? '').padEnd(2, '0'));
  return { sen };
}

/**
 * Parses user input such as `Rp. 1.234.567,-`, `1.234.567,50` or `(1.000)` into sen.
 * Dots are always thousands separators and the comma is the decimal separator (id-ID).
 */
export function parseRupiah(text: string, opts: ParseRupiahOptions = {}): ParseRupiahResult {
  const trimmed = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (trimmed === '') return fail(MSG_EMPTY);
  const parts = stripDecorations(trimmed);
  if (!parts || parts.number === '') return fail(notANumber(trimmed));
  const parsed = digitsToSen(parts.number);
  if (!parsed) return fail(notANumber(trimmed));
  if ('message' in parsed) return fail(parsed.message);
  if (parsed.sen > MAX_SEN) return fail(MSG_TOO_BIG);

  const magnitude = Number(parsed.sen);
  if (magnitude === 0) return opts.allowZero === false ? fail(MSG_ZERO) : { ok: true, sen: 0 };
  if (parts.negative && !opts.allowNegative) return fail(MSG_NEGATIVE);
  return { ok: true, sen: parts.negative ? -magnitude : magnitude };
}

/** Percentage points with a comma decimal: formatPercent(12.5) → `12,5%`. */
export function formatPercent(value: number, fractionDigits = 1): string {
  if (!Number.isFinite(value)) throw new RangeError(`Persentase tidak sah: ${value}`);
  const text = new Intl.NumberFormat('id-ID', {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
  // Avoid `-0,0%` when a tiny negative rounds to zero.
  const cleaned = /^-0(,0*)?$/.test(text) ? text.slice(1) : text;
  return `${cleaned.replace(/[\u00a0\u202f]/g, ' ')}%`;
}
