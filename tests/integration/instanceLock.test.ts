import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { DatabaseOpenError } from '../../main/db/errors';
import { lockPathFor } from '../../main/db/instanceLock';
import { makeTempDir } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('one process per data file', () => {
  it('a second process is refused, naming the holder; a lock left by a dead process is taken over', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const dbPath = path.join(dir, 'audit-upk.sqlite');
    const first = await openDatabase(dbPath, { appVersion: 'uji' });
    expect(JSON.parse(fs.readFileSync(lockPathFor(dbPath), 'utf8'))).toMatchObject({ pid: process.pid });
    await first.close();
    expect(fs.existsSync(lockPathFor(dbPath))).toBe(false);

    // Another program that still runs holds the file.
    const other = spawn('sleep', ['30']);
    try {
      const since = '2025-01-15T01:00:00.000Z';
      fs.writeFileSync(lockPathFor(dbPath), JSON.stringify({ pid: other.pid, host: os.hostname(), since }));
      const err = await openDatabase(dbPath, { appVersion: 'uji' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(DatabaseOpenError);
      expect((err as DatabaseOpenError).reason).toBe('locked');
      expect((err as Error).message).toContain(
        `sedang dibuka oleh proses lain (PID ${other.pid}, sejak ${since})`,
      );
    } finally {
      other.kill('SIGKILL');
      await new Promise((resolve) => other.once('exit', resolve));
    }
    // It is gone now: its lock is stale and taken over.
    const again = await openDatabase(dbPath, { appVersion: 'uji' });
    expect(JSON.parse(fs.readFileSync(lockPathFor(dbPath), 'utf8'))).toMatchObject({ pid: process.pid });
    await again.close();
  });
});
