import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PROFILE } from '../../main/demo/demoOffice';
import {
  expectErr,
  expectOk,
  type LoggedError,
  openTestApp,
  rowCounts,
  snapshot,
  type TestApp,
} from './helpers';

const opened: TestApp[] = [];

async function open(opts: Parameters<typeof openTestApp>[0] = {}): Promise<TestApp> {
  const t = await openTestApp(opts);
  opened.push(t);
  return t;
}

afterEach(async () => {
  const errors: LoggedError[] = [];
  for (const t of opened.splice(0).reverse()) {
    errors.push(...t.errors);
    await t.cleanup();
  }
  expect(errors).toEqual([]);
});

async function bendaharaOn(t: TestApp, date: string): Promise<string[]> {
  return expectOk(await t.call('officers.onDate', { position: 'bendahara_upk', date })).map(
    (o) => o.fullName,
  );
}

describe('demo office', () => {
  it('createApp({demo: true}) fills an empty file', async () => {
    const t = await open({ demo: true });
    const profile = expectOk(await t.call('office.getProfile', {}));
    expect(profile).toMatchObject({ ...DEMO_PROFILE, logoDataUrl: null });
    const officers = expectOk(await t.call('officers.list', {}));
    expect(officers.length).toBeGreaterThanOrEqual(10);
    expect(officers.every((o) => o.terms.length > 0)).toBe(true);
    const desa = expectOk(await t.call('desa.list', {}));
    expect(desa.length).toBeGreaterThanOrEqual(5);
    expect(desa.filter((d) => d.tpk.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(desa.flatMap((d) => d.tpk).every((m) => m.active)).toBe(true);
    const status = expectOk(await t.call('system.status', {}));
    expect(status).toMatchObject({ databaseEmpty: false, hasProfile: true, databasePath: t.dbPath });
  });

  it('the bendahara changes on 2024-07-01', async () => {
    const t = await open({ demo: true });
    expect(await bendaharaOn(t, '2024-05-01')).toEqual(['Dedi Kurniawan']);
    expect(await bendaharaOn(t, '2024-06-30')).toEqual(['Dedi Kurniawan']);
    expect(await bendaharaOn(t, '2024-07-01')).toEqual(['Siti Nurhayati, S.Ak.']);
    expect(await bendaharaOn(t, '2025-01-01')).toEqual(['Siti Nurhayati, S.Ak.']);
  });

  it('demo.load fills an empty database once, then refuses with CONFLICT and writes nothing', async () => {
    const t = await open();
    expect(expectOk(await t.call('system.status', {})).databaseEmpty).toBe(true);
    const status = expectOk(await t.call('demo.load', {}));
    expect(status).toMatchObject({ databaseEmpty: false, hasProfile: true });
    const before = snapshot(t.sqlite);
    const error = expectErr(await t.call('demo.load', {}), 'CONFLICT');
    expect(error.message).toMatch(/masih kosong/);
    expect(snapshot(t.sqlite)).toEqual(before);
  });

  it('demo.load refuses a database holding only one desa', async () => {
    const t = await open();
    expectOk(await t.call('desa.create', { name: 'Desa Saya', code: null, kepalaDesa: null }));
    const before = snapshot(t.sqlite);
    expectErr(await t.call('demo.load', {}), 'CONFLICT');
    expect(snapshot(t.sqlite)).toEqual(before);
    expect(rowCounts(t.sqlite)).toMatchObject({ desa: 1, officers: 0, office_profile: 0, tpk_members: 0 });
  });

  it('createApp({demo: true}) on a non-empty database adds nothing', async () => {
    const first = await open();
    expectOk(
      await first.call('officers.create', {
        fullName: 'Pejabat Asli',
        nip: null,
        phone: null,
        position: 'bendahara_upk',
        startDate: '2020-01-01',
        endDate: null,
        decreeNumber: null,
      }),
    );
    const before = snapshot(first.sqlite);
    await first.close();
    const again = await open({ dir: first.dir, demo: true });
    expect(snapshot(again.sqlite)).toEqual(before);
    expect(await bendaharaOn(again, '2024-05-01')).toEqual(['Pejabat Asli']);
  });

  it('createApp({demo: true}) twice on the same file seeds only once', async () => {
    const first = await open({ demo: true });
    const before = snapshot(first.sqlite);
    await first.close();
    const again = await open({ dir: first.dir, demo: true });
    expect(snapshot(again.sqlite)).toEqual(before);
  });
});
