import type { z } from 'zod';
import {
  type AppErrorData,
  contract,
  type Envelope,
  isRequestName,
  type ParsedInputOf,
  type RequestName,
  type ResultOf,
} from '../../shared/contract';
import { setAuditActor } from '../audit/auditTriggers';
import { authorize } from '../auth/gate';
import { AppError } from './appError';
import type { Caller, ServiceContext } from './context';

export type Handler<K extends RequestName> = (
  input: ParsedInputOf<K>,
  ctx: ServiceContext,
) => Promise<ResultOf<K>> | ResultOf<K>;

/** One handler per request of the contract; a missing one is a compile error. */
export type Handlers = { [K in RequestName]: Handler<K> };

/** `caller` names the window or tab (see Caller); without one, only public requests answer. */
export type Dispatch = (
  name: unknown,
  input: unknown,
  caller?: Caller,
  /** A write's request id (core/idempotency.ts): a repeat is answered with the first answer. */
  requestId?: string,
) => Promise<Envelope<unknown>>;

export interface DispatchLogger {
  error(message: string, err: unknown): void;
}

/** What still works on a damaged file: signing in and restoring a backup. */
const WHILE_DAMAGED = new Set<string>(['auth.login', 'auth.setup', 'backup.restore', 'backup.undoRestore']);
const DAMAGED_ADVICE =
  'Perubahan tidak disimpan agar kerusakan tidak bertambah. Admin dapat memulihkan cadangan di Pengaturan › Data.';

const INTERNAL: AppErrorData = {
  code: 'INTERNAL',
  message:
    'Terjadi kesalahan di dalam aplikasi dan permintaan dibatalkan; tidak ada data yang diubah. Coba lagi.',
};

export function validationError(error: z.ZodError): AppErrorData {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    if (key && !(key in fields)) fields[key] = issue.message;
  }
  const first = error.issues[0]?.message ?? 'Isian tidak sah';
  const count = Object.keys(fields).length;
  const message =
    count > 1
      ? `Ada ${count} isian yang perlu diperbaiki. ${first}.`
      : count === 1
        ? first
        : `Permintaan tidak sah: ${first}`;
  return count > 0 ? { code: 'VALIDATION', message, fields } : { code: 'VALIDATION', message };
}

function sqliteConstraintError(err: unknown): AppErrorData | null {
  if (typeof err !== 'object' || err === null || !('code' in err)) return null;
  const code = String((err as { code: unknown }).code);
  if (!code.startsWith('SQLITE_CONSTRAINT')) return null;
  const raw = err instanceof Error ? err.message : '';
  // Our own triggers speak Indonesian already (e.g. "tidak boleh dihapus").
  const message = /tidak boleh/.test(raw)
    ? raw
    : 'Perubahan ditolak karena bertentangan dengan data yang sudah ada.';
  return { code: 'CONFLICT', message };
}

/**
 * The single entry point both transports use: the request name is checked, the input validated
 * against the contract, the service called, and every outcome turned into an envelope.
 */
export function createDispatch(ctx: ServiceContext, handlers: Handlers, log: DispatchLogger): Dispatch {
  // One request at a time: services may use synchronous better-sqlite3 transactions next to kysely's
  // async ones on the same connection, and must never run inside another request's open transaction.
  let queue: Promise<unknown> = Promise.resolve();
  const systemActor = ctx.actor;
  const serialised: Dispatch = (name, input, caller) => {
    const run = queue.then(() => dispatchOne(name, input, caller));
    queue = run.catch(() => undefined);
    return run;
  };
  const dispatchOne: Dispatch = async (name, input, caller) => {
    if (!isRequestName(name)) {
      return {
        ok: false,
        error: { code: 'UNKNOWN_REQUEST', message: 'Permintaan tidak dikenal oleh aplikasi.' },
      };
    }
    const refused = authorize(ctx, name, caller, systemActor);
    if (refused) return { ok: false, error: refused };
    if (ctx.damaged && contract[name].write && !WHILE_DAMAGED.has(name)) {
      return { ok: false, error: { code: 'DATABASE', message: `${ctx.damaged.message} ${DAMAGED_ADVICE}` } };
    }
    const parsed = contract[name].input.safeParse(input);
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    // The map type pairs each name with its handler; TypeScript cannot correlate the union here.
    const handler = handlers[name] as Handler<RequestName>;
    try {
      if (contract[name].write) setAuditActor(ctx.sqlite, ctx.actor);
      const value = await handler(parsed.data as ParsedInputOf<RequestName>, ctx);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toData() };
      const constraint = sqliteConstraintError(err);
      if (constraint) return { ok: false, error: constraint };
      log.error(`Permintaan ${name} gagal`, err);
      return { ok: false, error: INTERNAL };
    }
  };
  return serialised;
}
