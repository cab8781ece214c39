import type { InputOf, RequestName, ResultOf } from '../../shared/contract';
import { SESSION_HEADER } from '../../shared/contract/bridge';
import { E2E_ADMIN } from './pages/AuditUpkApp';
import { type RunningServer, startServer } from './server';

type Server = Pick<RunningServer, 'url' | 'token'>;

async function post(server: Server, session: string, name: string, input: unknown) {
  const response = await fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${server.token}`,
      [SESSION_HEADER]: session,
    },
    body: JSON.stringify(input),
  });
  return (await response.json()) as {
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  };
}

/** The test's own session per running server: signed in as the admin (made on the first run). */
const sessions = new Map<string, string>();

async function sessionFor(server: Server): Promise<string> {
  const known = sessions.get(server.url);
  if (known) return known;
  const session = `e2e-${crypto.randomUUID()}`;
  const status = (await post(server, session, 'auth.status', {})).value as { needsSetup: boolean };
  const signIn = status.needsSetup
    ? await post(server, session, 'auth.setup', { ...E2E_ADMIN, fullName: 'Admin Uji' })
    : await post(server, session, 'auth.login', E2E_ADMIN);
  if (!signIn.ok) throw new Error(`masuk gagal: ${signIn.error?.message}`);
  sessions.set(server.url, session);
  return session;
}

/** The envelope of a request to the running host, sent as the admin (untyped, for refusals). */
export async function callEnvelope(server: Server, name: string, input: unknown = {}) {
  const body = await post(server, await sessionFor(server), name, input);
  if (body.ok || body.error?.code !== 'UNAUTHENTICATED') return body;
  // The server restarted on the same address: its sessions are gone; sign in again once.
  sessions.delete(server.url);
  return post(server, await sessionFor(server), name, input);
}

/** A request straight to the running host as the admin, typed by the contract (for setting up and checking). */
export async function call<K extends RequestName>(
  server: Server,
  name: K,
  input: InputOf<K>,
): Promise<ResultOf<K>> {
  const body = await callEnvelope(server, name, input);
  if (!body.ok) throw new Error(`${name} gagal: ${body.error?.message}`);
  return body.value as ResultOf<K>;
}

/** The fixture's office, restarted as the demo office (seeded into its still empty database). */
export async function startDemoOffice(office: {
  dbPath: string;
  server: RunningServer;
}): Promise<RunningServer> {
  await office.server.stop();
  office.server = await startServer(office.dbPath, ['--demo']);
  return office.server;
}
