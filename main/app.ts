import os from 'node:os';
import type { ServiceContext } from './core/context';
import { createDispatch, type Dispatch, type DispatchLogger } from './core/dispatch';
import { openDatabase } from './db/connection';
import { seedDemo } from './demo/seedDemo';
import { handlers } from './handlers';
import { isDatabaseEmpty } from './system/systemService';
import { APP_VERSION } from './version';

export interface AppCore {
  dispatch: Dispatch;
  context: ServiceContext;
  close(): Promise<void>;
}

export interface AppOptions {
  dbPath: string;
  demo?: boolean;
  log?: DispatchLogger;
  now?: () => Date;
  actor?: string;
}

const consoleLogger: DispatchLogger = {
  error: (message, err) => console.error(message, err),
};

/** Everything a host (Electron or the browser host) needs: the database and one dispatch. */
export async function createApp(opts: AppOptions): Promise<AppCore> {
  const database = await openDatabase(opts.dbPath, { appVersion: APP_VERSION, now: opts.now });
  const context: ServiceContext = {
    db: database.db,
    sqlite: database.sqlite,
    dbPath: database.path,
    appVersion: APP_VERSION,
    now: opts.now ?? (() => new Date()),
    actor: opts.actor ?? osAccountName(),
  };
  if (opts.demo && (await isDatabaseEmpty(context.db))) await seedDemo(context);
  return {
    dispatch: createDispatch(context, handlers, opts.log ?? consoleLogger),
    context,
    close: () => database.close(),
  };
}

function osAccountName(): string {
  try {
    return os.userInfo().username || 'pengguna';
  } catch {
    return 'pengguna';
  }
}
