import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupFileName, backupFolderFor } from '../../main/backup/backupFiles';
import { backupsToDelete } from '../../main/backup/retention';
import { MIGRATIONS } from '../../main/db/migrations';
import { expectOk, makeTempDir, openTestApp, type TestApp } from './helpers';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

describe('retention counts bytes too', () => {
  it('drops the oldest once the kept backups pass the byte limit; the newest 3 and the undo point stay', () => {
    const at = (iso: string, undoPoint = false) => ({
      name: iso,
      time: new Date(iso),
      bytes: 100,
      undoPoint,
    });
    const items = [
      at('2025-06-15T06:00:00.000Z'),
      at('2025-06-15T05:00:00.000Z'),
      at('2025-06-15T04:00:00.000Z'),
      at('2025-06-15T03:00:00.000Z'),
      at('2025-06-15T02:00:00.000Z', true),
      at('2025-06-15T01:00:00.000Z'),
    ];
    const now = new Date('2025-06-15T07:00:00.000Z');
    // By count alone all six are kept (newest 10).
    expect(backupsToDelete(items, now, 0)).toEqual([]);
    // 250 bytes: the newest three (300) stay anyway, the undo point too; the others go.
    expect(backupsToDelete(items, now, 0, 250)).toEqual([
      '2025-06-15T03:00:00.000Z',
      '2025-06-15T01:00:00.000Z',
    ]);
  });
});

describe('leftovers and unrestorable files', () => {
  it('removes temporary files of interrupted backups at start; lists foreign, newer and truncated files with the reason', async () => {
    const dir = makeTempDir();
    const folder = backupFolderFor(path.join(dir, 'audit-upk.sqlite'));
    fs.mkdirSync(folder, { recursive: true });
    const stale = `${backupFileName(new Date('2025-01-01T00:00:00Z'), 'berkala')}.sementara`;
    fs.writeFileSync(path.join(folder, stale), Buffer.alloc(4096));
    fs.writeFileSync(path.join(folder, `${stale}-journal`), 'x');
    const old = new Date('2025-01-01T00:00:00Z');
    fs.utimesSync(path.join(folder, stale), old, old);
    fs.utimesSync(path.join(folder, `${stale}-journal`), old, old);
    // Someone else's file that merely ends like ours stays.
    fs.writeFileSync(path.join(folder, 'catatan.sementara'), 'x');
    fs.utimesSync(path.join(folder, 'catatan.sementara'), old, old);

    const t = await openTestApp({ demo: false, dir });
    opened.push(t);
    expect(fs.existsSync(path.join(folder, stale))).toBe(false);
    expect(fs.existsSync(path.join(folder, `${stale}-journal`))).toBe(false);
    expect(fs.existsSync(path.join(folder, 'catatan.sementara'))).toBe(true);

    const good = expectOk(await t.call('backup.now', {}));
    const copy = (name: string) => {
      const file = path.join(folder, name);
      fs.copyFileSync(good.path, file);
      return file;
    };
    const newer = copy(backupFileName(new Date('2025-02-01T00:00:00Z'), 'manual'));
    const db = new BetterSqlite3(newer);
    db.pragma(`user_version = ${(MIGRATIONS.at(-1)?.version ?? 0) + 1}`);
    db.close();
    const truncated = copy(backupFileName(new Date('2025-02-02T00:00:00Z'), 'manual'));
    fs.truncateSync(truncated, Math.floor(fs.statSync(truncated).size / 2 / 4096) * 4096);
    const foreign = path.join(folder, backupFileName(new Date('2025-02-03T00:00:00Z'), 'manual'));
    const other = new BetterSqlite3(foreign);
    other.exec('CREATE TABLE x (a)');
    other.close();

    const list = expectOk(await t.call('backup.list', {})).backups;
    const problemOf = (file: string) => list.find((b) => b.fileName === path.basename(file))?.problem;
    expect(problemOf(good.path)).toBeNull();
    expect(problemOf(newer)).toMatch(/versi Audit UPK yang lebih baru/);
    expect(problemOf(truncated)).toMatch(/terpotong atau rusak/);
    expect(problemOf(foreign)).toBe('Bukan database Audit UPK.');
  });
});
