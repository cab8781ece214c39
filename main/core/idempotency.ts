import { contract, type Envelope, isRequestName } from '../../shared/contract';
import type { ServiceContext } from './context';

/** What the renderer sends with every write: a random id (UUID), the same on a retry. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9-]{8,100}$/;

/** Writes that cannot run inside one transaction: they write or swap the file itself. */
const WHOLE_FILE = new Set(['backup.now', 'backup.toFolder', 'backup.restore', 'backup.undoRestore']);

/** request_log rows older than this are removed at open: a retry comes within seconds. */
export const REQUEST_LOG_DAYS = 7;

function hasLog(ctx: ServiceContext): boolean {
  return (
    ctx.sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'request_log'").get() !==
    undefined
  );
}

function record(ctx: ServiceContext, requestId: string, name: string, envelope: Envelope<unknown>): void {
  ctx.sqlite
    .prepare('INSERT INTO request_log (request_id, name, answer, at) VALUES (?, ?, ?, ?)')
    .run(requestId, name, JSON.stringify(envelope), ctx.now().toISOString());
}

/**
 * Runs a write request once per request id: the write and its request_log row commit in one
 * transaction (services' own transactions become savepoints inside it), and a repeat of the id
 * — a retry after the answer was lost — gets the first answer without writing again.
 */
export async function once(
  ctx: ServiceContext,
  name: unknown,
  requestId: unknown,
  run: () => Promise<Envelope<unknown>>,
): Promise<Envelope<unknown>> {
  if (typeof requestId !== 'string' || !REQUEST_ID_PATTERN.test(requestId)) return run();
  if (!isRequestName(name) || !contract[name].write || !hasLog(ctx)) return run();
  const known = ctx.sqlite
    .prepare('SELECT name, answer FROM request_log WHERE request_id = ?')
    .get(requestId) as { name: string; answer: string } | undefined;
  if (known) {
    if (known.name === name) return JSON.parse(known.answer) as Envelope<unknown>;
    return {
      ok: false,
      error: { code: 'CONFLICT', message: 'Nomor permintaan ini sudah dipakai untuk permintaan lain.' },
    };
  }
  if (WHOLE_FILE.has(name) || ctx.sqlite.inTransaction) {
    const envelope = await run();
    if (envelope.ok) record(ctx, requestId, name, envelope);
    return envelope;
  }
  ctx.sqlite.exec('BEGIN IMMEDIATE');
  try {
    const envelope = await run();
    if (envelope.ok) {
      record(ctx, requestId, name, envelope);
      ctx.sqlite.exec('COMMIT');
    } else {
      ctx.sqlite.exec('ROLLBACK');
    }
    return envelope;
  } catch (err) {
    if (ctx.sqlite.inTransaction) ctx.sqlite.exec('ROLLBACK');
    throw err;
  }
}

/** At open: forget answers too old to be retried. */
export function pruneRequestLog(ctx: ServiceContext): void {
  if (!hasLog(ctx)) return;
  const cutoff = new Date(ctx.now().getTime() - REQUEST_LOG_DAYS * 86_400_000).toISOString();
  ctx.sqlite.prepare('DELETE FROM request_log WHERE at < ?').run(cutoff);
}
