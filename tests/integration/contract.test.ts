import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../main/demo/demoUsers';
import { handlers } from '../../main/handlers';
import {
  type AppErrorData,
  contract,
  type Envelope,
  isEnvelope,
  REQUEST_NAMES,
  type RequestName,
} from '../../shared/contract';
import { NEEDS_EMPTY_DB, RESOLVE, VALID, WRITES_FILES_ONLY } from '../fixtures/validInputs';
import { expectErr, expectOk, openTestApp, snapshot, type TestApp, userTables } from './helpers';

/** Values the generic mutations produce that are legitimately valid for that field. */
const ALSO_VALID: Partial<Record<RequestName, Record<string, unknown[]>>> = {
  'exam.create': { acknowledgerOfficerIds: [[]] },
  'exam.updateHeader': { acknowledgerOfficerIds: [[]] },
  // A year with a deficit closes without allocation lines.
  'tutupBuku.close': { allocations: [[]] },
  'exam.setCounts': { counts: [[]] },
  'exam.setStatement': { balance: [0] },
  'exam.addFinding': { amount: [0] },
  'kegiatan.create': { blmAmount: [0], tpkMemberIds: [[]] },
  'kegiatan.update': { blmAmount: [0], tpkMemberIds: [[]] },
  'template.saveItem': { appliesTo: [[]] },
  'loan.repay': { pokok: [0], jasa: [0] },
  'library.save': { itemCodes: [[]] },
};

/** Money fields take sen as a number or the id-ID text a person typed, so `String(value)` is valid. */
const MONEY_KEYS = new Set(['amount', 'balance', 'blmAmount', 'pokok', 'jasa', 'denda']);

const READ_REQUESTS = [
  'audit.list',
  'integrity.check',
  'auth.status',
  'auth.logout',
  'user.list',
  'loanImport.preview',
  'classTable.list',
  'loan.get',
  'loan.list',
  'loan.portfolio',
  'loan.ratios',
  'loan.report',
  'loan.card',
  'loan.kolekSeries',
  'loanProduct.list',
  'backup.list',
  'kelompok.list',
  'attachment.get',
  'finding.get',
  'finding.list',
  'finding.overview',
  'kegiatan.list',
  'praAudit.compare',
  'praAudit.get',
  'praAudit.list',
  'praAudit.pdf',
  'template.get',
  'template.list',
  'journal.importMapping',
  'journal.importPreview',
  'accounts.list',
  'books.balanceAt',
  'books.export',
  'exam.denominations',
  'exam.get',
  'exam.history',
  'exam.list',
  'exam.observationItems',
  'exam.pdf',
  'exam.schedule',
  'exam.signedCopy',
  'exam.suggestedEntries',
  'exam.verify',
  'books.lockState',
  'books.page',
  'desa.list',
  'journal.get',
  'office.getProfile',
  'officers.list',
  'officers.onDate',
  'system.status',
  'integrity.latest',
  'backup.folders',
  'finding.depositCandidates',
  'finding.recovery',
  'finding.settings',
  'finding.matrix',
  'library.list',
  'library.history',
  'review.get',
  'review.settings',
  'importBatch.list',
  'importBatch.get',
  'books.futureEntries',
  'laporan.mapping',
  'laporan.neraca',
  'laporan.labaRugi',
  'laporan.arusKas',
  'laporan.perubahanEkuitas',
  'laporan.neracaSaldo',
  'laporan.calk',
  'laporan.export',
  'tutupBuku.list',
  'tutupBuku.verify',
  'tutupBuku.pdf',
];
/** Requests for which `{}` is a complete input (no fields, or only defaulted ones). */
const EMPTY_OBJECT_OK = [
  'audit.list',
  'integrity.check',
  'auth.status',
  'auth.logout',
  'user.list',
  'classTable.list',
  'loan.list',
  'loanProduct.list',
  'backup.list',
  'backup.now',
  'backup.undoRestore',
  'kelompok.list',
  'finding.list',
  'finding.overview',
  'kegiatan.list',
  'praAudit.list',
  'template.list',
  'journal.importMapping',
  'accounts.list',
  'books.lockState',
  'demo.load',
  'exam.denominations',
  'exam.history',
  'exam.list',
  'exam.observationItems',
  'exam.schedule',
  'desa.list',
  'office.getProfile',
  'office.removeLogo',
  'officers.list',
  'system.status',
  'integrity.latest',
  'backup.folders',
  'finding.recovery',
  'finding.settings',
  'library.list',
  'review.settings',
  'importBatch.list',
  'laporan.mapping',
  'tutupBuku.list',
];

const LONG = 'x'.repeat(100_000);

function fieldsOf(name: RequestName): Record<string, unknown> {
  return { ...VALID[name] };
}

/** Values that are wrong for a field whose valid value is `value`, whatever the field means. */
function badValuesFor(value: unknown, key: string): unknown[] {
  if (MONEY_KEYS.has(key) && typeof value === 'number') {
    return [
      NaN,
      Infinity,
      -Infinity,
      1e308,
      -1,
      0,
      1.5,
      {},
      [],
      [value],
      LONG,
      'a\u0000b',
      true,
      null,
      2 ** 53,
      'abc',
    ];
  }
  const common: unknown[] = [NaN, Infinity, -Infinity, 1e308, -1, 0, 1.5, {}, [], [value], LONG, 'a\u0000b'];
  if (typeof value === 'boolean') return [...common, 'true', 1, null];
  if (typeof value === 'number') return [...common, String(value), true, null, 2 ** 53, -0.5];
  return [...common, 12345, true, false];
}

interface Case {
  label: string;
  input: unknown;
}

function malformedInputs(name: RequestName): Case[] {
  const valid = fieldsOf(name);
  const cases: Case[] = [
    { label: 'null', input: null },
    { label: 'undefined', input: undefined },
    { label: 'a string', input: 'system.status' },
    { label: 'a number', input: 42 },
    { label: 'NaN', input: NaN },
    { label: 'a boolean', input: true },
    { label: 'an array', input: [] },
    { label: 'an array holding the valid input', input: [valid] },
    { label: 'own __proto__ key', input: JSON.parse('{"__proto__":{"x":1}}') },
    { label: '{constructor: 1}', input: { constructor: 1 } },
    {
      label: 'valid fields plus own __proto__ key',
      input: Object.assign(JSON.parse('{"__proto__":{"isAdmin":true}}'), valid),
    },
    { label: 'valid fields plus constructor', input: { ...valid, constructor: 1 } },
    { label: 'valid fields plus an unknown key', input: { ...valid, extra: 'x' } },
  ];
  if (!EMPTY_OBJECT_OK.includes(name)) cases.push({ label: '{}', input: {} });
  const keys = Object.keys(valid);
  if (keys.some((k) => typeof valid[k] === 'string')) {
    const allLong = Object.fromEntries(keys.map((k) => [k, typeof valid[k] === 'string' ? LONG : valid[k]]));
    cases.push({ label: 'every string field 100k chars', input: allLong });
  }
  for (const key of keys) {
    const alsoValid = (ALSO_VALID[name]?.[key] ?? []).map((v) => JSON.stringify(v));
    for (const bad of badValuesFor(valid[key], key).filter((b) => !alsoValid.includes(JSON.stringify(b)))) {
      const shown = typeof bad === 'string' && bad.length > 20 ? `${bad.length} chars` : String(bad);
      cases.push({ label: `${key} = ${shown}`, input: { ...valid, [key]: bad } });
    }
  }
  return cases;
}

const opened: TestApp[] = [];

/** Every call goes through dispatch as a signed-in Admin, the way a window's requests do. */
const CALLER = 'http:contract-test-session-key';

async function open(demo: boolean, signIn = true): Promise<TestApp> {
  const t = await openTestApp({ demo });
  opened.push(t);
  if (signIn && demo) {
    expectOk(await t.app.dispatch('auth.login', { username: 'admin', password: DEMO_PASSWORD }, CALLER));
  } else if (signIn) {
    const admin = { username: 'penguji', fullName: 'Penguji Kontrak', password: 'rahasia-123' };
    expectOk(await t.app.dispatch('auth.setup', admin, CALLER));
  }
  return t;
}

afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

/** Calls through dispatch; fails the test (with the case label) if it throws or returns a non-envelope. */
async function callSafely(
  t: TestApp,
  name: unknown,
  input: unknown,
  label: string,
): Promise<Envelope<unknown>> {
  let envelope: unknown;
  try {
    envelope = await t.app.dispatch(name, input, CALLER);
  } catch (err) {
    return expect.fail(`${String(name)} (${label}) threw: ${String(err)}`);
  }
  if (!isEnvelope(envelope)) return expect.fail(`${String(name)} (${label}) returned a non-envelope`);
  expect(() => JSON.stringify(envelope), label).not.toThrow();
  return envelope;
}

function refusal(envelope: Envelope<unknown>, label: string): AppErrorData {
  if (envelope.ok)
    return expect.fail(`${label}: accepted, value ${JSON.stringify(envelope.value)?.slice(0, 200)}`);
  expect(typeof envelope.error.code, label).toBe('string');
  expect(envelope.error.message.length, label).toBeGreaterThan(0);
  return envelope.error;
}

describe('the contract and its handlers', () => {
  it('every request has a handler, an input schema and a write flag; no stray handlers', () => {
    expect(REQUEST_NAMES.length).toBeGreaterThanOrEqual(20);
    expect(Object.keys(handlers).sort()).toEqual([...REQUEST_NAMES].sort());
    expect(Object.keys(VALID).sort()).toEqual([...REQUEST_NAMES].sort());
    for (const name of REQUEST_NAMES) {
      expect(typeof handlers[name], name).toBe('function');
      expect(typeof contract[name].write, name).toBe('boolean');
      expect(typeof contract[name].input.safeParse, name).toBe('function');
    }
  });

  it('exactly the read requests are marked write: false', () => {
    expect(REQUEST_NAMES.filter((n) => !contract[n].write).sort()).toEqual([...READ_REQUESTS].sort());
  });
});

describe('malformed input, per request', () => {
  for (const name of REQUEST_NAMES) {
    it(`${name}: refused with VALIDATION, never throws, writes nothing`, async () => {
      const t = await open(true);
      const before = snapshot(t.sqlite);
      const cases = malformedInputs(name);
      expect(cases.length).toBeGreaterThan(10);
      for (const { label, input } of cases) {
        const error = refusal(await callSafely(t, name, input, label), `${name} ${label}`);
        expect(error.code, `${name} ${label}: ${error.message}`).toBe('VALIDATION');
      }
      expect(snapshot(t.sqlite)).toEqual(before);
      expect(t.errors).toEqual([]);
    });
  }
});

describe('valid input, per request', () => {
  for (const name of REQUEST_NAMES) {
    const write = contract[name].write;
    it(`${name}: accepted; ${write ? 'writes' : 'leaves the database unchanged'}`, async () => {
      // A few need an empty database; everything else works on the demo office.
      // The first admin can only be created in an office without users.
      const t = await open(!NEEDS_EMPTY_DB.includes(name), name !== 'auth.setup');
      const resolve = RESOLVE[name] as ((t: TestApp) => Promise<unknown>) | undefined;
      const input = resolve ? await resolve(t) : VALID[name];
      // A restore in the set-up ends every session (backup.undoRestore): sign in again.
      const status = expectOk(await t.app.dispatch('auth.status', {}, CALLER)) as { user: unknown };
      if (status.user === null && name !== 'auth.setup' && !NEEDS_EMPTY_DB.includes(name)) {
        expectOk(await t.app.dispatch('auth.login', { username: 'admin', password: DEMO_PASSWORD }, CALLER));
      }
      const before = snapshot(t.sqlite);
      expectOk(await callSafely(t, name, input, 'valid'));
      if (write && !WRITES_FILES_ONLY.includes(name)) expect(snapshot(t.sqlite)).not.toEqual(before);
      else expect(snapshot(t.sqlite)).toEqual(before);
      expect(t.errors).toEqual([]);
    });
  }

  it('`{}` is a complete input exactly where expected', async () => {
    const t = await open(false);
    const special = ['demo.load', 'office.removeLogo', 'backup.undoRestore', 'auth.logout'];
    for (const name of EMPTY_OBJECT_OK.filter((n) => !special.includes(n))) {
      expectOk(await callSafely(t, name, {}, '{}'));
    }
    // Nothing restored yet: nothing to undo, a CONFLICT rather than a VALIDATION error.
    expectErr(await callSafely(t, 'backup.undoRestore', {}, '{}'), 'CONFLICT');
    // removeLogo has no fields; without a profile it is a CONFLICT, not a VALIDATION error.
    expectErr(await callSafely(t, 'office.removeLogo', {}, '{}'), 'CONFLICT');
    expectOk(await callSafely(t, 'demo.load', {}, '{}'));
  });
});

describe('unknown request names', () => {
  const names: unknown[] = [
    'toString',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'valueOf',
    '__defineGetter__',
    '',
    'System.Status',
    'system.status ',
    'desa.delete',
    'desa',
    null,
    undefined,
    42,
    {},
    ['system.status'],
    Symbol('system.status'),
  ];

  it('→ UNKNOWN_REQUEST, nothing written, nothing logged', async () => {
    const t = await open(true);
    const before = snapshot(t.sqlite);
    for (const name of names) {
      const label = typeof name === 'symbol' ? 'symbol' : (JSON.stringify(name) ?? 'undefined');
      for (const input of [{}, null, VALID['desa.create']]) {
        expectErr(await callSafely(t, name, input, label), 'UNKNOWN_REQUEST');
      }
    }
    expect(snapshot(t.sqlite)).toEqual(before);
    expect(t.errors).toEqual([]);
  });
});

describe('SQL-looking text', () => {
  const SQL = "'); DROP TABLE desa;--";
  const QUOTE = "x' OR '1'='1";

  it('is stored verbatim as text and never executed', async () => {
    const t = await open(true);
    const tables = userTables(t.sqlite);
    const counts = { desa: 0, officers: 0 };
    const countOf = (table: string) =>
      t.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    counts.desa = countOf('desa');
    counts.officers = countOf('officers');

    const desa = expectOk(await t.call('desa.create', { name: SQL, code: null, kepalaDesa: `${QUOTE}; --` }));
    expect(desa.name).toBe(SQL);
    // An injected OR '1'='1 in the uniqueness check would match every desa and refuse this one.
    expectOk(await t.call('desa.create', { name: QUOTE, code: null, kepalaDesa: null }));
    expectOk(await t.call('desa.update', { id: 1, name: 'Sukamaju', code: null, kepalaDesa: SQL }));
    const tpk = expectOk(
      await t.call('tpk.create', { desaId: desa.id, fullName: SQL, role: 'anggota', phone: null }),
    );
    expect(tpk.tpk[0]?.fullName).toBe(SQL);
    const officer = expectOk(
      await t.call('officers.create', {
        fullName: "Robert'); DROP TABLE officers;--",
        nip: null,
        phone: null,
        position: 'fk',
        startDate: '2024-01-01',
        endDate: null,
        decreeNumber: "1'; DELETE FROM officer_terms; --",
      }),
    );
    const profile = expectOk(
      await t.call('office.saveProfile', { ...VALID['office.saveProfile'], address: SQL }),
    );
    expect(profile.address).toBe(SQL);

    expect(userTables(t.sqlite)).toEqual(tables);
    expect(countOf('desa')).toBe(counts.desa + 2);
    expect(countOf('officers')).toBe(counts.officers + 1);
    expect(t.sqlite.prepare('SELECT name FROM desa WHERE id = ?').pluck().get(desa.id)).toBe(SQL);
    expect(t.sqlite.prepare('SELECT kepala_desa FROM desa WHERE id = ?').pluck().get(desa.id)).toBe(
      `${QUOTE}; --`,
    );
    expect(t.sqlite.prepare('SELECT kepala_desa FROM desa WHERE id = 1').pluck().get()).toBe(SQL);
    expect(t.sqlite.prepare('SELECT full_name FROM officers WHERE id = ?').pluck().get(officer.id)).toBe(
      "Robert'); DROP TABLE officers;--",
    );
    expect(officer.terms[0]?.decreeNumber).toBe("1'; DELETE FROM officer_terms; --");
    expect(t.sqlite.prepare('SELECT address FROM office_profile').pluck().get()).toBe(SQL);
    expect(t.errors).toEqual([]);
  });

  it('a duplicate of a SQL-looking name is still caught as a duplicate', async () => {
    const t = await open(false);
    expectOk(await t.call('desa.create', { name: SQL, code: null, kepalaDesa: null }));
    const before = snapshot(t.sqlite);
    const error = expectErr(
      await t.call('desa.create', { name: SQL, code: null, kepalaDesa: null }),
      'CONFLICT',
    );
    expect(error.fields).toEqual({ name: 'Nama desa sudah terdaftar' });
    expect(snapshot(t.sqlite)).toEqual(before);
  });
});
