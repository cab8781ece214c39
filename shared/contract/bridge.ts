import type { Envelope } from './envelope';

/** The one object the Electron preload exposes to the page, under `window[BRIDGE_KEY]`. */
export interface PreloadApi {
  /** `requestId`: sent with every write, the same on a retry (answered once, see main/core/idempotency.ts). */
  invoke(name: string, input: unknown, requestId?: string): Promise<Envelope<unknown>>;
  /** Electron only: the system's folder dialog, shown by main; the chosen folder or null. */
  pickFolder?(): Promise<string | null>;
}

export const BRIDGE_KEY = 'auditUpk';
export const IPC_CHANNEL = 'audit-upk:request';
export const PICK_FOLDER_CHANNEL = 'audit-upk:pick-folder';
/** The origin the renderer is served from inside Electron (custom protocol, never file://). */
export const APP_ORIGIN = 'app://audit-upk';
/** Where the browser host puts its per-run token in the served page. */
export const TOKEN_META_NAME = 'audit-upk-token';
/** The browser host: the header carrying a tab's random session key (its login). */
export const SESSION_HEADER = 'x-audit-upk-session';
/** The browser host: the header carrying a write's request id. */
export const REQUEST_ID_HEADER = 'x-audit-upk-request';
