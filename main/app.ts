import os from 'node:os';
import type { Envelope } from '../shared/contract/envelope';
import { sealAfterRequest, sealAuditLog } from './audit/auditChain';
import { checkIntegrity } from './audit/integrityService';
import { triggerRepairText } from './audit/protectiveTriggers';
import { BackupManager, registerBackupManager } from './backup/backupService';
import { type ServiceContext, SYSTEM_CALLER } from './core/context';
import { createDispatch, type Dispatch, type DispatchLogger } from './core/dispatch';
import { once, pruneRequestLog } from './core/idempotency';
import { type IntegrityProblem, openDatabase } from './db/connection';
import { seedDemo } from './demo/seedDemo';
import { handlers } from './handlers';
import { isDatabaseEmpty } from './system/systemService';
import { APP_VERSION } from './version';

export interface AppCore {
  dispatch: Dispatch;
  /** For in-process callers only (benchmarks, the crash test, tools): acts as the system, no login. */
  systemDispatch: (name: unknown, input: unknown) => Promise<Envelope<unknown>>;
  /** The integrity check of the file (in the background for a large one): null = ok. */
  integrity: Promise<IntegrityProblem | null>;
  /** Resolves once the start backup, made in the background, is written. */
  backupsSettled: () => Promise<unknown>;
  context: ServiceContext;
  close(): Promise<void>;
}

export interface AppOptions {
  dbPath: string;
  demo?: boolean;
  log?: DispatchLogger;
  now?: () => Date;
  actor?: string;
  /** Automatic backups (start, close, every 5 minutes of writes) into `cadangan/`; default true. */
  autoBackup?: boolean;
  /** Files larger than this are integrity-checked in the background (see openDatabase). */
  syncCheckBytes?: number;
  /** Folders backups may never be written to (the served renderer, the app's own files). */
  protectedFolders?: string[];
}

const consoleLogger: DispatchLogger = {
  error: (message, err) => console.error(message, err),
};

/** Everything a host (Electron or the browser host) needs: the database and one dispatch. */
export async function createApp(opts: AppOptions): Promise<AppCore> {
  const database = await openDatabase(opts.dbPath, {
    appVersion: APP_VERSION,
    now: opts.now,
    syncCheckBytes: opts.syncCheckBytes,
  });
  const context: ServiceContext = {
    db: database.db,
    sqlite: database.sqlite,
    dbPath: database.path,
    appVersion: APP_VERSION,
    now: opts.now ?? (() => new Date()),
    actor: opts.actor ?? osAccountName(),
    protectedFolders: opts.protectedFolders,
  };
  if (opts.demo && (await isDatabaseEmpty(context.db))) {
    await seedDemo(context);
    sealAuditLog(context.sqlite); // the demo's audit rows join the hash chain at once
  }
  const integrity = database.integrity.then((problem) => {
    if (problem) {
      context.damaged = problem;
      (opts.log ?? consoleLogger).error('Pemeriksaan integritas database gagal', problem.message);
    }
    return problem;
  });
  pruneRequestLog(context);
  const repair = database.triggerRepair;
  if (repair.rebuilt.length + repair.failed.length > 0) {
    (opts.log ?? consoleLogger).error('Pemicu pelindung dipulihkan', triggerRepairText(repair));
  }
  const backups = new BackupManager(context, database, APP_VERSION);
  registerBackupManager(backups);
  const autoBackup = opts.autoBackup ?? true;
  if (autoBackup) backups.startInBackground('mulai');
  // After an ok write, a periodic backup (if the last is ≥ 5 min old) runs before the next request.
  const inner = createDispatch(context, handlers, opts.log ?? consoleLogger);
  // The integrity check at open runs before the first request; the Beranda shows its findings.
  let queue: Promise<unknown> = Promise.resolve().then(() => {
    try {
      checkIntegrity(context);
    } catch (err) {
      (opts.log ?? consoleLogger).error('Pemeriksaan integritas saat dibuka gagal', err);
    }
  });
  const dispatch: Dispatch = (name, input, caller, requestId) => {
    const run = queue.then(() => once(context, name, requestId, () => inner(name, input, caller)));
    queue = run
      .then((envelope) => sealAfterRequest(context, name, envelope))
      .then((envelope) => (autoBackup ? backups.afterRequest(name, envelope) : undefined))
      .catch(() => undefined);
    return run;
  };
  let closing: Promise<void> | undefined;
  return {
    dispatch,
    systemDispatch: (name, input) => dispatch(name, input, SYSTEM_CALLER),
    backupsSettled: () => backups.settled(),
    integrity,
    context,
    close: () => {
      closing ??= queue.then(() => (autoBackup ? backups.close() : backups.closeWithoutBackup()));
      return closing;
    },
  };
}

function osAccountName(): string {
  try {
    return os.userInfo().username || 'pengguna';
  } catch {
    return 'pengguna';
  }
}
