import { describe, expect, it } from 'vitest';
import { terbilang, terbilangRupiah, terbilangSigned } from '../../../shared/format/terbilang';

describe('terbilang', () => {
  // DOMAIN §9.3 worked examples (rows 1–18, 20, 21) plus the extra cases the section asks for.
  it.each<[number, string]>([
    [0, 'nol'],
    [11, 'sebelas'],
    [19, 'sembilan belas'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [111, 'seratus sebelas'],
    [1_000, 'seribu'],
    [1_100, 'seribu seratus'],
    [11_000, 'sebelas ribu'],
    [101_000, 'seratus satu ribu'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [1_000_001, 'satu juta satu'],
    [7_945_500, 'tujuh juta sembilan ratus empat puluh lima ribu lima ratus'],
    [215_350_750, 'dua ratus lima belas juta tiga ratus lima puluh ribu tujuh ratus lima puluh'],
    [1_000_000_000, 'satu miliar'],
    [2_500_000_000_000, 'dua triliun lima ratus miliar'],
    [
      1_234_567_890_123,
      'satu triliun dua ratus tiga puluh empat miliar lima ratus enam puluh tujuh juta ' +
        'delapan ratus sembilan puluh ribu seratus dua puluh tiga',
    ],
    [2025, 'dua ribu dua puluh lima'],
    [31, 'tiga puluh satu'],
    [10, 'sepuluh'],
    [12, 'dua belas'],
    [20, 'dua puluh'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [200, 'dua ratus'],
    [1_001, 'seribu satu'],
    [1_999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [21_000, 'dua puluh satu ribu'],
    [111_000, 'seratus sebelas ribu'],
    [
      999_999_999_999_999,
      'sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar ' +
        'sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu ' +
        'sembilan ratus sembilan puluh sembilan',
    ],
  ])('%d → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
    expect(terbilang(BigInt(n))).toBe(words);
  });

  it('handles more unit and tens words', () => {
    expect(terbilang(7)).toBe('tujuh');
    expect(terbilang(15)).toBe('lima belas');
    expect(terbilang(99)).toBe('sembilan puluh sembilan');
    expect(terbilang(1_000_100)).toBe('satu juta seratus');
    expect(terbilang(2_000)).toBe('dua ribu');
    expect(terbilang(1_000_000_000_000)).toBe('satu triliun');
  });

  it('supports kuadriliun with bigint up to 999.999.999.999.999.999', () => {
    expect(terbilang(1_000_000_000_000_000n)).toBe('satu kuadriliun');
    expect(terbilang(2_000_001_000_000_000n)).toBe('dua kuadriliun satu miliar');
    expect(terbilang(999_999_999_999_999_999n)).toMatch(
      /^sembilan ratus sembilan puluh sembilan kuadriliun /,
    );
  });

  it.each<[number | bigint]>([[-1], [1.5], [Number.NaN], [Number.MAX_SAFE_INTEGER + 1], [10n ** 18n], [-5n]])(
    'throws RangeError for %s',
    (n) => {
      expect(() => terbilang(n)).toThrow(RangeError);
    },
  );

  it('terbilangSigned prefixes minus', () => {
    expect(terbilangSigned(-1_500)).toBe('minus seribu lima ratus');
    expect(terbilangSigned(-11n)).toBe('minus sebelas');
    expect(terbilangSigned(0)).toBe('nol');
    expect(terbilangSigned(42)).toBe('empat puluh dua');
  });
});

describe('terbilangRupiah', () => {
  it('writes rupiah and sen (DOMAIN §9.3 row 19)', () => {
    expect(terbilangRupiah(123_456_750)).toBe(
      'satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh rupiah lima puluh sen',
    );
  });

  it('writes whole rupiah without sen', () => {
    expect(terbilangRupiah(794_550_000)).toBe(
      'tujuh juta sembilan ratus empat puluh lima ribu lima ratus rupiah',
    );
    expect(terbilangRupiah(100_000)).toBe('seribu rupiah');
  });

  it('zero is nol rupiah, sen only omits rupiah', () => {
    expect(terbilangRupiah(0)).toBe('nol rupiah');
    expect(terbilangRupiah(50)).toBe('lima puluh sen');
    expect(terbilangRupiah(1)).toBe('satu sen');
  });

  it('negative amounts get minus', () => {
    expect(terbilangRupiah(-250_000)).toBe('minus dua ribu lima ratus rupiah');
  });

  it('is exact for the largest safe sen amount', () => {
    expect(terbilangRupiah(Number.MAX_SAFE_INTEGER)).toBe(
      'sembilan puluh triliun tujuh puluh satu miliar sembilan ratus sembilan puluh dua juta ' +
        'lima ratus empat puluh tujuh ribu empat ratus sembilan rupiah sembilan puluh satu sen',
    );
  });

  it('applies casing and wrappers', () => {
    expect(terbilangRupiah(150_000, { casing: 'sentence' })).toBe('Seribu lima ratus rupiah');
    expect(terbilangRupiah(150_050, { casing: 'title' })).toBe('Seribu Lima Ratus Rupiah Lima Puluh Sen');
    expect(terbilangRupiah(150_000, { casing: 'lower', wrap: true })).toBe('# seribu lima ratus rupiah #');
    expect(terbilangRupiah(-100, { casing: 'sentence', wrap: true })).toBe('# Minus satu rupiah #');
  });

  it('rejects non-integer sen', () => {
    expect(() => terbilangRupiah(1.5)).toThrow(RangeError);
  });
});
