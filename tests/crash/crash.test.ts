import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../integration/helpers';
import { checkDatabase } from './check';
import { IMPORT_MARK } from './marks';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

describe('crash safety', () => {
  it('20 SIGKILLs at random moments: nothing committed lost, nothing half-written', () => {
    const run = spawnSync(process.execPath, ['scripts/crash-test.mjs', '--kills', '20'], {
      encoding: 'utf8',
      timeout: 170_000,
    });
    console.log(run.stdout);
    const summary = JSON.parse(run.stdout);
    expect(summary.failureList).toEqual([]);
    expect(run.status).toBe(0);
    expect(summary.kills).toBe(20);
    // The workers really did each kind of work (acknowledged commits), so the checks were not vacuous.
    // … including kills between an import's commit and its answer, each retried with its request id.
    for (const op of ['journal', 'import', 'exam', 'praAudit', 'backup', 'answer-lost', 'import-retried']) {
      expect(summary.operations[op] ?? 0, op).toBeGreaterThan(0);
    }
  }, 180_000);

  it('the checker notices a lost commit, a half import and a half finalisation', async () => {
    const t = await openTestApp({ demo: true });
    opened.push(t);
    await t.close();
    expect(checkDatabase(t.dbPath, []).failures).toEqual([]);

    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const db = new BetterSqlite3(t.dbPath);
    const insert = db.prepare(
      `INSERT INTO journal_entries (entry_date, entry_time, bukti, description, kind, created_by, created_at)
       VALUES ('2025-02-01', '08:00', ?, ?, 'umum', 'uji', '2025-02-01T00:00:00Z')`,
    );
    insert.run(`${IMPORT_MARK}9-1-0`, 'Impor uji 9-1 /3');
    insert.run(`${IMPORT_MARK}9-1-1`, 'Impor uji 9-1 /3');
    db.prepare(`UPDATE examinations SET number = 'X/1' WHERE status = 'draft'`).run();
    db.close();

    const { failures } = checkDatabase(t.dbPath, [
      { op: 'journal', id: 999_999, bukti: 'CRASH-J-0-0' },
      { op: 'praAudit', id: 2 },
    ]);
    expect(failures.join('\n')).toMatch(/journal entry 999999 .* missing/);
    expect(failures.join('\n')).toMatch(/import 9-1: 2 of 3 rows/);
    expect(failures.join('\n')).toMatch(/examinations \d+: draft with part of a finalisation/);
    expect(failures.join('\n')).toMatch(/pra_audits 2 acknowledged as final but is not/);
  });
});
