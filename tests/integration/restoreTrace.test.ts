import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../main/demo/demoUsers';
import type { SessionUser } from '../../shared/auth/auth';
import type { BackupResult, RestoreResult } from '../../shared/backup/backup';
import type { Envelope, RequestName } from '../../shared/contract';
import { expectErr, expectOk, openTestApp, type TestApp } from './helpers';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

async function open(): Promise<TestApp> {
  const t = await openTestApp({ demo: true });
  opened.push(t);
  return t;
}

const as =
  (t: TestApp, caller: string) =>
  <T = unknown>(name: RequestName, input: unknown) =>
    t.app.dispatch(name, input, caller) as Promise<Envelope<T>>;

async function signIn(t: TestApp, caller: string, username: string, password = DEMO_PASSWORD) {
  return expectOk(
    (await t.app.dispatch('auth.login', { username, password }, caller)) as Envelope<SessionUser>,
  );
}

const events = (t: TestApp) =>
  t.sqlite
    .prepare(
      `SELECT l.actor, json_extract(l.after_json, '$.kind') AS kind, json_extract(l.after_json, '$.detail') AS detail,
         l.hash IS NOT NULL AS sealed
       FROM audit_log l WHERE l.table_name = 'system_events' ORDER BY l.id`,
    )
    .all() as { actor: string; kind: string; detail: string; sealed: number }[];

describe('restore leaves a trace and ends sessions', () => {
  it('a user created after a backup loses its admin session when that backup is restored; restore and undo are in the trail', async () => {
    const t = await open();
    const admin = as(t, 'ipc:admin-window');
    await signIn(t, 'ipc:admin-window', 'admin');
    const backup = expectOk(await admin<BackupResult>('backup.now', {}));
    expectOk(
      await admin('user.create', {
        username: 'penyusup',
        fullName: 'Penyusup',
        role: 'admin',
        password: 'sandi-awal-1',
      }),
    );
    const intruder = as(t, 'ipc:intruder-window');
    await signIn(t, 'ipc:intruder-window', 'penyusup', 'sandi-awal-1');
    // (must change the temporary password first; that is still a live admin session)
    expectOk(
      await intruder('auth.changePassword', { oldPassword: 'sandi-awal-1', newPassword: 'sandi-penyusup-2' }),
    );

    const restored = expectOk(
      await admin<RestoreResult>('backup.restore', { fileName: backup.backup.fileName }),
    );
    // Every session ended: the intruder cannot create another admin, and the admin signs in again.
    expectErr(
      await intruder('user.create', {
        username: 'penyusup2',
        fullName: 'P2',
        role: 'admin',
        password: 'sandi-awal-1',
      }),
      'UNAUTHENTICATED',
    );
    expectErr(await admin('desa.list', {}), 'UNAUTHENTICATED');
    expect(t.sqlite.prepare("SELECT count(*) FROM users WHERE username LIKE 'penyusup%'").pluck().get()).toBe(
      0,
    );

    const afterRestore = events(t);
    expect(afterRestore).toHaveLength(1);
    expect(afterRestore[0]).toMatchObject({
      actor: 'Admin Kantor Contoh (admin)',
      kind: 'pemulihan_cadangan',
      sealed: 1,
    });
    expect(afterRestore[0]?.detail).toContain(`Dipulihkan dari cadangan ${backup.backup.fileName}`);
    expect(afterRestore[0]?.detail).toContain(`disimpan sebagai cadangan ${restored.undoPoint?.fileName}`);

    await signIn(t, 'ipc:admin-window', 'admin');
    expectOk(await admin('backup.undoRestore', {}));
    expectErr(await admin('desa.list', {}), 'UNAUTHENTICATED');
    // The undo point is the file from before the restore (the intruder is back) plus the undo's own row.
    expect(t.sqlite.prepare("SELECT count(*) FROM users WHERE username = 'penyusup'").pluck().get()).toBe(1);
    const afterUndo = events(t);
    expect(afterUndo.map((e) => e.kind)).toEqual(['batal_pemulihan']);
    expect(afterUndo[0]?.detail).toContain(`kembali ke ${restored.undoPoint?.fileName}`);
    expect(expectOk(await t.call('integrity.check', {})).ok).toBe(true);
  });
});

describe('password change', () => {
  it("ends the user's sessions in other windows, not the one that changed it", async () => {
    const t = await open();
    await signIn(t, 'ipc:one', 'bendahara');
    await signIn(t, 'ipc:two', 'bendahara');
    await signIn(t, 'ipc:admin', 'admin');
    const one = as(t, 'ipc:one');
    expectOk(await one('auth.changePassword', { oldPassword: DEMO_PASSWORD, newPassword: 'sandi-baru-99' }));
    expectOk(await one('desa.list', {}));
    expectErr(await as(t, 'ipc:two')('desa.list', {}), 'UNAUTHENTICATED');
    expectOk(await as(t, 'ipc:admin')('desa.list', {}));
    // An admin's reset signs that user out everywhere.
    const id = t.sqlite.prepare("SELECT id FROM users WHERE username = 'bendahara'").pluck().get() as number;
    expectOk(await as(t, 'ipc:admin')('user.resetPassword', { id, password: 'sementara-123' }));
    expectErr(await one('desa.list', {}), 'UNAUTHENTICATED');
  });
});
