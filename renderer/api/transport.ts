import { contract } from '../../shared/contract';
import {
  BRIDGE_KEY,
  type PreloadApi,
  REQUEST_ID_HEADER,
  SESSION_HEADER,
  TOKEN_META_NAME,
} from '../../shared/contract/bridge';
import { type ApiClient, createClient, type Transport } from '../../shared/contract/client';
import { type Envelope, isEnvelope } from '../../shared/contract/envelope';
import { signedOut } from './authEvents';
import { bumpDataVersion } from './dataVersion';

const OFFLINE: Envelope<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: 'Tidak dapat menghubungi aplikasi. Pastikan Audit UPK masih berjalan, lalu coba lagi.',
  },
};

/** Sends one request; `requestId` is set for writes. */
type Send = (name: string, input: unknown, requestId?: string) => Promise<Envelope<unknown>>;

function electronTransport(bridge: PreloadApi): Send {
  return (name, input, requestId) =>
    bridge.invoke(name, input, requestId).catch(() => OFFLINE as Envelope<unknown>);
}

/** This tab's session key: survives a reload of the tab, never shared with another tab. */
function tabSessionKey(): string {
  const saved = sessionStorage.getItem(SESSION_HEADER);
  if (saved) return saved;
  const key = crypto.randomUUID();
  sessionStorage.setItem(SESSION_HEADER, key);
  return key;
}

function httpTransport(token: string): Send {
  const session = tabSessionKey();
  return async (name, input, requestId) => {
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${token}`,
          [SESSION_HEADER]: session,
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return OFFLINE;
    }
    const body: unknown = await response.json().catch(() => null);
    return isEnvelope(body) ? body : OFFLINE;
  };
}

/** Picked once at start-up: the Electron bridge when present, else the browser host. */
function pickTransport(): Send {
  const bridge = (window as unknown as Record<string, PreloadApi | undefined>)[BRIDGE_KEY];
  if (bridge) return electronTransport(bridge);
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META_NAME}"]`)?.content ?? '';
  return httpTransport(token);
}

const RETRY_DELAYS_MS = [500, 2000];

/**
 * Every write carries a fresh request id; when its answer is lost (the app did not answer), it is
 * sent again with the same id, so main answers a write it already made instead of making it twice.
 */
function writesOnce(send: Send): Transport {
  return async (name, input) => {
    if (!contract[name].write) return send(name, input);
    const requestId = crypto.randomUUID();
    let envelope = await send(name, input, requestId);
    for (const delay of RETRY_DELAYS_MS) {
      if (envelope !== OFFLINE) break;
      await new Promise((resolve) => setTimeout(resolve, delay));
      envelope = await send(name, input, requestId);
    }
    return envelope;
  };
}

/** After a successful write, every loaded view reloads (see dataVersion); a lost login shows the login screen. */
function refreshingAfterWrites(transport: Transport): Transport {
  return async (name, input) => {
    const envelope = await transport(name, input);
    if (!envelope.ok && envelope.error.code === 'UNAUTHENTICATED' && name !== 'auth.login') {
      signedOut(envelope.error.message);
    }
    if (envelope.ok && contract[name].write) bumpDataVersion();
    return envelope;
  };
}

export const api: ApiClient = createClient(refreshingAfterWrites(writesOnce(pickTransport())));
