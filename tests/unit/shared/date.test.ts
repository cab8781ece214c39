import { describe, expect, it } from 'vitest';
import {
  akhirBulan,
  bulanTahun,
  DAYS_ID,
  dayOfWeek,
  daysInMonth,
  formatJam,
  formatTanggal,
  formatTanggalAngka,
  formatTanggalPanjang,
  isIsoDate,
  kalimatTanggal,
  localDateTimeInZone,
  MONTHS_ID,
  parseTanggal,
  periodeBulan,
  romanMonth,
  sampaiDengan,
  TIME_ZONE_OFFSET_HOURS,
  tahunBuku,
  tanggalDalamKata,
  zonedToUtcMillis,
} from '../../../shared/format/date';

const HINT = 'tulis seperti 31/07/2025';

describe('names', () => {
  it('lists months and days in Indonesian', () => {
    expect(MONTHS_ID).toEqual([
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ]);
    expect(DAYS_ID).toEqual(['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']);
  });
});

describe('isIsoDate', () => {
  it.each(['2025-07-31', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '2025-02-28'])(
    'accepts %s',
    (s) => {
      expect(isIsoDate(s)).toBe(true);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2100-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-7-31',
    '31-07-2025',
    '2025-07-31T00:00',
    ' 2025-07-31',
    '0000-01-01',
    '',
  ])('rejects %j', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });

  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe('formatting', () => {
  it('formats the DOMAIN §9.2 examples', () => {
    expect(formatTanggal('2025-07-31')).toBe('31 Juli 2025');
    expect(formatTanggalPanjang('2025-07-31')).toBe('Kamis, 31 Juli 2025');
    expect(formatTanggalAngka('2025-07-31')).toBe('31/07/2025');
    expect(formatTanggalAngka('2025-07-31', '-')).toBe('31-07-2025');
    expect(formatTanggalAngka('2025-07-01', '.')).toBe('01.07.2025');
    expect(formatTanggal('2025-01-05')).toBe('5 Januari 2025');
  });

  it.each<[string, number, string]>([
    ['2025-07-27', 0, 'Minggu'],
    ['2025-07-28', 1, 'Senin'],
    ['2025-07-29', 2, 'Selasa'],
    ['2025-07-30', 3, 'Rabu'],
    ['2025-07-31', 4, 'Kamis'],
    ['2025-08-01', 5, 'Jumat'],
    ['2025-08-02', 6, 'Sabtu'],
    ['2024-02-29', 4, 'Kamis'],
    ['2000-01-01', 6, 'Sabtu'],
    ['1945-08-17', 5, 'Jumat'],
  ])('%s is day %d (%s)', (iso, dow, name) => {
    expect(dayOfWeek(iso)).toBe(dow);
    expect(formatTanggalPanjang(iso).startsWith(`${name}, `)).toBe(true);
  });

  it('does not map two-digit years to the 1900s', () => {
    expect(dayOfWeek('0001-01-01')).toBe(1);
    expect(formatTanggal('0099-12-31')).toBe('31 Desember 99');
  });

  it('throws on invalid ISO input', () => {
    expect(() => formatTanggal('2025-02-30')).toThrow(RangeError);
    expect(() => dayOfWeek('31/07/2025')).toThrow(RangeError);
  });

  it('matches ICU id-ID long dates', () => {
    const icu = new Intl.DateTimeFormat('id-ID', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    for (const iso of ['2025-07-31', '2024-02-29', '2025-08-01', '2026-01-04', '2025-03-10']) {
      const expected = icu.format(new Date(`${iso}T00:00:00Z`)).replace(/\u00a0/g, ' ');
      expect(formatTanggalPanjang(iso)).toBe(expected);
    }
  });

  it('formats periods', () => {
    expect(bulanTahun('2025-07-31')).toBe('Juli 2025');
    expect(periodeBulan('2025-07-15')).toBe('Bulan Juli 2025');
    expect(sampaiDengan('2025-07-31')).toBe('s.d. 31 Juli 2025');
    expect(tahunBuku(2025)).toBe('Tahun Buku 2025');
    expect(akhirBulan('2024-02-10')).toBe('2024-02-29');
    expect(akhirBulan('2025-02-10')).toBe('2025-02-28');
    expect(akhirBulan('2025-07-01')).toBe('2025-07-31');
  });
});

describe('parseTanggal', () => {
  it.each<[string, string]>([
    ['31/07/2025', '2025-07-31'],
    ['31-07-2025', '2025-07-31'],
    ['31.07.2025', '2025-07-31'],
    ['1/7/2025', '2025-07-01'],
    ['01/07/2025', '2025-07-01'],
    ['2025-07-31', '2025-07-31'],
    ['  31/07/2025 ', '2025-07-31'],
    ['\u00a031/07/2025', '2025-07-31'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
  ])('accepts %j → %s', (text, iso) => {
    expect(parseTanggal(text)).toEqual({ ok: true, iso });
  });

  it.each<[string, string]>([
    ['', 'Tanggal wajib diisi'],
    ['kemarin', `Tanggal tidak sah: "kemarin", ${HINT}`],
    ['31/07/25', `Tanggal tidak sah: "31/07/25", ${HINT}`],
    ['31/07-2025', `Tanggal tidak sah: "31/07-2025", ${HINT}`],
    ['2025/07/31', `Tanggal tidak sah: "2025/07/31", ${HINT}`],
    ['31 Juli 2025', `Tanggal tidak sah: "31 Juli 2025", ${HINT}`],
    ['31/02/2025', `Tanggal tidak sah: Februari 2025 hanya ada tanggal 1–28, ${HINT}`],
    ['29/02/2025', `Tanggal tidak sah: Februari 2025 hanya ada tanggal 1–28, ${HINT}`],
    ['29/02/1900', `Tanggal tidak sah: Februari 1900 hanya ada tanggal 1–28, ${HINT}`],
    ['31/04/2025', `Tanggal tidak sah: April 2025 hanya ada tanggal 1–30, ${HINT}`],
    ['0/07/2025', `Tanggal tidak sah: Juli 2025 hanya ada tanggal 1–31, ${HINT}`],
    ['2025-02-30', `Tanggal tidak sah: Februari 2025 hanya ada tanggal 1–28, ${HINT}`],
    ['31/13/2025', `Tanggal tidak sah: bulan 13 tidak ada, ${HINT}`],
    ['31/07/0202', `Tanggal tidak sah: tahun 202 di luar rentang 1900–2100, ${HINT}`],
  ])('rejects %j', (text, message) => {
    expect(parseTanggal(text)).toEqual({ ok: false, message });
  });

  it('round-trips with formatTanggalAngka', () => {
    for (const iso of ['2025-07-31', '2024-02-29', '2025-01-01', '1999-12-31']) {
      for (const sep of ['/', '-', '.']) {
        expect(parseTanggal(formatTanggalAngka(iso, sep))).toEqual({ ok: true, iso });
      }
    }
  });
});

describe('romanMonth', () => {
  it('maps 1..12 to Roman numerals', () => {
    const all = Array.from({ length: 12 }, (_, i) => romanMonth(i + 1));
    expect(all).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
  });

  it.each([0, 13, 1.5, -1])('throws for %d', (m) => {
    expect(() => romanMonth(m)).toThrow(RangeError);
  });
});

describe('time and zones', () => {
  it('formats times with a period', () => {
    expect(formatJam('10:05', 'WIB')).toBe('10.05 WIB');
    expect(formatJam('08:00', 'WITA')).toBe('08.00 WITA');
    expect(formatJam('23:59', 'WIT')).toBe('23.59 WIT');
    expect(formatJam('10:00')).toBe('10.00');
  });

  it.each(['24:00', '10:60', '9:05', '10.05', ''])('formatJam rejects %j', (t) => {
    expect(() => formatJam(t, 'WIB')).toThrow(RangeError);
  });

  it('has fixed offsets', () => {
    expect(TIME_ZONE_OFFSET_HOURS).toEqual({ WIB: 7, WITA: 8, WIT: 9 });
  });

  it('converts an instant to the local date and time of each zone', () => {
    const instant = Date.UTC(2025, 6, 31, 16, 30); // 31 Jul 2025 16:30 UTC
    expect(localDateTimeInZone(instant, 'WIB')).toEqual({ date: '2025-07-31', time: '23:30' });
    expect(localDateTimeInZone(instant, 'WITA')).toEqual({ date: '2025-08-01', time: '00:30' });
    expect(localDateTimeInZone(new Date(instant), 'WIT')).toEqual({ date: '2025-08-01', time: '01:30' });
    expect(localDateTimeInZone(Date.UTC(2024, 11, 31, 20, 0), 'WIB')).toEqual({
      date: '2025-01-01',
      time: '03:00',
    });
    expect(() => localDateTimeInZone(new Date(Number.NaN), 'WIB')).toThrow(RangeError);
  });

  it('converts a zoned wall-clock time back to UTC', () => {
    expect(zonedToUtcMillis('2025-08-01', '00:30', 'WITA')).toBe(Date.UTC(2025, 6, 31, 16, 30));
    expect(zonedToUtcMillis('2025-07-31', '10:00', 'WIB')).toBe(Date.UTC(2025, 6, 31, 3, 0));
    expect(zonedToUtcMillis('2025-01-01', '03:00', 'WIT')).toBe(Date.UTC(2024, 11, 31, 18, 0));
    expect(() => zonedToUtcMillis('2025-02-30', '10:00', 'WIB')).toThrow(RangeError);
    expect(() => zonedToUtcMillis('2025-02-03', '25:00', 'WIB')).toThrow(RangeError);
  });

  it('round-trips between zoned wall-clock and instants', () => {
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      for (const [date, time] of [
        ['2025-07-31', '10:05'],
        ['2024-02-29', '23:59'],
        ['2025-01-01', '00:00'],
      ] as const) {
        expect(localDateTimeInZone(zonedToUtcMillis(date, time, zone), zone)).toEqual({ date, time });
      }
    }
  });
});

describe('dates in words', () => {
  it('builds the BA narrative (DOMAIN §9.2, §9.3 rows 20–21)', () => {
    expect(tanggalDalamKata('2025-07-31')).toEqual({
      hari: 'Kamis',
      tanggal: 'tiga puluh satu',
      bulan: 'Juli',
      tahun: 'dua ribu dua puluh lima',
    });
    expect(kalimatTanggal('2025-07-31')).toBe(
      'hari Kamis tanggal tiga puluh satu bulan Juli tahun dua ribu dua puluh lima',
    );
    expect(kalimatTanggal('2024-02-01')).toBe(
      'hari Kamis tanggal satu bulan Februari tahun dua ribu dua puluh empat',
    );
    expect(tanggalDalamKata('2011-11-11').tahun).toBe('dua ribu sebelas');
  });
});

describe('no NO-BREAK SPACE in output', () => {
  it('never emits U+00A0', () => {
    const outputs = [
      formatTanggal('2025-07-31'),
      formatTanggalPanjang('2025-07-31'),
      formatJam('10:05', 'WIB'),
      kalimatTanggal('2025-07-31'),
      bulanTahun('2025-07-31'),
      sampaiDengan('2025-07-31'),
    ];
    for (const text of outputs) expect(text).not.toContain('\u00a0');
  });
});
