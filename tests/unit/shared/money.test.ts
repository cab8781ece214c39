import { describe, expect, it } from 'vitest';
import {
  formatAngka,
  formatPercent,
  formatRupiah,
  isSen,
  parseRupiah,
  rupiah,
} from '../../../shared/format/money';

const NBSP = '\u00a0';
const AMBIGUOUS =
  'Format tidak jelas: gunakan titik untuk ribuan dan koma untuk desimal, mis. 1.500 atau 1,5';

describe('isSen / rupiah', () => {
  it('accepts only safe integers as sen', () => {
    expect(isSen(0)).toBe(true);
    expect(isSen(-150)).toBe(true);
    expect(isSen(Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isSen(1.5)).toBe(false);
    expect(isSen(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
    expect(isSen(Number.NaN)).toBe(false);
    expect(isSen('100')).toBe(false);
    expect(isSen(10n)).toBe(false);
  });

  it('converts whole rupiah to sen', () => {
    expect(rupiah(250_000)).toBe(25_000_000);
    expect(rupiah(-3)).toBe(-300);
    expect(rupiah(0)).toBe(0);
    expect(() => rupiah(1.5)).toThrow(RangeError);
    expect(() => rupiah(Number.MAX_SAFE_INTEGER)).toThrow(RangeError);
  });
});

describe('formatRupiah', () => {
  it.each<[number, string]>([
    [123_456_700, 'Rp1.234.567'],
    [123_456_750, 'Rp1.234.567,50'],
    [123_456_705, 'Rp1.234.567,05'],
    [25_000_000, 'Rp250.000'],
    [100, 'Rp1'],
    [50, 'Rp0,50'],
    [0, 'Rp0'],
    [-123_456_700, '(Rp1.234.567)'],
    [-123_456_750, '(Rp1.234.567,50)'],
    [Number.MAX_SAFE_INTEGER, 'Rp90.071.992.547.409,91'],
  ])('%d → %s', (sen, text) => {
    expect(formatRupiah(sen)).toBe(text);
  });

  it('does not round away the cents the way Intl currency does', () => {
    expect(formatRupiah(999_999_999_999_999)).toBe('Rp9.999.999.999.999,99');
    expect(formatRupiah(-99)).toBe('(Rp0,99)');
    expect(formatRupiah(-99, { negative: 'minus' })).toBe('-Rp0,99');
  });

  it('supports parentheses for negatives (DOMAIN §9.1)', () => {
    expect(formatRupiah(-123_456_700, { negative: 'parentheses' })).toBe('(Rp1.234.567)');
    expect(formatAngka(-123_456_700, { negative: 'parentheses' })).toBe('(1.234.567)');
    expect(formatRupiah(123_456_700, { negative: 'parentheses' })).toBe('Rp1.234.567');
  });

  it('supports decimals modes', () => {
    expect(formatRupiah(25_000_000, { decimals: 'always' })).toBe('Rp250.000,00');
    expect(formatRupiah(25_000_050, { decimals: 'always' })).toBe('Rp250.000,50');
    expect(formatRupiah(25_000_049, { decimals: 'never' })).toBe('Rp250.000');
    expect(formatRupiah(25_000_050, { decimals: 'never' })).toBe('Rp250.001');
    expect(formatRupiah(-25_000_050, { decimals: 'never' })).toBe('(Rp250.001)');
    expect(formatRupiah(-40, { decimals: 'never' })).toBe('Rp0');
  });

  it('supports the old-style ,- suffix only when no decimals are shown', () => {
    expect(formatRupiah(25_000_000, { dashSuffix: true })).toBe('Rp250.000,-');
    expect(formatRupiah(25_000_050, { dashSuffix: true })).toBe('Rp250.000,50');
    expect(formatRupiah(25_000_050, { dashSuffix: true, decimals: 'never' })).toBe('Rp250.001,-');
    expect(formatRupiah(-25_000_000, { dashSuffix: true, negative: 'parentheses' })).toBe('(Rp250.000,-)');
  });

  it('prints zero as number, dash or Nihil', () => {
    expect(formatRupiah(0, { zero: 'number' })).toBe('Rp0');
    expect(formatRupiah(0, { zero: 'dash' })).toBe('-');
    expect(formatRupiah(0, { zero: 'nihil' })).toBe('Nihil');
    expect(formatAngka(0, { zero: 'nihil' })).toBe('Nihil');
    expect(formatRupiah(1, { zero: 'nihil' })).toBe('Rp0,01');
  });

  it('can drop the prefix', () => {
    expect(formatRupiah(123_456_750, { prefix: false })).toBe('1.234.567,50');
    expect(formatAngka(123_456_750)).toBe('1.234.567,50');
    expect(formatAngka(100_000)).toBe('1.000');
  });

  it('rejects non-integer or unsafe sen', () => {
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
    expect(() => formatAngka(Number.MAX_SAFE_INTEGER + 2)).toThrow(RangeError);
  });
});

describe('parseRupiah', () => {
  it.each<[string, number]>([
    ['Rp1.234.567', 123_456_700],
    ['Rp 1.234.567', 123_456_700],
    ['Rp. 1.234.567,-', 123_456_700],
    ['rp1.234.567', 123_456_700],
    ['RP.1.234.567', 123_456_700],
    ['1234567', 123_456_700],
    ['1.234.567', 123_456_700],
    ['1.234.567,50', 123_456_750],
    ['1.234.567,5', 123_456_750],
    ['1.234.567,05', 123_456_705],
    ['1.234.567,-', 123_456_700],
    ['250.000,00', 25_000_000],
    ['1234567,50', 123_456_750],
    ['1.500', 150_000],
    ['0', 0],
    ['0,5', 50],
    ['  1.000  ', 100_000],
    [`Rp${NBSP}1.234.567`, 123_456_700],
    [`${NBSP}1.000${NBSP}`, 100_000],
    ['Rp\u202f1.000', 100_000],
    ['90.071.992.547.409,91', Number.MAX_SAFE_INTEGER],
  ])('accepts %j → %d sen', (text, sen) => {
    expect(parseRupiah(text)).toEqual({ ok: true, sen });
  });

  it.each<[string, number]>([
    ['-1.000', -100_000],
    ['(1.000)', -100_000],
    ['(Rp1.000)', -100_000],
    ['-Rp1.000,50', -100_050],
    ['Rp -1.000', -100_000],
    ['( 1.000,- )', -100_000],
    ['\u22121.000', -100_000],
  ])('accepts negative %j with allowNegative', (text, sen) => {
    expect(parseRupiah(text, { allowNegative: true })).toEqual({ ok: true, sen });
  });

  it.each<[string, string]>([
    ['', 'Jumlah wajib diisi'],
    ['   ', 'Jumlah wajib diisi'],
    [NBSP, 'Jumlah wajib diisi'],
    ['abc', '"abc" bukan angka yang sah'],
    ['Rp', '"Rp" bukan angka yang sah'],
    ['12a', '"12a" bukan angka yang sah'],
    ['1 000', '"1 000" bukan angka yang sah'],
    ['+1.000', '"+1.000" bukan angka yang sah'],
    ['1,', '"1," bukan angka yang sah'],
    [',50', '",50" bukan angka yang sah'],
    ['--1', '"--1" bukan angka yang sah'],
    ['1.5', AMBIGUOUS],
    ['1.50', AMBIGUOUS],
    ['12.34', AMBIGUOUS],
    ['1,234,567', AMBIGUOUS],
    ['1,234.56', AMBIGUOUS],
    ['1,505', 'Paling banyak dua angka di belakang koma (sen), mis. 1.234.567,50'],
    ['1.234,567', 'Paling banyak dua angka di belakang koma (sen), mis. 1.234.567,50'],
  ])('rejects %j', (text, message) => {
    expect(parseRupiah(text, { allowNegative: true })).toEqual({ ok: false, message });
  });

  it.each(['1.23.456', '1234.567', '1.2345', '1..000', '.500', '1.000.', '1.5,00', '12.3456.789'])(
    'rejects misplaced group dots in %j',
    (text) => {
      const result = parseRupiah(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/^Titik pemisah ribuan salah letak/);
    },
  );

  it('truncates very long invalid input in the message', () => {
    const result = parseRupiah('x'.repeat(100));
    expect(result).toEqual({ ok: false, message: `"${'x'.repeat(30)}…" bukan angka yang sah` });
  });

  it('rejects amounts beyond the safe integer range', () => {
    expect(parseRupiah('90.071.992.547.409,92')).toEqual({ ok: false, message: 'Jumlah terlalu besar' });
    expect(parseRupiah('1'.repeat(40))).toEqual({ ok: false, message: 'Jumlah terlalu besar' });
  });

  it('rejects negatives unless allowed', () => {
    for (const text of ['-1.000', '(1.000)', 'Rp -5']) {
      expect(parseRupiah(text)).toEqual({ ok: false, message: 'Jumlah tidak boleh negatif' });
    }
  });

  it('rejects zero only when allowZero is false', () => {
    expect(parseRupiah('0', { allowZero: false })).toEqual({ ok: false, message: 'Jumlah tidak boleh nol' });
    expect(parseRupiah('Rp0,00', { allowZero: false })).toEqual({
      ok: false,
      message: 'Jumlah tidak boleh nol',
    });
    expect(parseRupiah('0,01', { allowZero: false })).toEqual({ ok: true, sen: 1 });
  });

  it('reads negative zero as plain zero', () => {
    const result = parseRupiah('-0');
    expect(result).toEqual({ ok: true, sen: 0 });
    if (result.ok) expect(Object.is(result.sen, -0)).toBe(false);
  });
});

describe('format → parse round trip', () => {
  const values = [
    0,
    1,
    9,
    10,
    50,
    99,
    100,
    101,
    12_345,
    99_999,
    100_000,
    123_456_750,
    25_000_000,
    100_000_001,
    794_550_000,
    21_535_075_000,
    999_999_999_999_999,
    Number.MAX_SAFE_INTEGER,
  ];
  const signed = values.flatMap((v) => (v === 0 ? [0] : [v, -v]));

  it.each(signed)('%d sen survives every format variant', (sen) => {
    const variants = [
      formatRupiah(sen),
      formatRupiah(sen, { negative: 'parentheses' }),
      formatRupiah(sen, { decimals: 'always' }),
      formatRupiah(sen, { dashSuffix: true }),
      formatAngka(sen),
      formatAngka(sen, { negative: 'parentheses', decimals: 'always' }),
    ];
    for (const text of variants) {
      expect(parseRupiah(text, { allowNegative: true })).toEqual({ ok: true, sen });
    }
  });

  it('survives a sweep of small and cent-heavy amounts', () => {
    for (let sen = -2_050; sen <= 2_050; sen += 7) {
      expect(parseRupiah(formatRupiah(sen), { allowNegative: true })).toEqual({ ok: true, sen });
    }
    for (let sen = 1; sen < 1e15; sen = sen * 13 + 7) {
      expect(parseRupiah(formatAngka(sen))).toEqual({ ok: true, sen });
    }
  });
});

describe('formatPercent', () => {
  it.each<[number, number | undefined, string]>([
    [12.5, undefined, '12,5%'],
    [12, undefined, '12,0%'],
    [100, 0, '100%'],
    [33.333, 2, '33,33%'],
    [1234.56, 1, '1.234,6%'],
    [-7.25, 1, '-7,3%'],
    [-0.01, 1, '0,0%'],
  ])('%d (%s digits) → %s', (value, digits, text) => {
    expect(digits === undefined ? formatPercent(value) : formatPercent(value, digits)).toBe(text);
  });

  it('rejects non-finite values', () => {
    expect(() => formatPercent(Number.NaN)).toThrow(RangeError);
    expect(() => formatPercent(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('no NO-BREAK SPACE in output', () => {
  it('never emits U+00A0', () => {
    const outputs = [
      formatRupiah(123_456_750),
      formatRupiah(-123_456_750, { negative: 'parentheses', dashSuffix: true }),
      formatRupiah(0, { zero: 'nihil' }),
      formatAngka(Number.MAX_SAFE_INTEGER),
      formatPercent(-1234.5, 2),
    ];
    for (const text of outputs) expect(text).not.toContain(NBSP);
  });
});
