import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { REQUEST_ID_HEADER, SESSION_HEADER, TOKEN_META_NAME } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';
import type { Dispatch } from '../core/dispatch';
import { SECURITY_HEADERS } from '../security/csp';
import { isAllowedHost } from '../security/guards';
import { contentTypeFor, resolveStaticPath } from '../security/staticFiles';

/** Room for an imported workbook or a scanned signed berita acara (10 MB files, base64 in JSON). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
const API_PREFIX = '/api/';

export interface HttpHostOptions {
  dispatch: Dispatch;
  /** The built renderer (dist/renderer). */
  staticRoot: string;
  token?: string;
  port?: number;
}

export interface HttpHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return randomBytes(32).toString('hex');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function failure(code: 'UNAUTHORIZED' | 'VALIDATION' | 'UNKNOWN_REQUEST', message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: http.ServerResponse, root: string, pathname: string, token: string) {
  // Unknown paths fall back to the single page; traversal attempts get 404.
  const file = resolveStaticPath(root, pathname);
  if (!file) return send(res, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8');
  let target = file;
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(target);
  } catch {
    if (pathname.startsWith('/assets/'))
      return send(res, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8');
    target = resolveStaticPath(root, '/') as string;
    bytes = await fs.readFile(target);
  }
  if (target.endsWith('index.html')) {
    const meta = `<meta name="${TOKEN_META_NAME}" content="${token}">`;
    bytes = Buffer.from(bytes.toString('utf8').replace('</head>', `${meta}</head>`));
  }
  send(res, 200, bytes, contentTypeFor(target));
}

async function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  opts: HttpHostOptions,
  token: string,
  port: number,
) {
  if (!isAllowedHost(req.headers.host, port))
    return send(res, 421, 'Host tidak dikenal', 'text/plain; charset=utf-8');
  let pathname: string;
  try {
    ({ pathname } = new URL(req.url ?? '/', 'http://127.0.0.1'));
  } catch {
    return send(res, 400, 'Alamat tidak sah', 'text/plain; charset=utf-8');
  }

  if (!pathname.startsWith(API_PREFIX)) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Metode tidak diizinkan', 'text/plain');
    return serveStatic(res, opts.staticRoot, pathname, token);
  }

  const auth = req.headers.authorization ?? '';
  const given = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  if (!sameToken(given, token)) {
    return sendJson(res, 401, failure('UNAUTHORIZED', 'Token akses tidak ada atau salah.'));
  }
  if (req.method !== 'POST') return sendJson(res, 405, failure('UNKNOWN_REQUEST', 'Gunakan metode POST.'));
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, failure('VALIDATION', 'Permintaan harus berformat JSON.'));
  }
  const body = await readBody(req);
  if (body === null)
    return sendJson(
      res,
      413,
      failure('VALIDATION', `Permintaan terlalu besar (paling besar ${MAX_BODY_BYTES / 1024 / 1024} MB).`),
    );
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return sendJson(res, 400, failure('VALIDATION', 'Isi permintaan bukan JSON yang sah.'));
  }
  let name: string | null;
  try {
    name = decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    name = null; // malformed percent-encoding: not a request name (dispatch answers UNKNOWN_REQUEST)
  }
  // Each browser tab sends its own random session key; without one, only public requests answer.
  const tab = req.headers[SESSION_HEADER];
  const caller = typeof tab === 'string' && SESSION_KEY.test(tab) ? `http:${tab}` : undefined;
  const requestId = req.headers[REQUEST_ID_HEADER];
  sendJson(
    res,
    200,
    await opts.dispatch(name, input, caller, typeof requestId === 'string' ? requestId : undefined),
  );
}

const SESSION_KEY = /^[A-Za-z0-9-]{16,128}$/;

/** The browser host: the built renderer and the contract over HTTP, on loopback only. */
export async function startHttpHost(opts: HttpHostOptions): Promise<HttpHost> {
  const token = opts.token ?? newToken();
  let port = opts.port ?? 0;
  const server = http.createServer((req, res) => {
    handle(req, res, opts, token, port).catch((err: unknown) => {
      console.error('Browser host: permintaan gagal', err);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Kesalahan server.' } });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
