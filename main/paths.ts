import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Audit UPK';
export const DB_FILE = 'audit-upk.sqlite';
/** The demo office lives in its own file, so trying the demo never touches the office's data. */
export const DEMO_DB_FILE = 'audit-upk-demo.sqlite';

/** The same folder Electron's `app.getPath('userData')` gives, so both hosts share one database. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), PRODUCT_NAME);
}

export function databasePath(opts: { db?: string; demo: boolean; dataDir: string }): string {
  if (opts.db) return path.resolve(opts.db);
  return path.join(opts.dataDir, opts.demo ? DEMO_DB_FILE : DB_FILE);
}
