import { deflateSync } from 'node:zlib';
import qrEncoderModule from 'pdfmake/js/qrEnc.js';

/**
 * QR codes for printed documents, encoded by pdfmake's own encoder (the one behind `{ qr }` nodes).
 * A `{ qr }` node is encoded again on every page it appears on (with the mask search, ~15 ms) and
 * drawn as one filled rectangle per dark module (~800 for a verification code); a footer code on
 * every page made a berita acara several times slower to print. Encoded once into a small PNG, the
 * image is stored once in the PDF and only referenced by each page.
 */

// CommonJS `exports.default`: a bundler hands over the default, Node's ESM loader the whole module.
const encoder = 'measure' in qrEncoderModule ? qrEncoderModule : qrEncoderModule.default;

/** Modules of the code (true = dark), error correction level M: survives a photocopy or a fold. */
export function qrMatrix(text: string): boolean[][] {
  // Without `fit` every module is drawn 5 units wide, after one background rectangle.
  const node = encoder.measure({ qr: text, eccLevel: 'M' });
  const unit = 5;
  const n = Math.round(node._width / unit);
  const matrix = Array.from({ length: n }, () => Array<boolean>(n).fill(false));
  for (const r of node._canvas.slice(1)) {
    const row = matrix[Math.round(r.y / unit)];
    if (row) row[Math.round(r.x / unit)] = true;
  }
  return matrix;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * The code as a 1-bit greyscale PNG data URL, `scale` pixels per module (sharp when printed at the
 * footer's size) and a white quiet zone of `quiet` modules (the specification asks for four; the
 * footer leaves white paper around the code instead, so it uses none).
 */
export function qrImage(text: string, scale = 8, quiet = 0): { dataUrl: string; modules: number } {
  const matrix = qrMatrix(text);
  const modules = matrix.length + 2 * quiet;
  const size = modules * scale;
  const stride = Math.ceil(size / 8);
  const raw = Buffer.alloc((stride + 1) * size, 0);
  for (let y = 0; y < size; y++) {
    const row = matrix[Math.floor(y / scale) - quiet];
    const offset = y * (stride + 1);
    raw[offset] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const dark = row?.[Math.floor(x / scale) - quiet] === true;
      // Greyscale bit depth 1: 1 = white.
      if (!dark) raw[offset + 1 + (x >> 3)] = (raw[offset + 1 + (x >> 3)] as number) | (0x80 >> (x & 7));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return { dataUrl: `data:image/png;base64,${png.toString('base64')}`, modules };
}
