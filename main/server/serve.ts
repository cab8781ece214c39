import path from 'node:path';
import { createApp } from '../app';
import { parseCli } from '../cli';
import { DatabaseOpenError } from '../db/errors';
import { databasePath, defaultDataDir } from '../paths';
import { startHttpHost } from './httpHost';

/** `npm run serve [-- --demo] [--db PATH] [--port N] [--token T]` — the app without Electron. */
async function main(): Promise<void> {
  const cli = parseCli(process.argv.slice(2));
  const dbPath = databasePath({ db: cli.db, demo: cli.demo, dataDir: defaultDataDir() });
  const app = await createApp({ dbPath, demo: cli.demo });
  const host = await startHttpHost({
    dispatch: app.dispatch,
    staticRoot: path.join(__dirname, '..', 'renderer'),
    token: cli.token ?? process.env.AUDIT_UPK_TOKEN,
    port: cli.port,
  });
  console.log(`Audit UPK berjalan di ${host.url}`);
  console.log(`Database: ${dbPath}`);
  const stop = async () => {
    await host.close();
    await app.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof DatabaseOpenError ? err.message : err);
  process.exit(1);
});
