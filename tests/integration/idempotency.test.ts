import { afterEach, describe, expect, it } from 'vitest';
import { SYSTEM_CALLER } from '../../main/core/context';
import { DEMO_PASSWORD } from '../../main/demo/demoUsers';
import { ipcHandler } from '../../main/security/electronPolicy';
import { startHttpHost } from '../../main/server/httpHost';
import type { Envelope } from '../../shared/contract';
import { REQUEST_ID_HEADER, SESSION_HEADER } from '../../shared/contract/bridge';
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

const entries = (t: TestApp, bukti: string) =>
  t.sqlite.prepare('SELECT count(*) FROM journal_entries WHERE bukti = ?').pluck().get(bukti) as number;

function post(bukti: string) {
  return {
    date: '2099-01-02',
    time: '09:00',
    bukti,
    description: 'Uji kirim ulang',
    lines: [
      { accountId: 4, debit: 10_000, credit: 0 },
      { accountId: 34, debit: 0, credit: 10_000 },
    ],
  };
}

describe('a retried write posts once', () => {
  it('in process: the repeat gets the first answer; the request id is stored with the write', async () => {
    const t = await open();
    const id = 'a1b2c3d4-0000-4000-8000-000000000001';
    const first = expectOk(await t.app.dispatch('journal.post', post('ULANG-1'), SYSTEM_CALLER, id));
    const again = expectOk(await t.app.dispatch('journal.post', post('ULANG-1'), SYSTEM_CALLER, id));
    expect(again).toEqual(first);
    expect(entries(t, 'ULANG-1')).toBe(1);
    expect(t.sqlite.prepare('SELECT name FROM request_log WHERE request_id = ?').pluck().get(id)).toBe(
      'journal.post',
    );
    // A refused write stores nothing, so its retry is judged again.
    const bad = 'a1b2c3d4-0000-4000-8000-000000000002';
    expectErr(
      await t.app.dispatch('journal.post', { ...post('ULANG-2'), lines: [] }, SYSTEM_CALLER, bad),
      'VALIDATION',
    );
    expect(t.sqlite.prepare('SELECT count(*) FROM request_log WHERE request_id = ?').pluck().get(bad)).toBe(
      0,
    );
    // The same id for another request is refused, not answered with the wrong result.
    expectErr(await t.app.dispatch('desa.create', { name: 'Desa X' }, SYSTEM_CALLER, id), 'CONFLICT');
    // Without an id (old clients, tools) every call writes.
    expectOk(await t.call('journal.post', post('ULANG-3')));
    expectOk(await t.call('journal.post', post('ULANG-3B')));
    expect(entries(t, 'ULANG-3') + entries(t, 'ULANG-3B')).toBe(2);
    expect(t.sqlite.prepare('SELECT count(*) FROM request_log').pluck().get()).toBe(1);
  });

  it('a failing write inside the request transaction leaves nothing, not even its id', async () => {
    const t = await open();
    const id = 'a1b2c3d4-0000-4000-8000-000000000003';
    // Posting into a locked period: refused by the service after validation.
    const refused = await t.app.dispatch(
      'journal.post',
      { ...post('ULANG-4'), date: '2000-01-01' },
      SYSTEM_CALLER,
      id,
    );
    expect(refused.ok).toBe(false);
    expect(entries(t, 'ULANG-4')).toBe(0);
    expect(t.sqlite.inTransaction).toBe(false);
  });

  it('over HTTP and IPC: the header / the invoke argument carry the id', async () => {
    const t = await open();
    const host = await startHttpHost({ dispatch: t.app.dispatch, staticRoot: t.dir, token: 'tok', port: 0 });
    try {
      const tab = 'bendahara-tab-key-000001';
      const send = async (name: string, input: unknown, requestId?: string) => {
        const headers: Record<string, string> = {
          'Content-Type': 'application/json',
          Authorization: 'Bearer tok',
          [SESSION_HEADER]: tab,
        };
        if (requestId) headers[REQUEST_ID_HEADER] = requestId;
        const r = await fetch(`${host.url}api/${name}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input),
        });
        return (await r.json()) as Envelope<unknown>;
      };
      expectOk(await send('auth.login', { username: 'bendahara', password: DEMO_PASSWORD }));
      const id = 'b1b2c3d4-0000-4000-8000-000000000001';
      const first = expectOk(await send('journal.post', post('HTTP-1'), id));
      expect(expectOk(await send('journal.post', post('HTTP-1'), id))).toEqual(first);
      expect(entries(t, 'HTTP-1')).toBe(1);
    } finally {
      await host.close();
    }

    const handle = ipcHandler(t.app.dispatch);
    const event = { senderFrame: { url: 'app://audit-upk/index.html' }, sender: { id: 7 } };
    expectOk(await handle(event, 'auth.login', { username: 'bendahara', password: DEMO_PASSWORD }));
    const id = 'c1b2c3d4-0000-4000-8000-000000000001';
    const first = expectOk(await handle(event, 'journal.post', post('IPC-1'), id));
    expect(expectOk(await handle(event, 'journal.post', post('IPC-1'), id))).toEqual(first);
    expect(entries(t, 'IPC-1')).toBe(1);
  });
});
