// Thousands of random and malformed payloads to every request, through the dispatch both transports use.
// Reproduce a run with FUZZ_SEED=<seed printed below>; FUZZ_PER_REQUEST sets the payloads per request.
import { afterAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../main/demo/demoUsers';
import { contract, type Envelope, isEnvelope, REQUEST_NAMES } from '../../shared/contract';
import { payload, prng } from '../fixtures/fuzz';
import { VALID } from '../fixtures/validInputs';
import { openTestApp, snapshot, type TestApp } from './helpers';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PER_REQUEST = Number(process.env.FUZZ_PER_REQUEST ?? 100);
const CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'NEEDS_CONFIRMATION',
  'UNKNOWN_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
];
/** Payloads arrive as a signed-in Admin's window would send them. */
const CALLER = 'http:fuzz-test-session-key';
/** Accounts last: their payloads may sign the caller out or lock the admin's user name. */
const ORDER = [
  ...REQUEST_NAMES.filter((n) => !/^(auth|user)\./.test(n)),
  ...REQUEST_NAMES.filter((n) => n.startsWith('user.')),
  ...REQUEST_NAMES.filter((n) => n.startsWith('auth.')),
];
/** zod's and JavaScript's English, which must never reach the person in front of the screen. */
const ENGLISH =
  /\b(expected|invalid input|required|received|must be|too (big|small)|unrecognized|TypeError|SqliteError|cannot read)\b/i;

interface Row {
  payloads: number;
  rejected: number;
  acceptedReads: number;
  acceptedWrites: number;
  codes: Record<string, number>;
}

let t: TestApp;
afterAll(async () => {
  await t?.cleanup();
});

function assertRejection(env: Envelope<unknown>, label: string): string | null {
  if (env.ok) return null;
  const { code, message, fields } = env.error;
  expect(CODES, `${label}: code ${code} (${message})`).toContain(code);
  expect(message.trim().length, label).toBeGreaterThan(0);
  for (const text of [message, ...Object.values(fields ?? {})]) expect(text, label).not.toMatch(ENGLISH);
  return code;
}

it(`fuzz: ${PER_REQUEST} random/malformed payloads per request (seed ${SEED})`, async () => {
  console.log(`fuzz seed ${SEED} (FUZZ_SEED=${SEED} to repeat)`);
  const random = prng(SEED);
  t = await openTestApp({ demo: true });
  let password = DEMO_PASSWORD;
  const signIn = async () => {
    await t.app.dispatch('auth.login', { username: 'admin', password }, CALLER);
  };
  await signIn();
  const initial = snapshot(t.sqlite);
  const totalChanges = () => t.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  // The state the rejected calls must leave alone: re-taken only after an accepted write.
  let baseline = initial;
  let connection = t.sqlite;
  let changes = totalChanges();
  const table: Record<string, Row> = {};
  for (const name of ORDER) {
    const row: Row = { payloads: 0, rejected: 0, acceptedReads: 0, acceptedWrites: 0, codes: {} };
    table[name] = row;
    for (let i = 0; i < PER_REQUEST; i++) {
      const { kind, input } = payload(random, VALID[name]);
      const label = `${name} #${i} (${kind})`;
      let env: unknown;
      try {
        env = await t.app.dispatch(name, input, CALLER);
      } catch (err) {
        expect.fail(`${label} threw: ${String(err)}`);
      }
      if (!isEnvelope(env)) expect.fail(`${label}: not an envelope`);
      expect(() => JSON.stringify(env), label).not.toThrow();
      row.payloads++;
      const code = assertRejection(env, label);
      if (t.sqlite !== connection) {
        // A valid backup.restore swapped the connection: start counting afresh.
        connection = t.sqlite;
        baseline = snapshot(t.sqlite);
        changes = totalChanges();
      }
      if (code) {
        row.rejected++;
        row.codes[code] = (row.codes[code] ?? 0) + 1;
        // total_changes() moves on every row written, even if rolled back; then compare for real.
        if (totalChanges() !== changes) {
          expect(snapshot(t.sqlite), `${label} was refused but changed the database`).toEqual(baseline);
          changes = totalChanges();
        }
      } else if (contract[name].write) {
        row.acceptedWrites++;
        // An accepted account change may have signed the caller out or changed the admin's password.
        const admin = input as { id?: unknown; password?: unknown; newPassword?: unknown };
        if (name === 'auth.changePassword') password = String(admin.newPassword);
        if (name === 'user.resetPassword' && admin.id === 1) password = String(admin.password);
        if (/^(auth|user)\./.test(name)) await signIn();
        baseline = snapshot(t.sqlite);
        changes = totalChanges();
      } else row.acceptedReads++;
    }
  }
  const rows = Object.values(table);
  const sum = (k: 'payloads' | 'rejected' | 'acceptedReads' | 'acceptedWrites') =>
    rows.reduce((s, r) => s + r[k], 0);
  console.table(
    Object.fromEntries(Object.entries(table).map(([n, r]) => [n, { ...r, codes: JSON.stringify(r.codes) }])),
  );
  console.log(
    `fuzz seed ${SEED}: ${sum('payloads')} payloads to ${REQUEST_NAMES.length} requests; ` +
      `${sum('rejected')} rejected, ${sum('acceptedReads')} accepted reads, ${sum('acceptedWrites')} accepted writes`,
  );
  expect(t.errors.map((e) => e.message)).toEqual([]);
  if (sum('acceptedWrites') === 0) expect(snapshot(t.sqlite)).toEqual(initial);
  else expect(snapshot(t.sqlite)).toEqual(baseline);
  // Nothing reached Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(sum('payloads')).toBeGreaterThanOrEqual(REQUEST_NAMES.length * PER_REQUEST);
}, 120_000);
