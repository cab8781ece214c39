import path from 'node:path';
import { createApp } from '../app';
import { restoreBeforeOpen } from '../backup/backupService';
import { parseCli } from '../cli';
import { AppError } from '../core/appError';
import { DatabaseOpenError } from '../db/errors';
import { databasePath, defaultDataDir } from '../paths';
import { APP_VERSION } from '../version';
import { startHttpHost } from './httpHost';

/** `npm run serve [-- --demo] [--db PATH] [--port N] [--token T]` — the app without Electron. */
const USAGE = `Audit UPK — host peramban lokal (127.0.0.1)

  --demo         buka kantor contoh (berkas database terpisah)
  --db PATH      pakai berkas database ini
  --port N       nomor port (bawaan: port bebas)
  --token T      token akses API (atau AUDIT_UPK_TOKEN); bawaan: acak setiap kali dijalankan
  --restore-backup BERKAS
                 pulihkan database dari berkas cadangan ini (diperiksa dulu; database
                 sekarang dicadangkan dulu ke folder cadangan) lalu buka
  --help         tampilkan bantuan ini`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const cli = parseCli(process.argv.slice(2));
  const dbPath = databasePath({ db: cli.db, demo: cli.demo, dataDir: defaultDataDir() });
  if (cli.restoreBackup) {
    const restored = await restoreBeforeOpen(dbPath, cli.restoreBackup, APP_VERSION);
    console.log(`Dipulihkan dari ${path.resolve(cli.restoreBackup)}`);
    if (restored.undoPath) console.log(`Database sebelumnya dicadangkan ke ${restored.undoPath}`);
    if (restored.setAside) console.log(`Database rusak sebelumnya disimpan sebagai ${restored.setAside}`);
  }
  const staticRoot = path.join(__dirname, '..', 'renderer');
  // Backups never go into what this host serves or runs from.
  const app = await createApp({
    dbPath,
    demo: cli.demo,
    protectedFolders: [staticRoot, path.join(__dirname, '..')],
  });
  const host = await startHttpHost({
    dispatch: app.dispatch,
    staticRoot,
    token: cli.token ?? process.env.AUDIT_UPK_TOKEN,
    port: cli.port,
  });
  const stop = async () => {
    await host.close();
    await app.close();
    process.exit(0);
  };
  // Before the address is printed: whoever reads it may stop the host at once, and the close
  // (waiting for the start backup, then the close backup) must run then too.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  console.log(`Audit UPK berjalan di ${host.url}`);
  console.log(`Database: ${dbPath}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof DatabaseOpenError || err instanceof AppError ? err.message : err);
  if (err instanceof DatabaseOpenError && err.reason === 'corrupt' && err.goodBackup) {
    // The way out, ready to copy: the backup is checked first and the damaged file kept aside.
    console.error(`Untuk memulihkan cadangan itu: npm run serve -- --restore-backup "${err.goodBackup}"`);
  }
  process.exit(1);
});
