import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { justifiedRuns, verificationPayload } from '../../../main/reports/beritaAcara';
import { qrImage, qrMatrix } from '../../../main/reports/qr';

const PAYLOAD = verificationPayload('001/BA-PK/UPK/VII/2025', 'ab'.repeat(32));

/** A finder pattern: 7×7 dark ring, white ring, 3×3 dark core, at module (row, col). */
function isFinder(m: boolean[][], row: number, col: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = r === 0 || r === 6 || c === 0 || c === 6;
      const core = r >= 2 && r <= 4 && c >= 2 && c <= 4;
      if (m[row + r]?.[col + c] !== (ring || core)) return false;
    }
  }
  return true;
}

/** Pixels of a 1-bit greyscale PNG without interlace (what qrImage writes): true = black. */
function decodePng(dataUrl: string): boolean[][] {
  const png = Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([1, 0]);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = Math.ceil(width / 8) + 1;
  return Array.from({ length: height }, (_, y) =>
    Array.from(
      { length: width },
      (_, x) => ((raw[y * stride + 1 + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) === 0,
    ),
  );
}

describe('footer QR code', () => {
  it('encodes the verification payload as a version 6 (41 modules) level M code with three finder patterns', () => {
    expect(PAYLOAD).toBe(`AUDITUPK|001/BA-PK/UPK/VII/2025|${'ab'.repeat(32)}`);
    const m = qrMatrix(PAYLOAD);
    expect(m.length).toBe(41);
    for (const row of m) expect(row.length).toBe(41);
    expect(isFinder(m, 0, 0)).toBe(true);
    expect(isFinder(m, 0, 34)).toBe(true);
    expect(isFinder(m, 34, 0)).toBe(true);
    expect(isFinder(m, 34, 34)).toBe(false);
    // Timing pattern between the finders alternates dark/light.
    expect(Array.from({ length: 25 }, (_, i) => m[6]?.[8 + i])).toEqual(
      Array.from({ length: 25 }, (_, i) => i % 2 === 0),
    );
  });

  it('writes the same modules into the PNG, 8 pixels each, with an optional quiet zone', () => {
    const m = qrMatrix(PAYLOAD);
    const { dataUrl, modules } = qrImage(PAYLOAD);
    expect(modules).toBe(41);
    const px = decodePng(dataUrl);
    expect(px.length).toBe(41 * 8);
    for (let r = 0; r < 41; r++) {
      for (let c = 0; c < 41; c++) expect(px[r * 8 + 4]?.[c * 8 + 4], `${r},${c}`).toBe(m[r]?.[c]);
    }
    const padded = qrImage(PAYLOAD, 2, 4);
    expect(padded.modules).toBe(49);
    const p2 = decodePng(padded.dataUrl);
    expect(p2[0]?.every((dark) => !dark)).toBe(true);
    expect(p2[8]?.[8]).toBe(true);
  });
});

describe('justified running text', () => {
  it('keeps words with / or - whole so justification only widens real spaces', () => {
    expect(justifiedRuns('berdasarkan Surat Tugas No. 05/ST/VII/2025, tanggal 31-07-2025 ini')).toEqual([
      'berdasarkan Surat Tugas No. ',
      { text: '05/ST/VII/2025,', noWrap: true },
      ' tanggal ',
      { text: '31-07-2025', noWrap: true },
      ' ini',
    ]);
    expect(justifiedRuns('tanpa garis miring')).toEqual(['tanpa garis miring']);
  });
});
