import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

// Runs in a worker thread: its own read-only connection, so the app's connection stays free.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let result;
try {
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try { result = String(db.pragma('quick_check', { simple: true })); } finally { db.close(); }
} catch (err) {
  result = err && err.message ? err.message : String(err);
}
parentPort.postMessage(result);
`;

function betterSqlite3Path(): string {
  // The bundled main process is CommonJS; tests run it as ESM from the project folder.
  const req = typeof require === 'function' ? require : createRequire(path.join(process.cwd(), 'index.js'));
  return req.resolve('better-sqlite3');
}

/** `PRAGMA quick_check` of the file in a worker thread: "ok", or what SQLite found. */
export function quickCheckInWorker(file: string): Promise<string> {
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { file: path.resolve(file), module: betterSqlite3Path() },
    });
    worker.once('message', (m: unknown) => resolve(String(m)));
    worker.once('error', (err) => resolve(`pemeriksaan tidak dapat dijalankan: ${err.message}`));
  });
}
