import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { type RunningServer, startServer } from './server';

interface Office {
  dbPath: string;
  server: RunningServer;
  /** Stops the server and starts a new one on the same database file (a restart of the app). */
  restart(): Promise<RunningServer>;
}

/** Each test gets its own data folder and its own browser host. */
export const test = base.extend<{ office: Office }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixture's dependencies from this pattern.
  office: async ({}, use) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-upk-e2e-'));
    const dbPath = path.join(dir, 'audit-upk.sqlite');
    const office: Office = {
      dbPath,
      server: await startServer(dbPath),
      async restart() {
        await office.server.stop();
        office.server = await startServer(dbPath);
        return office.server;
      },
    };
    await use(office);
    await office.server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
