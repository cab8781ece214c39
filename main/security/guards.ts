import { APP_ORIGIN } from '../../shared/contract/bridge';

function originOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // app:// is a registered standard scheme, but Node's URL gives "null" for unknown schemes.
    return parsed.protocol === 'app:' ? `app://${parsed.host}` : parsed.origin;
  } catch {
    return null;
  }
}

/** Only pages of our own app:// origin may navigate or call main. */
export function isAppUrl(url: string | undefined | null): boolean {
  return originOf(url) === APP_ORIGIN;
}

/** IPC sender check: the calling frame must be our renderer, not an injected or remote frame. */
export function isTrustedSender(frameUrl: string | undefined | null): boolean {
  return isAppUrl(frameUrl);
}

/** Browser host: reject DNS-rebinding requests whose Host is not the loopback address we bound. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}
