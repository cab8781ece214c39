import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';
import { type AppCore, createApp } from '../../main/app';
import type { Dispatch } from '../../main/core/dispatch';
import type {
  AppErrorData,
  Envelope,
  ErrorCode,
  InputOf,
  RequestName,
  ResultOf,
} from '../../shared/contract';

export interface LoggedError {
  message: string;
  err: unknown;
}

export interface TestAppOptions {
  demo?: boolean;
  now?: () => Date;
  /** Reuse an existing temp dir (and its database), e.g. to reopen after close. */
  dir?: string;
  /** See AppOptions.syncCheckBytes (0: always check in the background). */
  syncCheckBytes?: number;
}

export interface TestApp {
  app: AppCore;
  dbPath: string;
  dir: string;
  /** Everything the dispatch logged as an internal error. */
  errors: LoggedError[];
  sqlite: BetterSqlite3.Database;
  call<K extends RequestName>(name: K, input: InputOf<K>): Promise<Envelope<ResultOf<K>>>;
  /** Untyped: for malformed names and inputs. */
  callRaw(name: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** Closes the app, keeps the files. */
  close(): Promise<void>;
  /** Closes the app (if still open) and removes the temp dir. */
  cleanup(): Promise<void>;
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'audit-upk-'));
}

/** A clock that moves one second on every read, so any write that stamps a time changes a row. */
export function tickingClock(start = '2025-01-15T01:00:00.000Z'): () => Date {
  let t = Date.parse(start);
  return () => {
    const d = new Date(t);
    t += 1000;
    return d;
  };
}

export async function openTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const dir = opts.dir ?? makeTempDir();
  const dbPath = path.join(dir, 'audit-upk.sqlite');
  const errors: LoggedError[] = [];
  const app = await createApp({
    dbPath,
    demo: opts.demo ?? false,
    now: opts.now ?? tickingClock(),
    log: { error: (message, err) => errors.push({ message, err }) },
    syncCheckBytes: opts.syncCheckBytes,
  });
  // Tests look at the backup folder right away: let the background start backup finish first.
  await app.backupsSettled();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
  };
  // Tests act as the in-process system unless they name a caller: `app.dispatch(name, input)` runs
  // as the system, `app.dispatch(name, input, caller)` (the transports, auth tests) as that caller.
  const dispatch: Dispatch = (name, input, ...rest) =>
    rest.length > 0 ? app.dispatch(name, input, ...rest) : app.systemDispatch(name, input);
  return {
    app: { ...app, dispatch },
    dbPath,
    dir,
    errors,
    // A getter: `backup.restore` swaps the connection inside the running app.
    get sqlite() {
      return app.context.sqlite;
    },
    // The dispatch built the envelope for `name` from the contract, so its value is ResultOf<K>.
    call: async <K extends RequestName>(name: K, input: InputOf<K>) =>
      (await app.systemDispatch(name, input)) as Envelope<ResultOf<K>>,
    callRaw: (name, input) => app.systemDispatch(name, input),
    close,
    async cleanup() {
      await close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asserts success and returns the value. */
export function expectOk<R>(envelope: Envelope<R>): R {
  if (!envelope.ok) {
    expect.fail(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  }
  return envelope.value;
}

/** Asserts a refusal with `code` and a non-empty message, and returns the error. */
export function expectErr(envelope: Envelope<unknown>, code: ErrorCode): AppErrorData {
  if (envelope.ok) expect.fail(`expected ${code}, got ok: ${JSON.stringify(envelope.value)}`);
  expect(envelope.error.code).toBe(code);
  expect(typeof envelope.error.message).toBe('string');
  expect(envelope.error.message.length).toBeGreaterThan(0);
  return envelope.error;
}

/** Names of the tables the app created (not SQLite's own). */
export function userTables(sqlite: BetterSqlite3.Database): string[] {
  return sqlite
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Table → number of rows, for every user table. */
export function rowCounts(sqlite: BetterSqlite3.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of userTables(sqlite)) {
    counts[table] = sqlite
      .prepare(`SELECT count(*) FROM ${quoteIdent(table)}`)
      .pluck()
      .get() as number;
  }
  return counts;
}

/** Table → all rows (every column, in a stable order): to prove nothing was written. */
export function snapshot(sqlite: BetterSqlite3.Database): Record<string, unknown[]> {
  const tables: Record<string, unknown[]> = {};
  for (const table of userTables(sqlite)) {
    const rows = sqlite.prepare(`SELECT * FROM ${quoteIdent(table)}`).all();
    tables[table] = rows
      .map(
        (row) =>
          [
            JSON.stringify(row, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v)),
            row,
          ] as const,
      )
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, row]) => row);
  }
  return tables;
}

/** Asserts a refusal with `code` that left every table exactly as it was; returns the error. */
export async function refusedUnchanged(
  t: TestApp,
  run: () => Promise<Envelope<unknown>>,
  code: ErrorCode,
): Promise<AppErrorData> {
  const before = snapshot(t.sqlite);
  const error = expectErr(await run(), code);
  expect(snapshot(t.sqlite)).toEqual(before);
  return error;
}
