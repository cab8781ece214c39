import fs from 'node:fs';
import path from 'node:path';
import { createApp } from '../main/app';
import { medianMs, report, tempDir } from './harness';

/** Start-up cost on an old office PC: open + migrate a new file, reopen an existing one, load the demo. */
async function main(): Promise<void> {
  const dir = tempDir('foundation');
  let n = 0;
  const fresh = () => path.join(dir, `fresh-${n++}.sqlite`);

  report(
    'foundation.create_and_migrate.ms',
    await medianMs(7, async () => (await createApp({ dbPath: fresh(), log: quiet })).close()),
    'ms',
  );

  const existing = fresh();
  await (await createApp({ dbPath: existing, demo: true, log: quiet })).close();
  report(
    'foundation.reopen_existing.ms',
    await medianMs(7, async () => (await createApp({ dbPath: existing, log: quiet })).close()),
    'ms',
  );
  report(
    'foundation.open_with_demo.ms',
    await medianMs(5, async () => (await createApp({ dbPath: fresh(), demo: true, log: quiet })).close()),
    'ms',
  );

  const app = await createApp({ dbPath: existing, log: quiet });
  report(
    'foundation.dispatch_read.ms',
    await medianMs(201, () => app.systemDispatch('desa.list', { includeInactive: true })),
    'ms',
  );
  await app.close();
  report('foundation.rss.mb', process.memoryUsage().rss / 1024 / 1024, 'MB');
  fs.rmSync(dir, { recursive: true, force: true });
}

const quiet = { error: () => {} };
void main();
