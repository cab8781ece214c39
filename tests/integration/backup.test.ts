import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyRetention,
  backupFileName,
  backupFolderFor,
  checkBackupFile,
  listBackups,
} from '../../main/backup/backupFiles';
import { checkFolder } from '../../main/backup/backupFolders';
import { restoreBeforeOpen } from '../../main/backup/backupService';
import { backupsToDelete } from '../../main/backup/retention';
import { openDatabase } from '../../main/db/connection';
import { DatabaseOpenError } from '../../main/db/errors';
import { MIGRATIONS } from '../../main/db/migrations';
import { APPLICATION_ID } from '../../main/db/migrator';
import { expectErr, expectOk, makeTempDir, openTestApp, snapshot, type TestApp } from './helpers';

const opened: TestApp[] = [];
const dirs: string[] = [];
async function open(demo = true, dir?: string): Promise<TestApp> {
  const t = await openTestApp({ demo, dir });
  opened.push(t);
  return t;
}
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const desaNames = (t: TestApp) =>
  t.sqlite.prepare('SELECT name FROM desa ORDER BY id').pluck().all() as string[];
const LATEST = MIGRATIONS.at(-1)?.version ?? 0;

describe('retention (pure)', () => {
  const now = new Date('2025-06-15T12:00:00.000Z');
  const at = (iso: string, undoPoint = false) => ({ name: iso, time: new Date(iso), undoPoint });

  it('keeps the newest 10 whatever their age', () => {
    const items = Array.from({ length: 10 }, (_, i) =>
      at(`2019-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`),
    );
    expect(backupsToDelete(items, now, 0)).toEqual([]);
  });

  it('keeps the newest per day for 30 days, per month for 24 months, deletes the rest', () => {
    const items = [
      // 12 today: the newest 10 kept; the 2 oldest go (today's newest is among the 10).
      ...Array.from({ length: 12 }, (_, i) => at(`2025-06-15T${String(i).padStart(2, '0')}:00:00.000Z`)),
      at('2025-06-10T08:00:00.000Z'), // newest of its day → keep
      at('2025-06-10T07:00:00.000Z'), // older same day; newest of June is today's → delete
      at('2025-05-20T09:00:00.000Z'), // 26 days ago, newest of its day → keep
      at('2025-05-10T09:00:00.000Z'), // 36 days: not per-day; May's newest is 05-20 → delete
      at('2025-04-02T09:00:00.000Z'), // newest of April → keep
      at('2025-04-01T09:00:00.000Z'), // → delete
      at('2023-07-31T09:00:00.000Z'), // 23 months ago, newest of its month → keep
      at('2023-06-30T09:00:00.000Z'), // 24 months ago → delete
      at('2020-01-01T00:00:00.000Z'), // → delete
    ];
    expect(backupsToDelete(items, now, 0).sort()).toEqual(
      [
        '2025-06-15T00:00:00.000Z',
        '2025-06-15T01:00:00.000Z',
        '2025-06-10T07:00:00.000Z',
        '2025-05-10T09:00:00.000Z',
        '2025-04-01T09:00:00.000Z',
        '2023-06-30T09:00:00.000Z',
        '2020-01-01T00:00:00.000Z',
      ].sort(),
    );
  });

  it('days are local days (WIB = UTC+7)', () => {
    // 16:30 and 17:30 UTC on 06-01: one UTC day, but 23:30 on 06-01 and 00:30 on 06-02 in WIB.
    const items = [
      ...Array.from({ length: 10 }, (_, i) => at(`2025-06-15T0${i}:00:00.000Z`)),
      at('2025-06-01T17:30:00.000Z'),
      at('2025-06-01T16:30:00.000Z'),
    ];
    expect(backupsToDelete(items, now, 7 * 60)).toEqual([]);
    expect(backupsToDelete(items, now, 0)).toEqual(['2025-06-01T16:30:00.000Z']);
  });

  it('always keeps the newest undo point', () => {
    const items = [
      ...Array.from({ length: 11 }, (_, i) => at(`2025-06-15T${String(i + 1).padStart(2, '0')}:00:00.000Z`)),
      at('2025-06-15T00:30:00.000Z', true),
    ];
    expect(backupsToDelete(items, now, 0)).toEqual(['2025-06-15T01:00:00.000Z']);
  });

  it('only pattern-named files in the folder are removed', () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const old = Array.from({ length: 15 }, (_, i) =>
      backupFileName(new Date(Date.UTC(2020, 0, 1, 0, i)), 'berkala'),
    );
    for (const n of [...old, 'catatan.txt', 'cadangan-saya.sqlite']) fs.writeFileSync(path.join(dir, n), 'x');
    const removed = applyRetention(dir, new Date('2025-06-15T00:00:00.000Z'));
    expect(removed).toHaveLength(5);
    expect(fs.readdirSync(dir).sort()).toEqual(
      [...old.slice(5), 'catatan.txt', 'cadangan-saya.sqlite'].sort(),
    );
  });
});

describe('backups through the app', () => {
  it('a start backup exists and every backup is valid', async () => {
    const t = await open();
    const list = expectOk(await t.call('backup.list', {}));
    expect(list.folder).toBe(path.join(t.dir, 'cadangan'));
    expect(list.backups.map((b) => b.reason)).toEqual(['mulai']);
    const manual = expectOk(await t.call('backup.now', {}));
    expect(manual.backup.reason).toBe('manual');
    expect(manual.backup.schemaVersion).toBe(LATEST);
    for (const b of expectOk(await t.call('backup.list', {})).backups) {
      const file = path.join(list.folder, b.fileName);
      expect(checkBackupFile(file)).toBe(LATEST);
      const db = new BetterSqlite3(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      db.close();
    }
    await t.close();
    expect(listBackups(list.folder).map((b) => b.reason)).toContain('tutup');
  });

  it('backup to another folder only once an admin registered it; bad folders refused in Indonesian', async () => {
    const t = await open();
    const usb = fs.realpathSync(makeTempDir());
    dirs.push(usb);
    const unregistered = expectErr(await t.call('backup.toFolder', { folder: usb }), 'VALIDATION');
    expect(unregistered.message).toMatch(/belum didaftarkan/);
    expect(fs.readdirSync(usb)).toEqual([]);
    expect(expectOk(await t.call('backup.addFolder', { folder: usb }))).toEqual([
      { path: usb, available: true },
    ]);
    const made = expectOk(await t.call('backup.toFolder', { folder: usb }));
    expect(path.dirname(made.path)).toBe(usb);
    expect(checkBackupFile(made.path)).toBe(LATEST);
    const err = expectErr(
      await t.call('backup.addFolder', { folder: path.join(usb, 'tidak-ada') }),
      'VALIDATION',
    );
    expect(err.message).toMatch(/tidak ada/);
    expectErr(await t.call('backup.addFolder', { folder: 'relatif/folder' }), 'VALIDATION');
    // Never inside the app's own folder (the database's, its cadangan folder) …
    for (const own of [t.dir, path.join(t.dir, 'cadangan')]) {
      const refused = expectErr(await t.call('backup.addFolder', { folder: own }), 'VALIDATION');
      expect(refused.message).toMatch(/folder aplikasi sendiri/);
    }
    // … nor a folder a host serves or runs from.
    const served = makeTempDir();
    dirs.push(served);
    fs.mkdirSync(path.join(served, 'assets'));
    expect(() =>
      checkFolder({ ...t.app.context, protectedFolders: [served] }, path.join(served, 'assets')),
    ).toThrow(/folder aplikasi sendiri/);
    expectOk(await t.call('backup.removeFolder', { folder: usb }));
    expectErr(await t.call('backup.toFolder', { folder: usb }), 'VALIDATION');
  });

  it('every backup file is readable by its owner only', async () => {
    if (process.platform === 'win32') return;
    const t = await open();
    const made = expectOk(await t.call('backup.now', {}));
    expect(fs.statSync(made.path).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(made.path)).mode & 0o077).toBe(0);
  });

  it('periodic backup after a write once the last is 5 minutes old', async () => {
    const realNow = Date.now;
    const t = await open();
    try {
      Date.now = () => realNow() + 6 * 60_000;
      expectOk(
        await t.call('desa.create', { name: 'Desa Berkala', code: '32.03.14.2098', kepalaDesa: null }),
      );
      await t.call('system.status', {}); // waits for the queue
      const reasons = expectOk(await t.call('backup.list', {})).backups.map((b) => b.reason);
      expect(reasons).toContain('berkala');
      expectOk(await t.call('desa.create', { name: 'Desa Kedua', code: '32.03.14.2097', kepalaDesa: null }));
      await t.call('system.status', {});
      const again = expectOk(await t.call('backup.list', {})).backups.filter((b) => b.reason === 'berkala');
      expect(again).toHaveLength(1);
    } finally {
      Date.now = realNow;
    }
  });

  /** Everything but the audit trail, its actor and the system events (a restore adds its own row). */
  const withoutTrace = (tables: Record<string, unknown[]>) => {
    const { audit_log: _log, audit_session: _who, system_events: _events, ...rest } = tables;
    return rest;
  };

  it('backup → change → restore → data back → undo → change back', async () => {
    const t = await open();
    const made = expectOk(await t.call('backup.now', {}));
    const before = snapshot(t.sqlite);
    expectOk(
      await t.call('desa.create', { name: 'Desa Baru Sekali', code: '32.03.14.2099', kepalaDesa: null }),
    );
    const changed = snapshot(t.sqlite);
    expect(desaNames(t)).toContain('Desa Baru Sekali');

    const restored = expectOk(await t.call('backup.restore', { fileName: made.backup.fileName }));
    expect(restored.undoPoint?.reason).toBe('sebelum-pemulihan');
    expect(desaNames(t)).not.toContain('Desa Baru Sekali');
    // The data is the backup's; only the trail gained the restore's own row.
    expect(withoutTrace(snapshot(t.sqlite))).toEqual(withoutTrace(before));
    expect(t.sqlite.prepare('SELECT kind FROM system_events').pluck().all()).toEqual(['pemulihan_cadangan']);
    expect(fs.existsSync(`${t.dbPath}.pemulihan-sementara`)).toBe(false);
    // Every kind of request still works on the swapped connection (kysely and raw).
    expect(expectOk(await t.call('desa.list', { includeInactive: true })).length).toBeGreaterThan(0);

    expectOk(await t.call('backup.undoRestore', {}));
    expect(desaNames(t)).toContain('Desa Baru Sekali');
    expect(withoutTrace(snapshot(t.sqlite))).toEqual(withoutTrace(changed));
    expect(t.sqlite.prepare('SELECT kind FROM system_events').pluck().all()).toEqual(['batal_pemulihan']);
    expect(t.errors).toEqual([]);
  });

  it('restore of a name not in the list → NOT_FOUND', async () => {
    const t = await open();
    expectErr(
      await t.call('backup.restore', { fileName: backupFileName(new Date('2020-01-01'), 'manual') }),
      'NOT_FOUND',
    );
  });

  describe('restore refuses bad files and changes nothing', () => {
    async function refuse(prepare: (file: string) => void, pattern: RegExp) {
      const t = await open();
      const made = expectOk(await t.call('backup.now', {}));
      prepare(made.path);
      const listBefore = expectOk(await t.call('backup.list', {})).backups.map((b) => b.fileName);
      const before = snapshot(t.sqlite);
      const dbBytes = fs.readFileSync(t.dbPath);
      const err = expectErr(await t.call('backup.restore', { fileName: made.backup.fileName }), 'CONFLICT');
      expect(err.message).toMatch(pattern);
      expect(err.message).toMatch(/tidak diubah/);
      expect(snapshot(t.sqlite)).toEqual(before);
      expect(fs.readFileSync(t.dbPath).equals(dbBytes)).toBe(true);
      expect(expectOk(await t.call('backup.list', {})).backups.map((b) => b.fileName)).toEqual(listBefore);
      expect(fs.existsSync(`${t.dbPath}.pemulihan-sementara`)).toBe(false);
    }

    it('not an Audit UPK database', async () => {
      await refuse((file) => {
        fs.rmSync(file);
        const other = new BetterSqlite3(file);
        other.exec('CREATE TABLE x (a)');
        other.close();
      }, /bukan database Audit UPK/);
    });

    it('not SQLite at all / corrupt', async () => {
      await refuse((file) => corruptMiddle(file), /rusak|tidak dapat dibaca/);
      await refuse((file) => fs.writeFileSync(file, 'bukan database'), /tidak dapat dibaca|rusak/);
    });

    it('a newer schema', async () => {
      await refuse((file) => {
        const db = new BetterSqlite3(file);
        db.pragma(`user_version = ${LATEST + 1}`);
        db.close();
      }, /lebih baru/);
    });
  });
});

/** Overwrites bytes in the middle of the file (pages of the tables, not the header). */
function corruptMiddle(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  const junk = Buffer.alloc(Math.min(64 * 1024, Math.floor(size / 4)), 0x5a);
  fs.writeSync(fd, junk, 0, junk.length, Math.floor(size / 2));
  fs.closeSync(fd);
}

describe('integrity at open', () => {
  it('a corrupt database is detected at open and names the newest good backup', async () => {
    const t = await open();
    expectOk(await t.call('backup.now', {}));
    await t.close();
    const copy = path.join(t.dir, 'salinan.sqlite');
    fs.copyFileSync(t.dbPath, copy);
    corruptMiddle(copy);
    expect(backupFolderFor(copy)).toBe(path.join(t.dir, 'cadangan'));
    const started = performance.now();
    const err = await openDatabase(copy, { appVersion: 'uji' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DatabaseOpenError);
    const e = err as DatabaseOpenError;
    expect(e.reason).toBe('corrupt');
    expect(e.message).toMatch(/Cadangan baik terbaru: cadangan-.*\.sqlite/);
    expect(e.goodBackup).not.toBeNull();
    console.log(`buka + deteksi rusak: ${(performance.now() - started).toFixed(1)} ms`);

    // The host's way out: restore before opening, the corrupt file kept aside.
    const result = await restoreBeforeOpen(copy, e.goodBackup as string, 'uji');
    expect(result.setAside).not.toBeNull();
    const db = await openDatabase(copy, { appVersion: 'uji' });
    expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The restore is a row of the restored file's trail, naming the backup and the file kept aside.
    const trace = db.sqlite
      .prepare("SELECT actor, detail FROM system_events WHERE kind = 'pemulihan_cadangan'")
      .all() as { actor: string; detail: string }[];
    expect(trace).toHaveLength(1);
    expect(trace[0]?.detail).toContain(`Dipulihkan dari cadangan ${path.basename(e.goodBackup as string)}`);
    expect(trace[0]?.detail).toContain(path.basename(result.setAside as string));
    await db.close();
  });

  it('a large file is checked in the background: damage found later refuses writes until a restore', async () => {
    const t = await open();
    const made = expectOk(await t.call('backup.now', {}));
    await t.close();
    // One damaged page among the journal's, away from the schema and the newest rows.
    const fd = fs.openSync(t.dbPath, 'r+');
    const page = Math.floor(fs.statSync(t.dbPath).size / 4096 / 3) * 4096;
    fs.writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, page);
    fs.closeSync(fd);

    const again = await openTestApp({ dir: t.dir, syncCheckBytes: 0 });
    const problem = await again.app.integrity;
    expect(problem?.message).toMatch(/Database rusak .*Cadangan baik terbaru: cadangan-/s);
    expect(problem?.goodBackup).not.toBeNull();
    expect(expectOk(await again.call('system.status', {})).damaged).toMatch(/Database rusak/);
    const refused = expectErr(await again.call('desa.create', { name: 'Desa Sesudah Rusak' }), 'DATABASE');
    expect(refused.message).toMatch(/Perubahan tidak disimpan/);
    expect(again.errors.map((e) => e.message)).toContain('Pemeriksaan integritas database gagal');

    const restored = expectOk(await again.call('backup.restore', { fileName: made.backup.fileName }));
    expect(restored.undoPoint).toBeNull();
    expect(restored.setAside && fs.existsSync(restored.setAside)).toBe(true);
    expect(again.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(expectOk(await again.call('system.status', {})).damaged).toBeNull();
    expectOk(await again.call('desa.create', { name: 'Desa Sesudah Pulih' }));
    await again.cleanup();
  });

  it('quick_check time on the demo database', async () => {
    const t = await open();
    await t.close();
    const size = fs.statSync(t.dbPath).size;
    const db = new BetterSqlite3(t.dbPath, { readonly: true });
    const started = performance.now();
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    const ms = performance.now() - started;
    db.close();
    console.log(`quick_check demo (${(size / 1024).toFixed(0)} KB): ${ms.toFixed(2)} ms`);
  });
});
