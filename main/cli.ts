import { parseArgs } from 'node:util';

export interface CliOptions {
  db?: string;
  demo: boolean;
  port?: number;
  token?: string;
  /** `--restore-backup FILE`: restore this backup (with the checks) before opening. */
  restoreBackup?: string;
}

/** Reads our flags and ignores the rest (Electron and Chromium add their own). */
export function parseCli(argv: readonly string[]): CliOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: false,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      demo: { type: 'boolean' },
      port: { type: 'string' },
      token: { type: 'string' },
      'restore-backup': { type: 'string' },
    },
  });
  const port = typeof values.port === 'string' ? Number(values.port) : undefined;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    throw new Error(`--port harus angka 0–65535, bukan "${values.port}"`);
  }
  return {
    db: typeof values.db === 'string' ? values.db : undefined,
    demo: values.demo === true,
    port,
    token: typeof values.token === 'string' ? values.token : undefined,
    restoreBackup: typeof values['restore-backup'] === 'string' ? values['restore-backup'] : undefined,
  };
}
