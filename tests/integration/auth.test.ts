import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dispatch } from '../../main/core/dispatch';
import { DEMO_PASSWORD, DEMO_USERS } from '../../main/demo/demoUsers';
import { ipcHandler } from '../../main/security/electronPolicy';
import { startHttpHost } from '../../main/server/httpHost';
import { REQUEST_ACCESS, roleMay } from '../../shared/auth/access';
import { ROLES, type Role, type SessionUser } from '../../shared/auth/auth';
import { contract, type Envelope, REQUEST_NAMES, type RequestName } from '../../shared/contract';
import { SESSION_HEADER } from '../../shared/contract/bridge';
import { VALID } from '../fixtures/validInputs';
import { expectErr, expectOk, openTestApp, snapshot, type TestApp } from './helpers';

const opened: TestApp[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const t of opened.splice(0)) await t.cleanup();
});

async function open(demo: boolean): Promise<TestApp> {
  const t = await openTestApp({ demo });
  opened.push(t);
  return t;
}

const changes = (t: TestApp) => t.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
const as = (t: TestApp, caller: string) => (name: RequestName, input: unknown) =>
  t.app.dispatch(name, input, caller);

async function signIn(t: TestApp, caller: string, username: string, password = DEMO_PASSWORD) {
  return expectOk(
    (await t.app.dispatch('auth.login', { username, password }, caller)) as Envelope<SessionUser>,
  );
}

/** Requests with which a signed-in user acts on their own account: every role may make them. */
const OWN_ACCOUNT: RequestName[] = ['auth.login', 'auth.setup', 'auth.changePassword'];

describe('first run and login', () => {
  it('the first person creates the admin and is signed in; a second setup is refused', async () => {
    const t = await open(false);
    const call = as(t, 'http:tab-one-0000000000');
    expect(expectOk(await call('auth.status', {}))).toMatchObject({ needsSetup: true, user: null });
    expectErr(await call('desa.list', {}), 'UNAUTHENTICATED');
    const admin = expectOk(
      await call('auth.setup', { username: 'admin', fullName: 'Dewi Lestari', password: 'rahasia-123' }),
    );
    expect(admin).toMatchObject({ username: 'admin', role: 'admin', mustChangePassword: false });
    expectOk(await call('desa.list', {}));
    const other = as(t, 'http:tab-two-0000000000');
    const before = snapshot(t.sqlite);
    expectErr(
      await other('auth.setup', { username: 'x', fullName: 'X', password: 'rahasia-123' }),
      'CONFLICT',
    );
    expect(snapshot(t.sqlite)).toEqual(before);
    // A second tab is not signed in by the first tab's login.
    expectErr(await other('desa.list', {}), 'UNAUTHENTICATED');
    const hash = t.sqlite.prepare('SELECT password_hash FROM users').pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hash).not.toContain('rahasia');
  });

  it('a wrong password is refused and writes nothing; five lock the name; an admin reset unlocks', async () => {
    const t = await open(true);
    const call = as(t, 'http:tab-login-000000000');
    const before = changes(t);
    for (let i = 0; i < 5; i++) {
      const e = expectErr(
        await call('auth.login', { username: 'bendahara', password: 'salah-sandi' }),
        'UNAUTHENTICATED',
      );
      expect(e.message).toBe('Nama pengguna atau kata sandi salah.');
    }
    expect(changes(t)).toBe(before);
    // Locked now, even with the right password; an unknown name answers like a wrong password.
    expectErr(await call('auth.login', { username: 'bendahara', password: DEMO_PASSWORD }), 'FORBIDDEN');
    expectErr(
      await call('auth.login', { username: 'tidak.ada', password: DEMO_PASSWORD }),
      'UNAUTHENTICATED',
    );
    const admin = as(t, 'http:tab-admin-000000000');
    await signIn(t, 'http:tab-admin-000000000', 'admin');
    expectOk(await admin('user.resetPassword', { id: 2, password: 'sementara-1' }));
    const user = await signIn(t, 'http:tab-login-000000000', 'bendahara', 'sementara-1');
    expect(user.mustChangePassword).toBe(true);
    // With a temporary password: reading yes, working no, until it is changed.
    expectOk(await call('journal.get', { id: 1 }));
    expect(expectErr(await call('journal.void', { id: 1, reason: 'uji' }), 'FORBIDDEN').message).toMatch(
      /Ganti dulu kata sandi/,
    );
    expectOk(await call('auth.changePassword', { oldPassword: 'sementara-1', newPassword: 'milik-saya-1' }));
    expectErr(await call('journal.void', { id: 999_999, reason: 'uji' }), 'NOT_FOUND');
  });

  it('a session ends after the idle time, on the next request', async () => {
    const t = await open(true);
    const call = as(t, 'http:tab-idle-0000000000');
    await signIn(t, 'http:tab-idle-0000000000', 'pemeriksa');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 14 * 60_000);
    expectOk(await call('exam.list', {}));
    vi.setSystemTime(Date.now() + 15 * 60_000 + 1000);
    expect(expectErr(await call('exam.list', {}), 'UNAUTHENTICATED').message).toMatch(/lama tidak dipakai/);
    expectErr(await call('exam.list', {}), 'UNAUTHENTICATED');
  });

  it('records the signed-in user as the actor of what they write', async () => {
    const t = await open(true);
    await signIn(t, 'http:tab-actor-000000000', 'bendahara');
    const posted = expectOk(await as(t, 'http:tab-actor-000000000')('journal.quick', VALID['journal.quick']));
    const id = (posted as { entry: { id: number } }).entry.id;
    expect(t.sqlite.prepare('SELECT created_by FROM journal_entries WHERE id = ?').pluck().get(id)).toBe(
      'Siti Nurhayati, S.Ak. (bendahara)',
    );
  });

  it('deactivating a user ends their session; the last admin cannot be removed', async () => {
    const t = await open(true);
    const admin = as(t, 'http:tab-admin-000000000');
    await signIn(t, 'http:tab-admin-000000000', 'admin');
    const reader = as(t, 'http:tab-reader-00000000');
    await signIn(t, 'http:tab-reader-00000000', 'pembaca');
    expectOk(await reader('desa.list', {}));
    expectOk(await admin('user.setActive', { id: 4, active: false }));
    expectErr(await reader('desa.list', {}), 'UNAUTHENTICATED');
    expectErr(await reader('auth.login', { username: 'pembaca', password: DEMO_PASSWORD }), 'FORBIDDEN');
    const before = snapshot(t.sqlite);
    expectErr(
      await admin('user.update', { id: 1, fullName: 'Admin', role: 'pembaca', officerId: null }),
      'CONFLICT',
    );
    expectErr(await admin('user.setActive', { id: 1, active: false }), 'CONFLICT');
    expect(snapshot(t.sqlite)).toEqual(before);
  });
});

describe('the role table, for every role × request', () => {
  it('names every request of the contract, and no write is open to every signed-in role except one’s own account', () => {
    expect(Object.keys(REQUEST_ACCESS).sort()).toEqual([...REQUEST_NAMES].sort());
    for (const name of REQUEST_NAMES) {
      const access = REQUEST_ACCESS[name];
      if (contract[name].write && !OWN_ACCOUNT.includes(name)) {
        expect(Array.isArray(access), `${name} is a write`).toBe(true);
        expect(roleMay('pembaca', name), name).toBe(false);
      }
    }
  });

  it('refuses every pair the table refuses (nothing written) and lets every other pair through', async () => {
    const t = await open(true);
    const callers = Object.fromEntries(
      await Promise.all(
        DEMO_USERS.map(async (u) => {
          const caller = `http:role-${u.role}-000000000`;
          await signIn(t, caller, u.username);
          return [u.role, as(t, caller)] as const;
        }),
      ),
    ) as Record<Role, ReturnType<typeof as>>;
    let checked = 0;
    for (const role of ROLES) {
      for (const name of REQUEST_NAMES) {
        const before = changes(t);
        if (roleMay(role, name)) {
          // A probe no schema accepts: the answer comes from validation, i.e. past the role check.
          const env = await callers[role](name, { __probe: true });
          expect(env.ok || env.error.code, `${role} × ${name}`).toBe('VALIDATION');
        } else {
          const env = await callers[role](name, VALID[name]);
          expect(env.ok || env.error.code, `${role} × ${name}`).toBe('FORBIDDEN');
        }
        expect(changes(t), `${role} × ${name} wrote`).toBe(before);
        checked++;
      }
    }
    expect(checked).toBe(ROLES.length * REQUEST_NAMES.length);
  });

  it('a Pembaca cannot write through either transport: HTTP host and Electron IPC', async () => {
    const t = await open(true);
    const writes = REQUEST_NAMES.filter((n) => contract[n].write && !OWN_ACCOUNT.includes(n));
    const initial = snapshot(t.sqlite);

    const host = await startHttpHost({ dispatch: t.app.dispatch, staticRoot: t.dir, token: 'tok', port: 0 });
    try {
      const tab = 'pembaca-tab-key-00000001';
      const post = async (name: string, input: unknown, session?: string): Promise<Envelope<unknown>> => {
        const headers: Record<string, string> = {
          'Content-Type': 'application/json',
          Authorization: 'Bearer tok',
        };
        if (session) headers[SESSION_HEADER] = session;
        const r = await fetch(`${host.url}api/${name}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input),
        });
        return (await r.json()) as Envelope<unknown>;
      };
      // Token alone is not enough: without a login session only the login screen's requests answer.
      expectErr(await post('desa.create', VALID['desa.create']), 'UNAUTHENTICATED');
      expectErr(
        await post('auth.login', { username: 'pembaca', password: DEMO_PASSWORD }),
        'UNAUTHENTICATED',
      );
      expectOk(await post('auth.login', { username: 'pembaca', password: DEMO_PASSWORD }, tab));
      const afterLogin = snapshot(t.sqlite);
      for (const name of writes) expectErr(await post(name, VALID[name], tab), 'FORBIDDEN');
      expect(snapshot(t.sqlite)).toEqual(afterLogin);
    } finally {
      await host.close();
    }

    const handle = ipcHandler(t.app.dispatch as Dispatch);
    const frame = { senderFrame: { url: 'app://audit-upk/index.html' }, sender: { id: 3 } };
    expectOk(await handle(frame, 'auth.login', { username: 'pembaca', password: DEMO_PASSWORD }));
    const afterIpcLogin = snapshot(t.sqlite);
    for (const name of writes) expectErr(await handle(frame, name, VALID[name]), 'FORBIDDEN');
    // Another window (webContents) is not signed in by the first one.
    expectErr(await handle({ ...frame, sender: { id: 4 } }, 'desa.list', {}), 'UNAUTHENTICATED');
    expect(snapshot(t.sqlite)).toEqual(afterIpcLogin);
    // Only the two logins changed anything (the last-login time, and its rows in the audit trail).
    // Only the logins wrote: the users' last-login time, and its audit rows.
    const users = (s: Record<string, unknown[]>) => ({ ...s, users: [], audit_log: [], audit_session: [] });
    expect(users(snapshot(t.sqlite))).toEqual(users(initial));
    const audited = t.sqlite.prepare('SELECT DISTINCT table_name FROM audit_log WHERE id > ?').pluck();
    expect(audited.all((initial.audit_log ?? []).length)).toEqual(['users']);
  });
});
