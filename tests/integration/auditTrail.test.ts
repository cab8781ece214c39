import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { sealAuditLog } from '../../main/audit/auditChain';
import { OUTSIDE_APP_ACTOR } from '../../main/audit/auditTriggers';
import { sha256 } from '../../main/core/snapshot';
import { DEMO_PASSWORD } from '../../main/demo/demoUsers';
import type { IntegrityReport } from '../../shared/audit/audit';
import type { Envelope, InputOf, RequestName, ResultOf } from '../../shared/contract';
import { VALID } from '../fixtures/validInputs';
import { expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

const CALLER = 'ipc:jejak-audit-uji';
const ADMIN_ACTOR = 'Admin Kantor Contoh (admin)';

async function open(dir?: string): Promise<TestApp> {
  const t = await openTestApp({ demo: true, dir });
  opened.push(t);
  return t;
}

/** Signs in as the demo admin in one window and returns a caller for that window. */
async function admin(t: TestApp) {
  expectOk(await t.app.dispatch('auth.login', { username: 'admin', password: DEMO_PASSWORD }, CALLER));
  return <K extends RequestName>(name: K, input: InputOf<K>) =>
    t.app.dispatch(name, input, CALLER) as Promise<Envelope<ResultOf<K>>>;
}

interface LogRow {
  id: number;
  actor: string;
  table_name: string;
  row_id: string;
  action: string;
  before_json: string | null;
  after_json: string | null;
  hash: string | null;
}

const auditRows = (sqlite: BetterSqlite3.Database, table: string) =>
  sqlite.prepare('SELECT * FROM audit_log WHERE table_name = ? ORDER BY id').all(table) as LogRow[];
const auditCount = (sqlite: BetterSqlite3.Database) =>
  sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

async function integrity(t: TestApp): Promise<IntegrityReport> {
  return expectOk(await t.call('integrity.check', {}));
}

/** Closes the app and opens the file with a plain better-sqlite3 connection: another program. */
async function behindTheAppsBack(
  t: TestApp,
  tamper: (raw: BetterSqlite3.Database) => void,
): Promise<TestApp> {
  await t.close();
  const raw = new BetterSqlite3(t.dbPath);
  try {
    tamper(raw);
  } finally {
    raw.close();
  }
  return open(t.dir);
}

describe('audit trail', () => {
  it('records every change made through dispatch with its actor, before and after; sealed into the chain', async () => {
    const t = await open();
    const call = await admin(t);
    const before = auditCount(t.sqlite);
    expectOk(await call('desa.update', VALID['desa.update']));
    const rows = auditRows(t.sqlite, 'desa').filter((r) => r.action === 'update');
    expect(rows).toHaveLength(1);
    const row = rows[0] as LogRow;
    expect(row).toMatchObject({ actor: ADMIN_ACTOR, row_id: '1', action: 'update' });
    expect(JSON.parse(row.before_json ?? '{}')).toMatchObject({ id: 1, name: 'Sukamaju' });
    expect(JSON.parse(row.after_json ?? '{}')).toMatchObject({
      id: 1,
      name: 'Sukamaju Baru',
      kepala_desa: 'Kepala Baru',
    });
    expect(auditCount(t.sqlite)).toBeGreaterThan(before);

    // The listing: newest first, filtered, with only the changed fields.
    const page = expectOk(await call('audit.list', { table: 'desa', text: 'Sukamaju Baru' }));
    expect(page.rows[0]).toMatchObject({
      table: 'desa',
      rowId: '1',
      action: 'update',
      actor: ADMIN_ACTOR,
      sealed: true,
    });
    const fields = page.rows[0]?.changes.map((c) => c.field);
    expect(fields).toContain('name');
    expect(fields).not.toContain('id');
    expect(page.rows[0]?.changes.find((c) => c.field === 'name')).toEqual({
      field: 'name',
      before: 'Sukamaju',
      after: 'Sukamaju Baru',
    });
    expect(page.tables).toContain('desa');
    expect(page.tables).not.toContain('audit_log');
    expect(expectOk(await call('audit.list', { actor: 'tidak-ada-orang-ini' })).rows).toEqual([]);

    // Every row is sealed after the request; the whole chain verifies, and so does every document.
    expect(t.sqlite.prepare('SELECT count(*) FROM audit_log WHERE hash IS NULL').pluck().get()).toBe(0);
    const report = await integrity(t);
    expect(report.chain).toMatchObject({ ok: true, unsealed: 0, problems: [] });
    expect(report.ok).toBe(true);
    expect(report.documents.filter((d) => d.kind === 'pemeriksaan_kas').length).toBeGreaterThanOrEqual(1);
    expect(report.documents.filter((d) => d.kind === 'pra_audit').length).toBeGreaterThanOrEqual(1);
    for (const doc of report.documents) {
      expect(doc, doc.label).toMatchObject({ ok: true, snapshotOk: true, auditOk: true, problems: [] });
      expect(doc.auditRowId).not.toBeNull();
    }
    // Passwords never reach the trail.
    const users = auditRows(t.sqlite, 'users');
    expect(users.length).toBeGreaterThan(0);
    for (const u of users) expect(`${u.before_json}${u.after_json}`).not.toMatch(/scrypt/);
  });

  it('writes the audit row in the same transaction: a refused or rolled-back change leaves none', async () => {
    const t = await open();
    const call = await admin(t);
    // Refused by the service after validation: nothing at all changes, the trail and its session included.
    await refusedUnchanged(
      t,
      () => call('desa.create', { ...VALID['desa.create'], name: 'Sukamaju' }),
      'CONFLICT',
    );
    // A transaction that fails after its insert takes the audit row with it.
    const count = auditCount(t.sqlite);
    expect(() =>
      t.sqlite.transaction(() => {
        t.sqlite
          .prepare(
            "INSERT INTO desa (name, code, kepala_desa, active, created_at, updated_at) VALUES ('X', '99.99', 'Y', 1, 'a', 'a')",
          )
          .run();
        expect(auditCount(t.sqlite)).toBe(count + 1);
        throw new Error('batal');
      })(),
    ).toThrow('batal');
    expect(auditCount(t.sqlite)).toBe(count);
  });

  it('refuses to update or delete audit rows through SQL; sealing happens once', async () => {
    const t = await open();
    await admin(t);
    sealAuditLog(t.sqlite);
    const raw = new BetterSqlite3(t.dbPath);
    try {
      expect(() => raw.prepare("UPDATE audit_log SET actor = 'orang lain' WHERE id = 1").run()).toThrow(
        /Jejak audit tidak boleh diubah/,
      );
      expect(() =>
        raw.prepare('UPDATE audit_log SET hash = NULL, prev_hash = NULL WHERE id = 1').run(),
      ).toThrow(/tidak boleh diubah/);
      expect(() => raw.prepare("UPDATE audit_log SET hash = 'x' WHERE id = 1").run()).toThrow(
        /tidak boleh diubah/,
      );
      expect(() => raw.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(
        /Jejak audit tidak boleh dihapus/,
      );
      expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow(/tidak boleh dihapus/);
      // Another program's change is still recorded, as made outside the app.
      raw.prepare("UPDATE desa SET kepala_desa = 'Diubah dari luar' WHERE id = 1").run();
    } finally {
      raw.close();
    }
    const last = auditRows(t.sqlite, 'desa').at(-1) as LogRow;
    expect(last.actor).toBe(OUTSIDE_APP_ACTOR);
    expect(JSON.parse(last.after_json ?? '{}').kepala_desa).toBe('Diubah dari luar');
    // The dispatch's error mapping passes the trigger's words through.
    const report = await integrity(t);
    expect(report.chain.ok).toBe(true);
    expect(report.chain.unsealed).toBe(1);
  });

  it('names a finalised cash examination whose snapshot was altered behind the app', async () => {
    let t = await open();
    const exam = t.sqlite
      .prepare("SELECT id, number, snapshot FROM examinations WHERE status != 'draft' ORDER BY id LIMIT 1")
      .get() as { id: number; number: string; snapshot: string };
    const parsed = JSON.parse(exam.snapshot) as { exam: { place: string } };
    expect(typeof parsed.exam.place).toBe('string');
    t = await behindTheAppsBack(t, (raw) => {
      raw.exec('DROP TRIGGER examinations_frozen');
      const altered = exam.snapshot.replace(
        JSON.stringify(parsed.exam.place),
        JSON.stringify('Tempat yang dipalsukan'),
      );
      expect(altered).not.toBe(exam.snapshot);
      raw.prepare('UPDATE examinations SET snapshot = ? WHERE id = ?').run(altered, exam.id);
    });
    const report = await integrity(t);
    expect(report.ok).toBe(false);
    // The trail recorded the change (made outside the app) and stays intact.
    expect(report.chain.ok).toBe(true);
    const bad = report.documents.filter((d) => !d.ok);
    expect(bad.map((d) => [d.kind, d.number])).toEqual([['pemeriksaan_kas', exam.number]]);
    const doc = bad[0];
    expect(doc).toMatchObject({ snapshotOk: false, auditOk: false });
    const text = doc?.problems.join('\n') ?? '';
    expect(text).toContain(exam.number);
    expect(text).toContain('exam.place');
    expect(text).toContain('Tempat yang dipalsukan');
    expect(text).toContain(OUTSIDE_APP_ACTOR);
  });

  it('names a pra-audit whose snapshot and hash were rewritten together, triggers dropped', async () => {
    let t = await open();
    const audit = t.sqlite
      .prepare("SELECT id, number, snapshot FROM pra_audits WHERE status != 'draft' ORDER BY id LIMIT 1")
      .get() as { id: number; number: string; snapshot: string };
    const forged = audit.snapshot.replace(/"conclusion":"[^"]*"/, '"conclusion":"Semua baik (palsu)"');
    expect(forged).not.toBe(audit.snapshot);
    t = await behindTheAppsBack(t, (raw) => {
      raw.exec('DROP TRIGGER pra_audits_frozen; DROP TRIGGER audit_trg_pra_audits_update;');
      raw
        .prepare('UPDATE pra_audits SET snapshot = ?, snapshot_hash = ? WHERE id = ?')
        .run(forged, sha256(forged), audit.id);
    });
    const report = await integrity(t);
    expect(report.ok).toBe(false);
    expect(report.chain.ok).toBe(true);
    const bad = report.documents.filter((d) => !d.ok);
    expect(bad.map((d) => [d.kind, d.number])).toEqual([['pra_audit', audit.number]]);
    // The hash matches its (forged) content; the finalisation's audit row does not.
    expect(bad[0]).toMatchObject({ snapshotOk: true, auditOk: false });
    const text = bad[0]?.problems.join('\n') ?? '';
    expect(text).toContain('conclusion');
    expect(text).toContain('Semua baik (palsu)');
    expect(text).toMatch(/sidik \(hash\) yang tersimpan/);
    // At the next open the dropped audit trigger is back.
    expect(
      t.sqlite
        .prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'audit_trg_pra_audits_update'")
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('names the audit row whose content was altered after sealing', async () => {
    let t = await open();
    const call = await admin(t);
    expectOk(await call('desa.update', VALID['desa.update']));
    const target = auditRows(t.sqlite, 'desa').find((r) => r.action === 'update') as LogRow;
    t = await behindTheAppsBack(t, (raw) => {
      raw.exec('DROP TRIGGER audit_log_no_update');
      raw
        .prepare('UPDATE audit_log SET after_json = replace(after_json, ?, ?) WHERE id = ?')
        .run('Sukamaju Baru', 'Sukamaju Lain', target.id);
    });
    const report = await integrity(t);
    expect(report.ok).toBe(false);
    expect(report.chain.ok).toBe(false);
    expect(report.chain.problems).toHaveLength(1);
    expect(report.chain.firstBreak).toMatchObject({ kind: 'isi_diubah', id: target.id, table: 'desa' });
    expect(report.chain.firstBreak?.message).toContain(`#${target.id}`);
    // Documents are untouched.
    expect(report.documents.every((d) => d.ok)).toBe(true);
  });

  it('names the gap where a row in the middle was deleted, and rows removed from the end', async () => {
    let t = await open();
    await admin(t);
    const { middle, newest } = t.sqlite
      .prepare('SELECT max(id) / 2 AS middle, max(id) AS newest FROM audit_log')
      .get() as { middle: number; newest: number };
    const table = t.sqlite
      .prepare('SELECT table_name FROM audit_log WHERE id = ?')
      .pluck()
      .get(middle + 1);
    t = await behindTheAppsBack(t, (raw) => {
      raw.exec('DROP TRIGGER audit_log_no_delete');
      raw.prepare('DELETE FROM audit_log WHERE id = ?').run(middle);
    });
    let report = await integrity(t);
    expect(report.chain.ok).toBe(false);
    expect(report.chain.problems).toHaveLength(1);
    expect(report.chain.firstBreak).toMatchObject({ kind: 'baris_hilang', id: middle + 1, table });
    expect(report.chain.firstBreak?.message).toContain(`#${middle}`);

    t = await behindTheAppsBack(t, (raw) => {
      // Put the trigger back afterwards: a trigger rebuilt at open is itself recorded in the trail,
      // which would turn the rows removed from the end into a gap in the middle.
      const noDelete = String(
        raw.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'audit_log_no_delete'`).pluck().get(),
      );
      raw.exec('DROP TRIGGER IF EXISTS audit_log_no_delete');
      raw.prepare('DELETE FROM audit_log WHERE id >= ?').run(newest - 1);
      raw.exec(noDelete);
    });
    report = await integrity(t);
    expect(report.chain.problems.map((p) => p.kind)).toEqual(['baris_hilang', 'baris_terbaru_hilang']);
    expect(report.chain.problems[1]?.message).toContain(`#${newest - 1}`);
  });
});
