// The Electron shell's guards as plain functions (no `electron` import), so unit tests can drive them
// with fakes: navigation, new windows, <webview>, permissions, the IPC sender check and app:// files.
import { APP_ORIGIN } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';
import type { Dispatch } from '../core/dispatch';
import { isAppUrl, isTrustedSender } from './guards';
import { resolveStaticPath } from './staticFiles';

export interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the lock-down touches. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** A page may only navigate (or be redirected) within our own app:// origin. */
export function guardNavigation(event: PreventableEvent, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/** Every web contents: no navigation away, no new windows (also middle-click), no <webview>. */
export function lockDownContents(contents: GuardedContents): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Camera, microphone, notifications, geolocation, clipboard, …: the app asks for none; all refused. */
export function refusePermissionRequest(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function refusePermissionCheck(): boolean {
  return false;
}

export const UNTRUSTED_SENDER: Envelope<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Permintaan dari halaman yang tidak dikenal.' },
};

/** The IPC handler: only frames of our app:// origin reach the dispatch. */
export function ipcHandler(dispatch: Dispatch) {
  return (
    event: { senderFrame?: { url: string } | null; sender: { id: number } },
    name: unknown,
    input: unknown,
    requestId?: unknown,
  ): Promise<Envelope<unknown>> =>
    // Each window signs in on its own: its webContents id is its session key.
    isTrustedSender(event.senderFrame?.url)
      ? dispatch(name, input, `ipc:${event.sender.id}`, typeof requestId === 'string' ? requestId : undefined)
      : Promise.resolve(UNTRUSTED_SENDER);
}

/** The file an app:// request maps to inside `root`, or null (another host, traversal, bad URL). */
export function appRequestFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'app:' || url.host !== new URL(APP_ORIGIN).host) return null;
  return resolveStaticPath(root, url.pathname);
}
