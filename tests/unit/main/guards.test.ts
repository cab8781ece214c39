import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCli } from '../../../main/cli';
import { DB_FILE, DEMO_DB_FILE, databasePath, defaultDataDir, PRODUCT_NAME } from '../../../main/paths';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../main/security/csp';
import { isAllowedHost, isAppUrl, isTrustedSender } from '../../../main/security/guards';
import { contentTypeFor, resolveStaticPath } from '../../../main/security/staticFiles';
import { APP_ORIGIN } from '../../../shared/contract/bridge';

const ROOT = path.resolve(os.tmpdir(), 'audit-upk-root', 'renderer');

describe('resolveStaticPath', () => {
  it('maps / to index.html and nested paths inside the root', () => {
    expect(resolveStaticPath(ROOT, '/')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveStaticPath(ROOT, '/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(resolveStaticPath(ROOT, '/assets/app.js')).toBe(path.join(ROOT, 'assets', 'app.js'));
    expect(resolveStaticPath(ROOT, '/assets/fonts/inter%20var.woff2')).toBe(
      path.join(ROOT, 'assets', 'fonts', 'inter var.woff2'),
    );
    // Dots that are not a parent segment are ordinary names.
    expect(resolveStaticPath(ROOT, '/assets/...')).toBe(path.join(ROOT, 'assets', '...'));
    expect(resolveStaticPath(ROOT, '/assets/a..b.js')).toBe(path.join(ROOT, 'assets', 'a..b.js'));
    // A relative root is resolved first.
    expect(resolveStaticPath('dist/renderer', '/a.js')).toBe(path.resolve('dist/renderer', 'a.js'));
  });

  it('refuses every way out of the root', () => {
    const attempts = [
      '/..',
      '/../',
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/assets/../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/.%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%2Fsecret.txt',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '//etc/passwd',
      '/%2fetc/passwd',
    ];
    for (const p of attempts) expect(resolveStaticPath(ROOT, p), p).toBeNull();
  });

  it('refuses NUL, backslashes, malformed percent-encoding and paths without a leading slash', () => {
    const attempts = [
      '/index.html%00.js',
      '/index.html\0',
      '/assets\\..\\..\\secret.txt',
      '/..%5csecret.txt',
      '/assets%5capp.js',
      '/%E0%A4%A',
      '/%',
      '/%zz',
      '/%c0%ae%c0%ae/secret.txt',
      'index.html',
      '',
      '%2f..%2fsecret.txt',
    ];
    for (const p of attempts) expect(resolveStaticPath(ROOT, p), JSON.stringify(p)).toBeNull();
  });

  it('never returns a path outside the root for any combination of segments', () => {
    const pieces = ['', '.', '..', '%2e%2e', '%2E.', 'a', '%2f', '%5c', '%00', '/', '\\'];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const p = `/${a}/${b}/${c}`;
          const resolved = resolveStaticPath(ROOT, p);
          if (resolved !== null) {
            expect(resolved === ROOT || resolved.startsWith(ROOT + path.sep), p).toBe(true);
          }
        }
      }
    }
  });

  it('gives content types by extension', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/APP.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/logo.png')).toBe('image/png');
    expect(contentTypeFor('/x/file.exe')).toBe('application/octet-stream');
    expect(contentTypeFor('/x/noext')).toBe('application/octet-stream');
  });
});

describe('isAppUrl / isTrustedSender', () => {
  it('accepts only our app:// origin', () => {
    expect(APP_ORIGIN).toBe('app://audit-upk');
    for (const url of [
      'app://audit-upk/',
      'app://audit-upk/index.html',
      'app://audit-upk/pengaturan?x=1#y',
      'app://audit-upk',
    ]) {
      expect(isAppUrl(url), url).toBe(true);
      expect(isTrustedSender(url), url).toBe(true);
    }
  });

  it('refuses everything else', () => {
    const others = [
      'app://other/',
      'app://audit-upk.evil.example/',
      'app://evil.example/audit-upk',
      'app://audit-upk@evil.example/',
      'app://audit-upk:8080/',
      'https://audit-upk/',
      'http://127.0.0.1:5173/',
      'file:///C:/Program%20Files/Audit%20UPK/index.html',
      'file:///opt/audit-upk/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'audit-upk',
      'app:audit-upk',
      '',
      ' ',
      undefined,
      null,
    ];
    for (const url of others) {
      expect(isAppUrl(url), String(url)).toBe(false);
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });
});

describe('isAllowedHost', () => {
  it('accepts the loopback address and localhost with the bound port only', () => {
    expect(isAllowedHost('127.0.0.1:4321', 4321)).toBe(true);
    expect(isAllowedHost('localhost:4321', 4321)).toBe(true);
    for (const host of [
      '127.0.0.1:4322',
      '127.0.0.1',
      'localhost',
      'evil.example:4321',
      'evil.example',
      '127.0.0.1.evil.example:4321',
      'localhost.evil.example:4321',
      '0.0.0.0:4321',
      '[::1]:4321',
      '127.0.0.1:4321 ',
      '',
      undefined,
    ]) {
      expect(isAllowedHost(host, 4321), String(host)).toBe(false);
    }
  });
});

describe('parseCli', () => {
  it('reads the flags', () => {
    expect(
      parseCli(['--db', 'data/kantor.sqlite', '--demo', '--port', '8080', '--token', 'rahasia']),
    ).toEqual({
      db: 'data/kantor.sqlite',
      demo: true,
      port: 8080,
      token: 'rahasia',
    });
    expect(parseCli(['--port=0', '--db=x.sqlite'])).toEqual({
      db: 'x.sqlite',
      demo: false,
      port: 0,
      token: undefined,
    });
    expect(parseCli([])).toEqual({ db: undefined, demo: false, port: undefined, token: undefined });
  });

  it('refuses a bad port', () => {
    for (const port of ['abc', '-1', '65536', '1.5', '80x', 'NaN']) {
      expect(() => parseCli(['--port', port]), port).toThrow(/--port harus angka 0–65535/);
    }
    expect(parseCli(['--port', '65535']).port).toBe(65535);
  });

  it('ignores unknown flags and positionals (Electron and Chromium add their own)', () => {
    expect(
      parseCli([
        '.',
        '--inspect=9229',
        '--remote-debugging-port=9222',
        '--no-sandbox',
        '-x',
        'file.sqlite',
        '--demo',
      ]),
    ).toEqual({ db: undefined, demo: true, port: undefined, token: undefined });
    // A flag given without its value is treated as absent.
    expect(parseCli(['--demo', '--db'])).toEqual({
      db: undefined,
      demo: true,
      port: undefined,
      token: undefined,
    });
    expect(parseCli(['--port'])).toMatchObject({ port: undefined });
    expect(parseCli(['--demo=false']).demo).toBe(false);
  });
});

describe('defaultDataDir / databasePath', () => {
  it('uses the folder Electron uses on each platform', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\ani\\AppData\\Roaming' }, 'win32')).toBe(
      path.join('C:\\Users\\ani\\AppData\\Roaming', PRODUCT_NAME),
    );
    expect(defaultDataDir({}, 'win32')).toBe(path.join(os.homedir(), 'AppData', 'Roaming', PRODUCT_NAME));
    expect(defaultDataDir({}, 'darwin')).toBe(
      path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME),
    );
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/srv/cfg' }, 'linux')).toBe(
      path.join('/srv/cfg', PRODUCT_NAME),
    );
    expect(defaultDataDir({}, 'linux')).toBe(path.join(os.homedir(), '.config', PRODUCT_NAME));
    expect(PRODUCT_NAME).toBe('Audit UPK');
  });

  it('keeps the demo office in its own file', () => {
    const dataDir = path.join(os.tmpdir(), 'data');
    const real = databasePath({ demo: false, dataDir });
    const demo = databasePath({ demo: true, dataDir });
    expect(real).toBe(path.join(dataDir, DB_FILE));
    expect(demo).toBe(path.join(dataDir, DEMO_DB_FILE));
    expect(demo).not.toBe(real);
    expect(DB_FILE).toBe('audit-upk.sqlite');
  });

  it('an explicit --db wins and is made absolute', () => {
    const dataDir = path.join(os.tmpdir(), 'data');
    expect(databasePath({ db: 'kantor.sqlite', demo: false, dataDir })).toBe(path.resolve('kantor.sqlite'));
    expect(databasePath({ db: '/srv/a.sqlite', demo: true, dataDir })).toBe(path.resolve('/srv/a.sqlite'));
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows scripts from self only', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });

  it('has no remote sources, wildcards or eval', () => {
    for (const [name, values] of directives) {
      for (const v of values) {
        expect(v, `${name} ${v}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval|wasm-unsafe-eval/);
    // Inline is allowed for styles only (Mantine's CSS variables), never for scripts.
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('is sent with the other security headers', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
  });
});
