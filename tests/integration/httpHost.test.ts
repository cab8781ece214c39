import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { DEMO_PASSWORD } from '../../main/demo/demoUsers';
import { CONTENT_SECURITY_POLICY } from '../../main/security/csp';
import { type HttpHost, MAX_BODY_BYTES, startHttpHost } from '../../main/server/httpHost';
import { isEnvelope, REQUEST_NAMES } from '../../shared/contract';
import { SESSION_HEADER } from '../../shared/contract/bridge';
import { openTestApp, snapshot, type TestApp } from './helpers';

const TOKEN = 't0k';
const SECRET = 'RAHASIA-DI-LUAR-ROOT';
const INDEX = '<!doctype html><html><head></head><body><div id="root"></div></body></html>';
const APP_JS = 'console.log("audit-upk");';

let t: TestApp;
let host: HttpHost;
let root: string;
/** The host logs to console.error only when a request failed inside it (a 500). */
let consoleError: MockInstance<typeof console.error>;

beforeEach(async () => {
  consoleError = vi.spyOn(console, 'error');
  t = await openTestApp({ demo: true });
  // <dir>/secret.txt sits next to the static root <dir>/www: it must never be served.
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), SECRET);
  root = path.join(t.dir, 'www');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), INDEX);
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), APP_JS);
  fs.writeFileSync(path.join(root, 'assets', 'secret.txt'), 'bukan rahasia');
  host = await startHttpHost({ dispatch: t.app.dispatch, staticRoot: root, token: TOKEN, port: 0 });
});

afterEach(async () => {
  await host.close();
  const errors = [...t.errors];
  const consoleCalls = [...consoleError.mock.calls];
  consoleError.mockRestore();
  await t.cleanup();
  expect(errors).toEqual([]);
  expect(consoleCalls).toEqual([]);
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Raw HTTP: the path goes out exactly as written and any Host header can be set. */
function request(opts: RequestOptions): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function api(name: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return request({
    method: 'POST',
    path: `/api/${name}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify(body),
  });
}

function json(reply: Reply): unknown {
  expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
  return JSON.parse(reply.body);
}

function errorCode(reply: Reply): string {
  const body = json(reply);
  if (!isEnvelope(body) || body.ok) return expect.fail(`not an error envelope: ${reply.body}`);
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error.code;
}

describe('browser host: binding and token', () => {
  it('binds 127.0.0.1 only, on the port it reports', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/`);
    expect(host.port).toBeGreaterThan(0);
    expect(host.token).toBe(TOKEN);
  });

  it('without Authorization → 401 UNAUTHORIZED', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/system.status',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(reply.status).toBe(401);
    expect(errorCode(reply)).toBe('UNAUTHORIZED');
  });

  it('wrong token, or a token not sent as Bearer → 401', async () => {
    for (const auth of ['Bearer t0K', 'Bearer t0k0', 'Bearer ', 't0k', 'Basic t0k', 'bearer t0k']) {
      const reply = await api('system.status', {}, { Authorization: auth });
      expect(reply.status, auth).toBe(401);
      expect(errorCode(reply)).toBe('UNAUTHORIZED');
    }
  });

  it('the right token → 200 with the envelope', async () => {
    const reply = await api('system.status', {});
    expect(reply.status).toBe(200);
    const body = json(reply);
    expect(body).toMatchObject({
      ok: true,
      value: { databaseEmpty: false, hasProfile: true, databasePath: null },
    });
    // Before login the absolute path of the database is not told.
    expect(reply.body).not.toContain(path.basename(t.dir));
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('refuses an unauthorised write before reading it', async () => {
    const before = snapshot(t.sqlite);
    const reply = await api(
      'desa.create',
      { name: 'Desa Liar', code: null, kepalaDesa: null },
      { Authorization: '' },
    );
    expect(reply.status).toBe(401);
    expect(snapshot(t.sqlite)).toEqual(before);
  });
});

/** Whether a TCP connection to `address:port` is accepted. */
function connects(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: address, port, timeout: 2000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

describe('browser host: loopback only, token always', () => {
  it('accepts connections on 127.0.0.1 only: not on ::1, 0.0.0.0-style or any other interface', async () => {
    expect(await connects('127.0.0.1', host.port)).toBe(true);
    const others = Object.values(os.networkInterfaces())
      .flat()
      .filter((i) => i !== undefined && !i.internal)
      .map((i) => i?.address ?? '');
    for (const address of ['::1', ...others]) {
      expect(await connects(address, host.port), address).toBe(false);
    }
  });

  it('every request of the contract needs the token; nothing is written without it', async () => {
    const before = snapshot(t.sqlite);
    for (const name of REQUEST_NAMES) {
      for (const auth of ['', 'Bearer', `Bearer ${TOKEN}x`, TOKEN]) {
        const reply = await api(name, {}, { Authorization: auth });
        expect(reply.status, `${name} ${auth}`).toBe(401);
        expect(errorCode(reply)).toBe('UNAUTHORIZED');
      }
    }
    expect(snapshot(t.sqlite)).toEqual(before);
  });

  it('without --token, each host gets its own random 32-byte token', async () => {
    const a = await startHttpHost({ dispatch: t.app.dispatch, staticRoot: root, port: 0 });
    const b = await startHttpHost({ dispatch: t.app.dispatch, staticRoot: root, port: 0 });
    try {
      expect(a.token).toMatch(/^[0-9a-f]{64}$/);
      expect(b.token).toMatch(/^[0-9a-f]{64}$/);
      expect(a.token).not.toBe(b.token);
      expect(a.url).toBe(`http://127.0.0.1:${a.port}/`);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('browser host: the page', () => {
  it('GET / serves index.html with the token meta and the security headers', async () => {
    const reply = await request({ path: '/' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toBe(
      '<!doctype html><html><head><meta name="audit-upk-token" content="t0k"></head><body><div id="root"></div></body></html>',
    );
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('DENY');
  });

  it('serves assets with their type; unknown pages fall back to index, unknown assets 404', async () => {
    const js = await request({ path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.body).toBe(APP_JS);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const page = await request({ path: '/pengaturan/profil?tab=1' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('content="t0k"');
    const missing = await request({ path: '/assets/nope.js' });
    expect(missing.status).toBe(404);
  });

  it('only GET and HEAD for pages', async () => {
    const reply = await request({ method: 'POST', path: '/', body: 'x' });
    expect(reply.status).toBe(405);
  });

  it('path traversal never serves a file outside the root', async () => {
    const attempts = [
      '/../secret.txt',
      '/../package.json',
      '/../../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2E%2E/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%2f..%2f..%2fsecret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/%2f..%2fsecret.txt',
      '//..//secret.txt',
      '/assets/..%252f..%252fsecret.txt',
      '/secret.txt%00.js',
      '/%c0%ae%c0%ae/secret.txt',
      '/assets/%E0%A4%A',
    ];
    for (const p of attempts) {
      const reply = await request({ path: p });
      expect(reply.body, p).not.toContain(SECRET);
      expect(reply.body, p).not.toContain('bukan rahasia');
      expect(reply.body, p).not.toContain('root:');
      expect([200, 404], p).toContain(reply.status);
      if (reply.status === 200) expect(reply.body, p).toContain('<meta name="audit-upk-token"');
    }
  });
});

describe('browser host: request checks', () => {
  it('a request target that is not a valid URL → 400, not a server error', async () => {
    for (const target of ['//[', '//[/api/system.status', 'http://[', '//a%20b@[x']) {
      const page = await request({ path: target });
      expect(page.status, target).toBe(400);
      const call = await request({
        method: 'POST',
        path: target,
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
        body: '{}',
      });
      expect(call.status, target).toBe(400);
    }
  });

  it('a wrong Host header (DNS rebinding) → 421, for pages and the API', async () => {
    for (const hostHeader of [
      `evil.example:${host.port}`,
      'evil.example',
      `127.0.0.1:${host.port + 1}`,
      '127.0.0.1',
    ]) {
      const page = await request({ path: '/', headers: { Host: hostHeader } });
      expect(page.status, hostHeader).toBe(421);
      expect(page.body).not.toContain('t0k');
      const call = await api('system.status', {}, { Host: hostHeader });
      expect(call.status, hostHeader).toBe(421);
    }
    expect((await request({ path: '/', headers: { Host: `localhost:${host.port}` } })).status).toBe(200);
  });

  it('a body that is not JSON → 400 VALIDATION', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/system.status',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body: '{not json',
    });
    expect(reply.status).toBe(400);
    expect(errorCode(reply)).toBe('VALIDATION');
  });

  it('a non-JSON content type → 415 VALIDATION', async () => {
    const reply = await request({
      method: 'POST',
      path: '/api/system.status',
      headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${TOKEN}` },
      body: '{}',
    });
    expect(reply.status).toBe(415);
    expect(errorCode(reply)).toBe('VALIDATION');
  });

  it('GET on the API → 405', async () => {
    const reply = await request({
      path: '/api/system.status',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(reply.status).toBe(405);
  });

  it('a body over 2 MB → 413, nothing written', async () => {
    const before = snapshot(t.sqlite);
    const body = JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES), code: null, kepalaDesa: null });
    const reply = await request({
      method: 'POST',
      path: '/api/desa.create',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body,
    });
    expect(reply.status).toBe(413);
    expect(errorCode(reply)).toBe('VALIDATION');
    expect(snapshot(t.sqlite)).toEqual(before);
  });

  it('an unknown request → 200 with UNKNOWN_REQUEST', async () => {
    for (const name of ['desa.hapusSemua', 'toString', '__proto__', 'constructor', '%E0%A4%A', '']) {
      const reply = await api(name, {});
      expect(reply.status, name).toBe(200);
      expect(errorCode(reply), name).toBe('UNKNOWN_REQUEST');
    }
  });

  it('a valid write over HTTP reaches the database; a malformed one is refused and writes nothing', async () => {
    const tab = { [SESSION_HEADER]: 'host-test-tab-key-0001' };
    expect(json(await api('auth.login', { username: 'admin', password: DEMO_PASSWORD }, tab))).toMatchObject({
      ok: true,
    });
    const before = snapshot(t.sqlite);
    const bad = await request({
      method: 'POST',
      path: '/api/desa.create',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, ...tab },
      body: '{"__proto__":{"x":1},"name":"Desa","code":null,"kepalaDesa":null}',
    });
    expect(bad.status).toBe(200);
    expect(errorCode(bad)).toBe('VALIDATION');
    expect(snapshot(t.sqlite)).toEqual(before);
    const good = await api('desa.create', { name: 'Desa HTTP', code: null, kepalaDesa: null }, tab);
    expect(json(good)).toMatchObject({ ok: true, value: { name: 'Desa HTTP', active: true } });
  });

  it('the token alone is not a login: without a signed-in tab key only the login screen answers', async () => {
    const before = snapshot(t.sqlite);
    const input = { name: 'Desa Tanpa Login', code: null, kepalaDesa: null };
    expect(errorCode(await api('desa.create', input))).toBe('UNAUTHENTICATED');
    // A key that is not a random tab key (too short, odd characters) counts as none.
    expect(
      errorCode(
        await api('auth.login', { username: 'admin', password: DEMO_PASSWORD }, { [SESSION_HEADER]: 'x' }),
      ),
    ).toBe('UNAUTHENTICATED');
    // Signed in on one tab key, another key is still nobody.
    const tab = { [SESSION_HEADER]: 'host-test-tab-key-0002' };
    expect(
      json(await api('auth.login', { username: 'pembaca', password: DEMO_PASSWORD }, tab)),
    ).toMatchObject({
      ok: true,
    });
    expect(errorCode(await api('desa.list', {}, { [SESSION_HEADER]: 'host-test-tab-key-0003' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await api('desa.create', input, tab))).toBe('FORBIDDEN');
    expect(json(await api('auth.status', {}))).toMatchObject({
      ok: true,
      value: { needsSetup: false, user: null },
    });
    // Only the logins wrote: the users' last-login time, and its audit rows.
    const users = (s: Record<string, unknown[]>) => ({ ...s, users: [], audit_log: [], audit_session: [] });
    expect(users(snapshot(t.sqlite))).toEqual(users(before));
    const audited = t.sqlite.prepare('SELECT DISTINCT table_name FROM audit_log WHERE id > ?').pluck();
    expect(audited.all((before.audit_log ?? []).length)).toEqual(['users']);
  });
});
