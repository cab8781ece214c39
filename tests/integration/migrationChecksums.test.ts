import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/connection';
import { DatabaseOpenError } from '../../main/db/errors';
import { MIGRATIONS } from '../../main/db/migrations';
import { backupPathFor, type Migration, migrationChecksum } from '../../main/db/migrator';
import { DEFAULT_CHART, parentCode } from '../../main/ledger/defaultChart';
import { DEFAULT_CHECKLIST, DEFAULT_TEMPLATE_NAME } from '../../main/praaudit/defaultChecklist';
import { makeTempDir } from './helpers';

const now = () => new Date('2025-02-03T04:05:06.789Z');
const m1: Migration = {
  version: 1,
  name: 'satu',
  sql: 'CREATE TABLE things (id INTEGER PRIMARY KEY) STRICT;',
};
const m2: Migration = {
  version: 2,
  name: 'dua',
  sql: 'CREATE TABLE extras (id INTEGER PRIMARY KEY) STRICT;',
};

let dir: string;
let dbPath: string;

beforeEach(() => {
  dir = makeTempDir();
  dbPath = path.join(dir, 'audit-upk.sqlite');
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function create(migrations: readonly Migration[]): Promise<void> {
  await (await openDatabase(dbPath, { appVersion: '0.0.1', migrations, now })).close();
}

async function refusal(migrations: readonly Migration[]): Promise<DatabaseOpenError> {
  const err: unknown = await openDatabase(dbPath, { appVersion: '0.0.2', migrations, now }).then(
    async (db) => {
      await db.close();
      return null;
    },
    (e: unknown) => e,
  );
  if (!(err instanceof DatabaseOpenError))
    return expect.fail(`expected DatabaseOpenError, got ${String(err)}`);
  return err;
}

function recorded(file: string): unknown[] {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    return raw.prepare('SELECT version, checksum FROM schema_migrations ORDER BY version').all();
  } finally {
    raw.close();
  }
}

describe('migration checksums', () => {
  it('the released migrations keep the checksums they were released with', () => {
    // Written down when checksums were introduced; a released migration is never edited.
    const released: Array<[number, string]> = [
      [1, 'd27353c31c618790d7eb7dc84545dd453493b280cb146c96633f47e5ec80bcba'],
      [2, '4da7d968d350c7cbf1c5060a727f7515b37efe6c0b1e4857aad6043b4b0fc7f6'],
      [3, 'b06110fc7a0e11941ec97bf9f13254ea30a30abd5f263ceb4477372bd9a37428'],
      [4, 'c155033c1cbcabbb6dfa85ad68d04864f4ab760a3a67da0e128bee2a0e50a10a'],
      [5, '4c201355917dbb302b40a37a23937f851da423a9312417df75b887a974218708'],
      [6, '69587927b8c422f67d3565213253245e4bda159aa0c24f4bc4fdb83e0af5586b'],
      [7, '73975d5bf7ade16e08e57d98da787b98cabdad1bd35c47418747a1eb616b304f'],
    ];
    for (const [version, checksum] of released) {
      const migration = MIGRATIONS.find((m) => m.version === version);
      expect(migration && migrationChecksum(migration), `migrasi ${version}`).toBe(checksum);
    }
  });

  it('records the checksum of every migration it applies', async () => {
    await create([m1, m2]);
    expect(recorded(dbPath)).toEqual([
      { version: 1, checksum: createHash('sha256').update(m1.sql).digest('hex') },
      { version: 2, checksum: createHash('sha256').update(m2.sql).digest('hex') },
    ]);
  });

  it('a migration edited after release is refused, with the file left as it was', async () => {
    await create([m1, m2]);
    const before = sha256(dbPath);
    const edited: Migration = { ...m1, sql: 'CREATE TABLE things (id INTEGER PRIMARY KEY, x TEXT) STRICT;' };
    const err = await refusal([edited, m2]);
    expect(err.reason).toBe('migration-changed');
    expect(err.message).toBe(
      'Migrasi 1 ("satu") di aplikasi ini berbeda dari yang dulu diterapkan pada database ini ' +
        '(migrasi yang sudah dirilis telah diubah). Aplikasi ini tidak membukanya agar data tidak rusak; ' +
        'berkas ini tidak diubah. Gunakan versi Audit UPK resmi atau hubungi pengembang.',
    );
    expect(sha256(dbPath)).toBe(before);
  });

  it('an edited released migration of the app itself is refused too', async () => {
    await (await openDatabase(dbPath, { appVersion: '0.0.1', now })).close();
    const edited = MIGRATIONS.map((m) => (m.version === 2 ? { ...m, sql: `${m.sql} ` } : m));
    const err = await refusal(edited);
    expect(err.reason).toBe('migration-changed');
    expect(err.message).toMatch(/^Migrasi 2 \("bagan akun, jurnal, buku kas dan bank"\)/);
  });

  it('a database that recorded a migration this app does not have is refused', async () => {
    await create([m1, m2]);
    const err = await refusal([m1, { ...m2, version: 3 }]);
    expect(err.reason).toBe('migration-changed');
    expect(err.message).toMatch(/migrasi 2 \("dua"\) yang tidak ada di aplikasi ini/);
  });

  it('a database from before checksums gets them recorded on its first open, then is checked', async () => {
    await create([m1, m2]);
    const raw = new BetterSqlite3(dbPath);
    raw.exec('ALTER TABLE schema_migrations DROP COLUMN checksum');
    raw.close();
    await create([m1, m2]);
    expect(recorded(dbPath)).toEqual([
      { version: 1, checksum: migrationChecksum(m1) },
      { version: 2, checksum: migrationChecksum(m2) },
    ]);
    expect((await refusal([m1, { ...m2, sql: `${m2.sql}\n` }])).reason).toBe('migration-changed');
  });

  it('a pre-migration backup that cannot be made stops the migration, version unchanged', async () => {
    await create([m1]);
    const later = new Date('2025-06-07T08:09:10.111Z');
    fs.mkdirSync(backupPathFor(dbPath, 1, later)); // the copy's name is taken by a folder
    const err: unknown = await openDatabase(dbPath, {
      appVersion: '0.0.2',
      migrations: [m1, m2],
      now: () => later,
    })
      .then((db) => db.close())
      .catch((e: unknown) => e);
    if (!(err instanceof DatabaseOpenError))
      return expect.fail(`expected DatabaseOpenError, got ${String(err)}`);
    expect(err.reason).toBe('backup-failed');
    expect(err.message).toMatch(
      /^Cadangan sebelum migrasi tidak lolos pemeriksaan .* migrasi tidak dijalankan/,
    );
    expect(recorded(dbPath)).toEqual([{ version: 1, checksum: migrationChecksum(m1) }]);
  });

  it('the pre-migration backup is a checked, self-contained copy', async () => {
    await create([m1]);
    const db = await openDatabase(dbPath, { appVersion: '0.0.2', migrations: [m1, m2], now });
    const backup = db.migration.backupPath ?? '';
    await db.close();
    const raw = new BetterSqlite3(backup, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(raw.pragma('quick_check', { simple: true })).toBe('ok');
      expect(raw.pragma('user_version', { simple: true })).toBe(1);
    } finally {
      raw.close();
    }
  });
});

describe('seeded defaults frozen inside migrations 002 and 004', () => {
  it('seed exactly the rows of the default chart and checklist', async () => {
    const database = await openDatabase(dbPath, { appVersion: '0.0.1', now });
    try {
      const { sqlite } = database;
      const accounts = sqlite
        .prepare(
          `SELECT a.code, a.name, a.type, a.normal_side, p.code AS parent, a.money_kind, a.active
           FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id ORDER BY a.id`,
        )
        .all()
        // Migration 011 adds the import suspense account after the frozen chart of 002.
        .filter((a) => (a as { code: string }).code !== '2.1.09');
      expect(accounts).toEqual(
        DEFAULT_CHART.map((a) => ({
          code: a.code,
          name: a.name,
          type: a.type,
          normal_side: a.normal,
          parent: parentCode(a.code),
          money_kind: a.money ?? null,
          active: 1,
        })),
      );
      expect(sqlite.prepare('SELECT id, name, active FROM checklist_templates').all()).toEqual([
        { id: 1, name: DEFAULT_TEMPLATE_NAME, active: 1 },
      ]);
      expect(
        sqlite.prepare('SELECT id, template_id, version, status, published_by FROM checklist_versions').all(),
      ).toEqual([{ id: 1, template_id: 1, version: 1, status: 'terbit', published_by: 'aplikasi' }]);
      const sections = sqlite
        .prepare('SELECT version_id, code, title, sort FROM checklist_sections ORDER BY id')
        .all();
      expect(sections).toEqual(
        DEFAULT_CHECKLIST.map((s, i) => ({ version_id: 1, code: s.code, title: s.title, sort: i })),
      );
      const items = sqlite
        .prepare(
          `SELECT i.version_id, s.code AS section, i.code, i.text, i.help, i.default_severity, i.applies_to, i.sort
           FROM checklist_items i JOIN checklist_sections s ON s.id = i.section_id ORDER BY i.id`,
        )
        .all();
      expect(items).toEqual(
        DEFAULT_CHECKLIST.flatMap((s) =>
          s.items.map((item, i) => ({
            version_id: 1,
            section: s.code,
            code: item.code,
            text: item.text,
            help: item.help ?? null,
            default_severity: item.severity,
            applies_to: JSON.stringify(item.appliesTo ?? s.appliesTo ?? []),
            sort: i,
          })),
        ),
      );
    } finally {
      await database.close();
    }
  });
});
