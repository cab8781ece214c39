import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../../main/core/dispatch';
import {
  appRequestFile,
  type GuardedContents,
  guardNavigation,
  ipcHandler,
  lockDownContents,
  refusePermissionCheck,
  refusePermissionRequest,
  UNTRUSTED_SENDER,
} from '../../../main/security/electronPolicy';

const ROOT = path.resolve(os.tmpdir(), 'audit-upk-root', 'renderer');
const FOREIGN = [
  'https://evil.example/',
  'http://127.0.0.1:5173/',
  'file:///etc/passwd',
  'app://other/index.html',
  'app://audit-upk.evil.example/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'not a url',
  '',
];

/** A fake WebContents that records the listeners the lock-down registers. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  const contents: GuardedContents = {
    on: (name: string, listener: (event: { preventDefault(): void }, url: string) => void) => {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler: (h) => {
      openHandler = h;
    },
  };
  /** Fires `name` with `url`; true when the default (navigation, attach) was prevented. */
  const fire = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)?.({ preventDefault }, url ?? '');
    return preventDefault.mock.calls.length > 0;
  };
  return { contents, listeners, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('lockDownContents (navigation, redirects, new windows, webviews)', () => {
  it('registers every guard', () => {
    const f = fakeContents();
    lockDownContents(f.contents);
    expect([...f.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(f.open('app://audit-upk/index.html')).toEqual({ action: 'deny' });
  });

  it('lets the app navigate within app://audit-upk only', () => {
    const f = fakeContents();
    lockDownContents(f.contents);
    for (const event of ['will-navigate', 'will-redirect']) {
      expect(f.fire(event, 'app://audit-upk/index.html#/pengaturan'), event).toBe(false);
      for (const url of FOREIGN) expect(f.fire(event, url), `${event} ${url}`).toBe(true);
    }
  });

  it('denies every new window, ours included, and every <webview>', () => {
    const f = fakeContents();
    lockDownContents(f.contents);
    for (const url of ['app://audit-upk/', ...FOREIGN]) expect(f.open(url), url).toEqual({ action: 'deny' });
    expect(f.fire('will-attach-webview')).toBe(true);
  });

  it('guardNavigation on its own', () => {
    const preventDefault = vi.fn();
    guardNavigation({ preventDefault }, 'https://evil.example/');
    guardNavigation({ preventDefault }, 'app://audit-upk/');
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });
});

describe('permissions', () => {
  it('refuses every permission request and check', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      refusePermissionRequest({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledWith(false);
    }
    expect(refusePermissionCheck()).toBe(false);
  });
});

describe('ipcHandler (sender origin)', () => {
  it('dispatches only for frames of app://audit-upk', async () => {
    const dispatch = vi.fn<Dispatch>(async () => ({ ok: true, value: 'ja' }));
    const handle = ipcHandler(dispatch);
    const sender = { id: 7 };
    expect(
      await handle({ senderFrame: { url: 'app://audit-upk/index.html' }, sender }, 'system.status', {}),
    ).toEqual({
      ok: true,
      value: 'ja',
    });
    // The window's own id is its session key: one window's login never serves another.
    expect(dispatch).toHaveBeenCalledWith('system.status', {}, 'ipc:7', undefined);
    dispatch.mockClear();
    for (const frame of [...FOREIGN.map((url) => ({ url })), null, undefined]) {
      expect(
        await handle({ senderFrame: frame, sender }, 'desa.create', { name: 'x' }),
        String(frame?.url),
      ).toEqual(UNTRUSTED_SENDER);
    }
    expect(await handle({ sender }, 'system.status', {})).toEqual(UNTRUSTED_SENDER);
    expect(dispatch).not.toHaveBeenCalled();
    expect(UNTRUSTED_SENDER.ok || UNTRUSTED_SENDER.error.code).toBe('UNAUTHORIZED');
  });
});

describe('appRequestFile (the app:// protocol handler)', () => {
  it('maps app://audit-upk paths inside the renderer folder', () => {
    expect(appRequestFile(ROOT, 'app://audit-upk/index.html')).toBe(path.join(ROOT, 'index.html'));
    expect(appRequestFile(ROOT, 'app://audit-upk/')).toBe(path.join(ROOT, 'index.html'));
    expect(appRequestFile(ROOT, 'app://audit-upk/assets/a.js?v=1#x')).toBe(path.join(ROOT, 'assets', 'a.js'));
  });

  it('refuses other hosts and schemes, traversal and malformed URLs', () => {
    for (const url of [
      'app://other/index.html',
      'app://audit-upk.evil.example/index.html',
      'file:///etc/passwd',
      'https://audit-upk/index.html',
      'app://audit-upk/assets/..%2f..%2fsecret.txt',
      'app://audit-upk/..%5c..%5csecret.txt',
      'app://audit-upk/index.html%00.js',
      'app://audit-upk/%zz',
      'not a url',
      '',
    ]) {
      expect(appRequestFile(ROOT, url), url).toBeNull();
    }
    // WHATWG URL parsing folds `..` and `%2e%2e` segments before we see them: still inside the root.
    for (const url of ['app://audit-upk/../../etc/passwd', 'app://audit-upk/%2e%2e/%2e%2e/etc/passwd']) {
      expect(appRequestFile(ROOT, url), url).toBe(path.join(ROOT, 'etc', 'passwd'));
    }
  });
});
