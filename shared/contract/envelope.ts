/** Errors cross the renderer/main boundary as data, never as a stack trace. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The request is allowed only once the person confirms (e.g. a bukti number used before). */
  | 'NEEDS_CONFIRMATION'
  | 'UNKNOWN_REQUEST'
  | 'UNAUTHORIZED'
  /** No signed-in user (never logged in, logged out, or locked after idle time). */
  | 'UNAUTHENTICATED'
  /** Signed in, but this role may not make the request. */
  | 'FORBIDDEN'
  | 'DATABASE'
  | 'INTERNAL';

export interface AppErrorData {
  code: ErrorCode;
  /** Indonesian, written for the person in front of the screen. */
  message: string;
  /** Field path (dot-separated) → Indonesian message for that field. */
  fields?: Record<string, string>;
}

export type Envelope<R> = { ok: true; value: R } | { ok: false; error: AppErrorData };

export function isEnvelope(v: unknown): v is Envelope<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const ok = (v as { ok: unknown }).ok;
  if (ok === true) return 'value' in v;
  if (ok !== false || !('error' in v)) return false;
  const error = (v as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as AppErrorData).message === 'string';
}
