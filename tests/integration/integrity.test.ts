import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { wantedProtectiveTriggers } from '../../main/audit/protectiveTriggers';
import { MIGRATIONS } from '../../main/db/migrations';
import type { IntegrityReport } from '../../shared/audit/audit';
import { expectOk, openTestApp, type TestApp } from './helpers';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

async function open(dir?: string): Promise<TestApp> {
  const t = await openTestApp({ demo: true, dir });
  opened.push(t);
  return t;
}

async function check(t: TestApp): Promise<IntegrityReport> {
  return expectOk(await t.call('integrity.check', {}));
}

/** Stops the app, changes the file with a plain connection (another program), starts the app again. */
async function behindTheAppsBack(t: TestApp, sql: (raw: BetterSqlite3.Database) => void): Promise<TestApp> {
  await t.close();
  const raw = new BetterSqlite3(t.dbPath);
  try {
    sql(raw);
  } finally {
    raw.close();
  }
  return open(t.dir);
}

const messages = (r: IntegrityReport) => [
  ...r.findings.map((f) => f.message),
  ...r.documents.flatMap((d) => d.problems),
];

/** A Kas line inside the oldest locked period. */
function lockedKasLine(sqlite: BetterSqlite3.Database) {
  return sqlite
    .prepare(
      `SELECT l.id, l.entry_id, l.credit, l.debit, l.entry_date FROM journal_lines l
       JOIN accounts a ON a.id = l.account_id JOIN journal_entries e ON e.id = l.entry_id
       WHERE a.name LIKE 'Kas%' AND l.voided = 0
         AND (l.entry_date || ' ' || l.entry_time) <= (SELECT min(locked_until) FROM ledger_locks)
       ORDER BY l.id LIMIT 1`,
    )
    .get() as { id: number; entry_id: number; credit: number; debit: number; entry_date: string };
}

describe('integrity check', () => {
  it('finds nothing wrong in an untouched office, and every lock carries the digest of its journal', async () => {
    const t = await open();
    const report = await check(t);
    expect(messages(report)).toEqual([]);
    expect(report.ok).toBe(true);
    const locks = t.sqlite.prepare('SELECT digest FROM ledger_locks').pluck().all() as (string | null)[];
    expect(locks.length).toBeGreaterThan(0);
    for (const d of locks) expect(d).toMatch(/^[0-9a-f]{64}$/);
    // The latest report (for the Beranda) is the one made at open, and agrees.
    expect(expectOk(await t.call('integrity.latest', {})).ok).toBe(true);
  });

  it('a finalised berita acara turned back into a draft is not called genuine; its trigger comes back at open', async () => {
    let t = await open();
    const exam = t.sqlite
      .prepare(
        "SELECT id, number, snapshot_hash FROM examinations WHERE status != 'draft' ORDER BY id LIMIT 1",
      )
      .get() as { id: number; number: string; snapshot_hash: string };
    t = await behindTheAppsBack(t, (raw) => {
      raw.exec('DROP TRIGGER examinations_frozen');
      raw.prepare("UPDATE examinations SET status = 'draft' WHERE id = ?").run(exam.id);
    });
    const verdict = expectOk(await t.call('exam.verify', { number: exam.number, hash: exam.snapshot_hash }));
    expect(verdict.genuine).toBe(false);
    expect(verdict.message).toContain('kini berstatus draf');
    const report = await check(t);
    expect(report.ok).toBe(false);
    const doc = report.documents.find((d) => d.id === exam.id && d.kind === 'pemeriksaan_kas');
    expect(doc?.ok).toBe(false);
    expect(doc?.problems.join(' ')).toContain('kini berstatus draf');
    // The frozen trigger is back, the repair is reported and is a row of the audit trail.
    expect(
      t.sqlite.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'examinations_frozen'").pluck().get(),
    ).toBe(1);
    expect(
      report.findings.some((f) => f.area === 'pemicu' && f.message.includes('examinations_frozen')),
    ).toBe(true);
    const trail = t.sqlite
      .prepare(
        "SELECT after_json, hash FROM audit_log WHERE table_name = 'system_events' ORDER BY id DESC LIMIT 1",
      )
      .get() as { after_json: string; hash: string | null };
    expect(trail.after_json).toContain('examinations_frozen');
    expect(trail.hash).not.toBeNull();
  });

  it('names a changed journal line inside a locked period, the checkpoint that disagrees, and the unbalanced entry', async () => {
    let t = await open();
    const line = lockedKasLine(t.sqlite);
    t = await behindTheAppsBack(t, (raw) => {
      raw
        .prepare('UPDATE journal_lines SET credit = credit + 100000000, debit = 0 WHERE id = ?')
        .run(line.id);
    });
    const report = await check(t);
    expect(report.ok).toBe(false);
    const jurnal = report.findings.filter((f) => f.area === 'jurnal').map((f) => f.message);
    expect(jurnal.some((m) => m.includes(`Baris jurnal #${line.id}`) && m.includes('di luar aplikasi'))).toBe(
      true,
    );
    expect(
      jurnal.some((m) => m.startsWith(`Jurnal #${line.entry_id} `) && m.includes('tidak seimbang')),
    ).toBe(true);
    expect(report.findings.some((f) => f.area === 'saldo')).toBe(true);
    // The Beranda's report (made at open) says the same.
    const latest = expectOk(await t.call('integrity.latest', {}));
    expect(latest.findings.map((f) => f.message)).toEqual(report.findings.map((f) => f.message));
  });

  it('sees a moved date or a changed description inside a locked period, even with the audit triggers dropped', async () => {
    let t = await open();
    const line = lockedKasLine(t.sqlite);
    t = await behindTheAppsBack(t, (raw) => {
      for (const name of raw
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'audit_trg_journal%'")
        .pluck()
        .all() as string[])
        raw.exec(`DROP TRIGGER "${name}"`);
      raw
        .prepare("UPDATE journal_entries SET description = description || ' (diubah)' WHERE id = ?")
        .run(line.entry_id);
    });
    const report = await check(t);
    const jurnal = report.findings.filter((f) => f.area === 'jurnal').map((f) => f.message);
    expect(jurnal).toHaveLength(1);
    expect(jurnal[0]).toContain('telah berubah sejak dikunci');

    t = await behindTheAppsBack(t, (raw) => {
      raw.prepare("UPDATE journal_lines SET entry_date = '2099-01-01' WHERE id = ?").run(line.id);
    });
    const moved = await check(t);
    expect(
      moved.findings.some((f) => f.area === 'jurnal' && f.message.includes(`Baris jurnal #${line.id}`)),
    ).toBe(true);
  });

  it('reports a deleted lock', async () => {
    let t = await open();
    const lock = t.sqlite.prepare('SELECT id, reason FROM ledger_locks ORDER BY id LIMIT 1').get() as {
      id: number;
      reason: string;
    };
    t = await behindTheAppsBack(t, (raw) => {
      raw.exec('DROP TRIGGER ledger_locks_no_delete; DELETE FROM ledger_locks;');
    });
    const report = await check(t);
    const kunci = report.findings.filter((f) => f.area === 'kunci').map((f) => f.message);
    expect(kunci.some((m) => m.includes(lock.reason) && m.includes('telah dihapus'))).toBe(true);
    expect(report.ok).toBe(false);
  });

  it('rebuilds every protective trigger at open after all were dropped, and records it', async () => {
    let t = await open();
    const wanted = [...wantedProtectiveTriggers(MIGRATIONS.at(-1)?.version ?? 0).keys()];
    expect(wanted.length).toBeGreaterThan(40);
    t = await behindTheAppsBack(t, (raw) => {
      for (const name of raw
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
        .pluck()
        .all() as string[])
        raw.exec(`DROP TRIGGER "${name}"`);
    });
    const names = new Set(
      t.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger'").pluck().all(),
    );
    for (const name of wanted) expect(names.has(name), name).toBe(true);
    expect(t.errors.some((e) => e.message === 'Pemicu pelindung dipulihkan')).toBe(true);
    const event = t.sqlite
      .prepare("SELECT detail FROM system_events WHERE kind = 'pemicu_dipulihkan'")
      .pluck()
      .get();
    expect(String(event)).toContain(`${wanted.length} pemicu pelindung`);
    // Deleting is refused again.
    expect(() => t.sqlite.exec('DELETE FROM ledger_locks')).toThrow(/tidak boleh dihapus/);
  });

  it('finds an attachment whose bytes were changed', async () => {
    let t = await open();
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    t.sqlite
      .prepare(
        `INSERT INTO attachments (file_name, mime, size, sha256, content, attached_by, attached_at)
         VALUES ('foto.png', 'image/png', ?, ?, ?, 'uji', '2025-01-01T00:00:00.000Z')`,
      )
      .run(png.length, (await import('../../main/core/snapshot')).sha256(png), png);
    expect((await check(t)).findings).toEqual([]);
    t = await behindTheAppsBack(t, (raw) => {
      raw.exec('DROP TRIGGER attachments_no_update');
      const bad = Buffer.from(png);
      bad.fill(0, 20, 40);
      raw.prepare("UPDATE attachments SET content = ? WHERE file_name = 'foto.png'").run(bad);
    });
    const report = await check(t);
    expect(report.findings.filter((f) => f.area === 'lampiran').map((f) => f.message)).toEqual([
      expect.stringContaining('"foto.png": isinya tidak cocok lagi'),
    ]);
  });
});
