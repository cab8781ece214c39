import type { InputOf, RequestName, ResultOf } from '../../shared/contract';
import { type RunningServer, startServer } from './server';

/** A request straight to the running host, typed by the contract (for setting up and checking). */
export async function call<K extends RequestName>(
  server: Pick<RunningServer, 'url' | 'token'>,
  name: K,
  input: InputOf<K>,
): Promise<ResultOf<K>> {
  const response = await fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; value?: ResultOf<K>; error?: { message: string } };
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
