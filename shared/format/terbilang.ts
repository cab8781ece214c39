import { isSen, type Sen } from './money';

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
// Index = power of 1000. KBBI spelling "miliar", not "milyar".
const SCALES = ['', 'ribu', 'juta', 'miliar', 'triliun', 'kuadriliun'];
const MAX = 999_999_999_999_999_999n;

export interface TerbilangRupiahOptions {
  /** lower (default): `satu juta rupiah`; sentence: `Satu juta rupiah`; title: `Satu Juta Rupiah`. */
  casing?: 'lower' | 'sentence' | 'title';
  /** Anti-tamper wrappers used on kuitansi: `# … #`. */
  wrap?: boolean;
}

function unit(d: number): string {
  const word = UNITS[d];
  if (word === undefined) throw new RangeError(`Digit tidak sah: ${d}`);
  return word;
}

/** 1..999 in words. */
function hundreds(n: number): string {
  const words: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 1) words.push('seratus');
  else if (h > 1) words.push(`${unit(h)} ratus`);
  if (rest === 10) words.push('sepuluh');
  else if (rest === 11) words.push('sebelas');
  else if (rest > 11 && rest < 20) words.push(`${unit(rest - 10)} belas`);
  else if (rest >= 20) {
    const ones = rest % 10;
    words.push(`${unit(Math.floor(rest / 10))} puluh`);
    if (ones > 0) words.push(unit(ones));
  } else if (rest > 0) words.push(unit(rest));
  return words.join(' ');
}

function toBigInt(n: number | bigint): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`Terbilang butuh bilangan bulat yang aman (atau bigint): ${n}`);
  }
  return BigInt(n);
}

/** Indonesian number words for 0 ≤ n ≤ 999.999.999.999.999.999 (DOMAIN §9.3). */
export function terbilang(n: number | bigint): string {
  const value = toBigInt(n);
  if (value < 0n || value > MAX) throw new RangeError(`Terbilang di luar jangkauan: ${value}`);
  if (value === 0n) return 'nol';

  const words: string[] = [];
  let rest = value;
  for (let scale = 0; rest > 0n; scale++) {
    const group = Number(rest % 1000n);
    rest /= 1000n;
    if (group === 0) continue;
    // "se-" only when the whole thousands group is 1: seribu, but seratus satu ribu, satu juta.
    if (scale === 1 && group === 1) words.unshift('seribu');
    else words.unshift(scale === 0 ? hundreds(group) : `${hundreds(group)} ${SCALES[scale]}`);
  }
  return words.join(' ');
}

/** Like terbilang but allows negatives: `minus lima`. */
export function terbilangSigned(n: number | bigint): string {
  const value = toBigInt(n);
  return value < 0n ? `minus ${terbilang(-value)}` : terbilang(value);
}

function applyCasing(text: string, casing: TerbilangRupiahOptions['casing']): string {
  if (casing === 'sentence') return text.charAt(0).toUpperCase() + text.slice(1);
  if (casing === 'title')
    return text.replace(/(^|\s)(\S)/g, (_m, space: string, c: string) => space + c.toUpperCase());
  return text;
}

/** `satu juta … rupiah lima puluh sen`; zero → `nol rupiah`; negative → `minus …`. */
export function terbilangRupiah(sen: Sen, opts: TerbilangRupiahOptions = {}): string {
  if (!isSen(sen)) throw new RangeError(`Nilai sen harus bilangan bulat yang aman: ${sen}`);
  const abs = Math.abs(sen);
  const cents = abs % 100;
  const whole = (abs - cents) / 100;
  let text: string;
  if (cents === 0) text = `${terbilang(whole)} rupiah`;
  else if (whole === 0) text = `${terbilang(cents)} sen`;
  else text = `${terbilang(whole)} rupiah ${terbilang(cents)} sen`;
  if (sen < 0) text = `minus ${text}`;
  text = applyCasing(text, opts.casing);
  return opts.wrap ? `# ${text} #` : text;
}
