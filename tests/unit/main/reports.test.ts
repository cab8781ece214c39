import type { Content, TableCell } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import {
  buildDocDefinition,
  DOTTED_NAME,
  headerRow,
  moneyCell,
  moneyText,
  PAPER_POINTS,
  pageMargins,
  pageSize,
  periodLine,
  regionLine,
  signatureBlock,
  signerRows,
  usableLogo,
} from '../../../main/reports/pdf';
import { excelDate } from '../../../main/reports/xlsx';
import type { OfficeProfile } from '../../../shared/office/profile';

const OFFICE: OfficeProfile = {
  name: 'UPK DAPM Kecamatan Sukamaju',
  institutionKind: 'upk',
  kecamatan: 'Sukamaju',
  kabupaten: 'Kabupaten Cianjur',
  provinsi: 'Jawa Barat',
  address: 'Jl. Raya Sukamaju No. 17',
  postalCode: null,
  phone: null,
  email: null,
  timeZone: 'WITA',
  paperSize: 'A4',
  logoDataUrl: null,
  updatedAt: '2025-07-01T00:00:00.000Z',
};

/** Every string in a pdfmake content tree, in order. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') return Object.values(node).flatMap(texts);
  return [];
}

describe('paper and margins', () => {
  it('uses 215×330 mm for F4 and swaps for landscape', () => {
    expect(PAPER_POINTS.F4.width).toBeCloseTo(609.45, 2);
    expect(PAPER_POINTS.F4.height).toBeCloseTo(935.43, 2);
    expect(pageSize('F4', 'landscape').width).toBeCloseTo(935.43, 2);
    expect(pageSize('A4', 'portrait')).toEqual({ width: 595.28, height: 841.89 });
  });

  it('gives the binding edge 2.5 cm', () => {
    const [left, top] = pageMargins('portrait');
    expect(left).toBeCloseTo(70.87, 1);
    expect(pageMargins('landscape')[1]).toBeCloseTo(70.87, 1);
    expect(top).toBeCloseTo(56.69, 1);
  });
});

describe('money cells', () => {
  it('prints id-ID amounts, negatives in parentheses', () => {
    expect(moneyText(123_456_789_50)).toBe('123.456.789,50');
    expect(moneyText(-123_456_789_50)).toBe('(123.456.789,50)');
    expect(moneyText(1_000_00, { decimals: 'never' })).toBe('1.000');
    expect(moneyText(0)).toBe('0,00');
    expect(moneyText(0, { zero: 'dash' })).toBe('-');
    expect(moneyText(0, { zero: 'blank' })).toBe('');
  });

  it('builds a right-aligned cell, optionally bold or struck', () => {
    expect(moneyCell(-5_00, { decimals: 'never', bold: true, struck: true })).toEqual({
      text: '(5)',
      alignment: 'right',
      noWrap: true,
      bold: true,
      decoration: 'lineThrough',
    });
  });

  it('builds a shaded bold header row', () => {
    const row = headerRow(['No', 'Uraian']);
    expect(row).toHaveLength(2);
    expect(row[0]).toMatchObject({ text: 'No', bold: true, alignment: 'center' });
  });
});

describe('text helpers', () => {
  it('writes the period line', () => {
    expect(periodLine('2025-01-01', '2025-12-31')).toBe('Periode 1 Januari 2025 s.d. 31 Desember 2025');
    expect(periodLine('2025-07-31', '2025-07-31')).toBe('Tanggal 31 Juli 2025');
  });

  it('adds region prefixes only when missing', () => {
    expect(regionLine(OFFICE)).toBe('Kecamatan Sukamaju, Kabupaten Cianjur, Provinsi Jawa Barat');
    expect(regionLine({ ...OFFICE, kecamatan: 'Kec. Sukamaju', kabupaten: 'Kota Banjar' })).toBe(
      'Kec. Sukamaju, Kota Banjar, Provinsi Jawa Barat',
    );
  });

  it('accepts only real PNG/JPEG logos', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]).toString('base64');
    expect(usableLogo({ ...OFFICE, logoDataUrl: `data:image/png;base64,${png}` })).not.toBeNull();
    expect(usableLogo({ ...OFFICE, logoDataUrl: `data:image/jpeg;base64,${png}` })).toBeNull();
    expect(usableLogo({ ...OFFICE, logoDataUrl: 'data:image/png;base64,AAAA' })).toBeNull();
    expect(usableLogo({ ...OFFICE, logoDataUrl: 'https://example.com/logo.png' })).toBeNull();
    expect(usableLogo(null)).toBeNull();
  });

  it('converts an ISO date to a UTC-midnight Excel date', () => {
    expect(excelDate('2025-07-31').toISOString()).toBe('2025-07-31T00:00:00.000Z');
    expect(() => excelDate('31/07/2025')).toThrow(RangeError);
  });
});

describe('signature block', () => {
  it('arranges signers two per row, three when there are three', () => {
    expect(signerRows(0)).toEqual([]);
    expect(signerRows(1)).toEqual([1]);
    expect(signerRows(2)).toEqual([2]);
    expect(signerRows(3)).toEqual([3]);
    expect(signerRows(4)).toEqual([2, 2]);
    expect(signerRows(5)).toEqual([2, 2, 1]);
  });

  it('prints captions, roles, bold underlined names, NIP only when present, dots for a missing name', () => {
    const block = signatureBlock({
      place: 'Sukamaju',
      date: '2025-07-31',
      signers: [
        { caption: 'Mengetahui,', role: 'Ketua UPK', name: 'H. Asep' },
        { role: 'Bendahara UPK', name: null, nip: null },
      ],
    });
    const all = texts(block);
    expect(all).toContain('Sukamaju, 31 Juli 2025');
    expect(all).toContain('Mengetahui,');
    expect(all).toContain('Ketua UPK');
    expect(all).toContain('H. Asep');
    expect(all).toContain(DOTTED_NAME);
    expect(all.some((t) => t.startsWith('NIP'))).toBe(false);
    expect(JSON.stringify(block)).toContain('"decoration":"underline"');
  });

  it('keeps at most two signer rows per unbreakable chunk', () => {
    const signers = Array.from({ length: 6 }, (_, i) => ({
      role: `Anggota ${i + 1}`,
      name: `Nama ${i + 1}`,
    }));
    const block = signatureBlock({ place: 'Sukamaju', date: '2025-07-31', signers }) as { stack: Content[] };
    expect(block.stack).toHaveLength(2);
    for (const chunk of block.stack) expect(chunk).toMatchObject({ unbreakable: true });
  });

  it('omits the date line on request', () => {
    const block = signatureBlock({
      place: 'Sukamaju',
      date: '2025-07-31',
      showDateLine: false,
      signers: [{ role: 'Bendahara UPK', name: 'Siti' }],
    });
    expect(texts(block)).not.toContain('Sukamaju, 31 Juli 2025');
  });
});

describe('document definition', () => {
  it('puts the kop on the first page only, numbers pages and prints the time in the office zone', () => {
    const def = buildDocDefinition({
      office: OFFICE,
      paper: 'F4',
      orientation: 'portrait',
      title: 'Buku Kas',
      subtitle: ['Kas Tunai'],
      content: [{ text: 'isi' }],
      printedAt: new Date('2025-07-31T02:05:00.000Z'),
    });
    expect(def.pageSize).toEqual({ width: PAPER_POINTS.F4.width, height: PAPER_POINTS.F4.height });
    expect(def.header).toBeUndefined();
    const content = texts(def.content);
    expect(content).toContain('UPK DAPM KECAMATAN SUKAMAJU');
    expect(content).toContain('BUKU KAS');
    const footer = def.footer;
    if (typeof footer !== 'function') return expect.fail('footer is not dynamic');
    const footerTexts = texts(footer(2, 5, { width: 1, height: 1, orientation: 'portrait' }));
    expect(footerTexts).toContain('Halaman 2 dari 5');
    expect(footerTexts.join(' ')).toContain('dicetak 31/07/2025 10.05 WITA');
    expect(def.info?.creationDate?.toISOString()).toBe('2025-07-31T02:05:00.000Z');
  });

  it('has no kop without an office profile', () => {
    const def = buildDocDefinition({
      office: null,
      paper: 'A4',
      orientation: 'landscape',
      title: 'Buku Bank',
      content: [],
    });
    expect(def.pageSize).toBe('A4');
    expect(def.pageOrientation).toBe('landscape');
    const first = (def.content as TableCell[])[0];
    expect(first).toMatchObject({ text: 'BUKU BANK' });
  });
});
