import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { Officer } from '../../shared/officers/officers';
import { expectErr, expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp();
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

async function create(input: Partial<InputOf<'officers.create'>> & { fullName: string }): Promise<Officer> {
  return expectOk(
    await t.call('officers.create', {
      nip: null,
      phone: null,
      position: 'bendahara_upk',
      startDate: '2021-03-01',
      endDate: null,
      decreeNumber: null,
      ...input,
    }),
  );
}

function termId(officer: Officer, index = 0): number {
  const term = officer.terms[index];
  if (!term) return expect.fail(`officer ${officer.fullName} has no term ${index}`);
  return term.id;
}

async function holders(position: InputOf<'officers.onDate'>['position'], date: string): Promise<string[]> {
  return expectOk(await t.call('officers.onDate', { position, date })).map((o) => o.fullName);
}

/** Asserts the call is refused with `code` and that no table changed. */
describe('officers', () => {
  it('creates an officer with the first term and lists it', async () => {
    const officer = expectOk(
      await t.call('officers.create', {
        fullName: '  Dedi Kurniawan ',
        nip: null,
        phone: '0857 2233 1408',
        position: 'bendahara_upk',
        startDate: '2021-03-01',
        endDate: '2024-06-30',
        decreeNumber: '03/MAD/III/2021',
      }),
    );
    expect(officer).toEqual({
      id: expect.any(Number),
      fullName: 'Dedi Kurniawan',
      nip: null,
      phone: '0857 2233 1408',
      active: true,
      terms: [
        {
          id: expect.any(Number),
          officerId: officer.id,
          position: 'bendahara_upk',
          startDate: '2021-03-01',
          endDate: '2024-06-30',
          decreeNumber: '03/MAD/III/2021',
        },
      ],
    });
    expect(expectOk(await t.call('officers.list', {}))).toEqual([officer]);
  });

  it('adds a term; terms come newest first', async () => {
    const a = await create({
      fullName: 'Rina',
      position: 'staf_upk',
      startDate: '2020-01-01',
      endDate: '2020-12-31',
    });
    const b = expectOk(
      await t.call('officers.addTerm', {
        officerId: a.id,
        position: 'sekretaris_upk',
        startDate: '2021-01-01',
        endDate: null,
        decreeNumber: 'SK 1',
      }),
    );
    expect(b.terms.map((x) => [x.position, x.startDate, x.endDate, x.decreeNumber])).toEqual([
      ['sekretaris_upk', '2021-01-01', null, 'SK 1'],
      ['staf_upk', '2020-01-01', '2020-12-31', null],
    ]);
    expect(t.sqlite.prepare('SELECT count(*) FROM officer_terms').pluck().get()).toBe(2);
  });

  it('updates name, NIP and phone', async () => {
    const a = await create({ fullName: 'Agus' });
    const b = expectOk(
      await t.call('officers.update', {
        id: a.id,
        fullName: 'Drs. Agus',
        nip: '197204151998031006',
        phone: null,
      }),
    );
    expect(b).toMatchObject({ id: a.id, fullName: 'Drs. Agus', nip: '197204151998031006', phone: null });
    expect(b.terms).toEqual(a.terms);
  });
});

describe('single-holder and multi-holder posts', () => {
  it('a single-holder post cannot overlap: CONFLICT on startDate, nothing written', async () => {
    await create({ fullName: 'Dedi Kurniawan', startDate: '2021-03-01', endDate: null });
    const error = await refusedUnchanged(
      t,
      () =>
        t.call('officers.create', {
          fullName: 'Siti Nurhayati',
          nip: null,
          phone: null,
          position: 'bendahara_upk',
          startDate: '2024-07-01',
          endDate: null,
          decreeNumber: null,
        }),
      'CONFLICT',
    );
    expect(error.message).toMatch(
      /^Bendahara UPK sudah dipegang oleh Dedi Kurniawan \(01\/03\/2021 sampai sekarang\)/,
    );
    expect(Object.keys(error.fields ?? {})).toEqual(['startDate']);
    expect(t.sqlite.prepare('SELECT count(*) FROM officers').pluck().get()).toBe(1);
  });

  it('an existing officer cannot add an overlapping single-holder term either', async () => {
    await create({ fullName: 'Dedi', startDate: '2021-03-01', endDate: '2024-06-30' });
    const siti = await create({ fullName: 'Siti', position: 'staf_upk', startDate: '2020-01-01' });
    const error = await refusedUnchanged(
      t,
      () =>
        t.call('officers.addTerm', {
          officerId: siti.id,
          position: 'bendahara_upk',
          startDate: '2024-01-01',
          endDate: '2024-12-31',
          decreeNumber: null,
        }),
      'CONFLICT',
    );
    expect(error.message).toMatch(/Dedi \(01\/03\/2021 s\.d\. 30\/06\/2024\)/);
    expect(error.fields?.startDate).toBe(error.message);
  });

  it('ranges are inclusive: starting on the last day of the previous holder overlaps', async () => {
    await create({ fullName: 'Dedi', startDate: '2021-03-01', endDate: '2024-06-30' });
    await refusedUnchanged(
      t,
      () =>
        t.call('officers.create', {
          fullName: 'Siti',
          nip: null,
          phone: null,
          position: 'bendahara_upk',
          startDate: '2024-06-30',
          endDate: null,
          decreeNumber: null,
        }),
      'CONFLICT',
    );
    // A term entirely before the first one also overlaps if it reaches its first day.
    await refusedUnchanged(
      t,
      () =>
        t.call('officers.create', {
          fullName: 'Lama',
          nip: null,
          phone: null,
          position: 'bendahara_upk',
          startDate: '2019-01-01',
          endDate: '2021-03-01',
          decreeNumber: null,
        }),
      'CONFLICT',
    );
  });

  it('an ended term followed by a new holder is fine, before and after', async () => {
    await create({ fullName: 'Dedi', startDate: '2021-03-01', endDate: '2024-06-30' });
    await create({ fullName: 'Siti', startDate: '2024-07-01', endDate: null });
    await create({ fullName: 'Lama', startDate: '2019-01-01', endDate: '2021-02-28' });
    expect(
      t.sqlite.prepare("SELECT count(*) FROM officer_terms WHERE position = 'bendahara_upk'").pluck().get(),
    ).toBe(3);
  });

  it('the same post in another single-holder office does not clash', async () => {
    await create({ fullName: 'Dedi', position: 'bendahara_upk', startDate: '2021-03-01' });
    await create({ fullName: 'Asep', position: 'ketua_upk', startDate: '2021-03-01' });
    expect(await holders('ketua_upk', '2022-01-01')).toEqual(['Asep']);
  });

  it('a multi-holder post (bp_upk) can have overlapping holders', async () => {
    await create({ fullName: 'Euis Rohaeti', position: 'bp_upk', startDate: '2022-01-10' });
    await create({ fullName: 'Cecep Hidayat', position: 'bp_upk', startDate: '2022-01-10' });
    await create({ fullName: 'Ade', position: 'bp_upk', startDate: '2021-01-01', endDate: '2023-01-01' });
    expect(await holders('bp_upk', '2022-06-01')).toEqual(['Ade', 'Cecep Hidayat', 'Euis Rohaeti']);
    expect(await holders('bp_upk', '2023-01-02')).toEqual(['Cecep Hidayat', 'Euis Rohaeti']);
  });
});

describe('officers.onDate', () => {
  it('resolves the holder on each date, boundary days inclusive, null end open', async () => {
    const dedi = await create({ fullName: 'Dedi Kurniawan', startDate: '2021-03-01', endDate: '2024-06-30' });
    await create({
      fullName: 'Siti Nurhayati',
      nip: '198003122006041011',
      startDate: '2024-07-01',
      endDate: null,
    });
    expect(await holders('bendahara_upk', '2021-02-28')).toEqual([]);
    expect(await holders('bendahara_upk', '2021-03-01')).toEqual(['Dedi Kurniawan']);
    expect(await holders('bendahara_upk', '2024-06-30')).toEqual(['Dedi Kurniawan']);
    expect(await holders('bendahara_upk', '2024-07-01')).toEqual(['Siti Nurhayati']);
    expect(await holders('bendahara_upk', '2099-12-31')).toEqual(['Siti Nurhayati']);
    expect(await holders('ketua_upk', '2024-07-01')).toEqual([]);
    expect(
      expectOk(await t.call('officers.onDate', { position: 'bendahara_upk', date: '2022-01-01' })),
    ).toEqual([
      {
        officerId: dedi.id,
        fullName: 'Dedi Kurniawan',
        nip: null,
        position: 'bendahara_upk',
        termId: termId(dedi),
      },
    ]);
    const siti = expectOk(await t.call('officers.onDate', { position: 'bendahara_upk', date: '2025-01-01' }));
    expect(siti[0]?.nip).toBe('198003122006041011');
  });

  it('still names a deactivated officer for a date they held the post', async () => {
    const dedi = await create({ fullName: 'Dedi', startDate: '2021-03-01', endDate: '2024-06-30' });
    expectOk(await t.call('officers.setActive', { id: dedi.id, active: false }));
    expect(await holders('bendahara_upk', '2022-01-01')).toEqual(['Dedi']);
  });

  it('refuses a date that does not exist', async () => {
    const error = expectErr(
      await t.call('officers.onDate', { position: 'bendahara_upk', date: '2024-02-30' }),
      'VALIDATION',
    );
    expect(error.fields).toEqual({ date: 'Tanggal bukan tanggal yang sah' });
  });
});

describe('validation', () => {
  it('endDate before startDate → VALIDATION on endDate (create, addTerm, updateTerm)', async () => {
    const a = await create({ fullName: 'Dedi', startDate: '2021-03-01', endDate: '2022-01-01' });
    const message = 'Tanggal selesai tidak boleh sebelum tanggal mulai';
    const e1 = await refusedUnchanged(
      t,
      () =>
        t.call('officers.create', {
          fullName: 'Siti',
          nip: null,
          phone: null,
          position: 'staf_upk',
          startDate: '2024-07-01',
          endDate: '2024-06-30',
          decreeNumber: null,
        }),
      'VALIDATION',
    );
    expect(e1.fields).toEqual({ endDate: message });
    const e2 = await refusedUnchanged(
      t,
      () =>
        t.call('officers.addTerm', {
          officerId: a.id,
          position: 'staf_upk',
          startDate: '2024-07-01',
          endDate: '2023-01-01',
          decreeNumber: null,
        }),
      'VALIDATION',
    );
    expect(e2.fields).toEqual({ endDate: message });
    const e3 = await refusedUnchanged(
      t,
      () =>
        t.call('officers.updateTerm', {
          id: termId(a),
          position: 'bendahara_upk',
          startDate: '2021-03-01',
          endDate: '2021-02-28',
          decreeNumber: null,
        }),
      'VALIDATION',
    );
    expect(e3.fields).toEqual({ endDate: message });
    // Same day is a one-day term, which is fine.
    expectOk(
      await t.call('officers.addTerm', {
        officerId: a.id,
        position: 'staf_upk',
        startDate: '2024-07-01',
        endDate: '2024-07-01',
        decreeNumber: null,
      }),
    );
  });

  it('NIP must be 18 digits; spaces are allowed and removed', async () => {
    const a = await create({ fullName: 'Yayan', nip: ' 19800312 200604 1 011 ' });
    expect(a.nip).toBe('198003122006041011');
    expect(t.sqlite.prepare('SELECT nip FROM officers WHERE id = ?').pluck().get(a.id)).toBe(
      '198003122006041011',
    );
    expect((await create({ fullName: 'Tanpa NIP', nip: '  ', position: 'staf_upk' })).nip).toBeNull();
    const message = 'NIP terdiri dari 18 angka (boleh dengan spasi)';
    for (const nip of ['12345', '1980031220060410111', '19800312200604101X', '19800312-200604-1-011']) {
      const error = await refusedUnchanged(
        t,
        () => t.call('officers.update', { id: a.id, fullName: 'Yayan', nip, phone: null }),
        'VALIDATION',
      );
      expect(error.fields, nip).toEqual({ nip: message });
    }
  });

  it('a missing name is reported on fullName in Indonesian', async () => {
    const error = await refusedUnchanged(
      t,
      () =>
        t.callRaw('officers.create', {
          fullName: '',
          position: 'direktur',
          startDate: '01/03/2021',
        }),
      'VALIDATION',
    );
    expect(error.fields).toEqual({
      fullName: 'Nama lengkap wajib diisi',
      position: expect.stringMatching(/^Jabatan harus salah satu dari: ketua_upk, /),
      startDate: 'Tanggal mulai bukan tanggal yang sah',
    });
  });
});

describe('deactivating', () => {
  it('hides from the default list; includeInactive shows it; reactivating brings it back', async () => {
    const a = await create({ fullName: 'Ahmad', position: 'pl' });
    const b = await create({ fullName: 'Budi', position: 'pl' });
    const off = expectOk(await t.call('officers.setActive', { id: a.id, active: false }));
    expect(off.active).toBe(false);
    expect(expectOk(await t.call('officers.list', {})).map((o) => o.fullName)).toEqual(['Budi']);
    expect(expectOk(await t.call('officers.list', { includeInactive: false })).map((o) => o.id)).toEqual([
      b.id,
    ]);
    const all = expectOk(await t.call('officers.list', { includeInactive: true }));
    expect(all.map((o) => [o.fullName, o.active])).toEqual([
      ['Ahmad', false],
      ['Budi', true],
    ]);
    expectOk(await t.call('officers.setActive', { id: a.id, active: true }));
    expect(expectOk(await t.call('officers.list', {})).map((o) => o.fullName)).toEqual(['Ahmad', 'Budi']);
  });
});

describe('updateTerm', () => {
  it('cannot create an overlap; nothing changes', async () => {
    const dedi = await create({ fullName: 'Dedi', startDate: '2021-03-01', endDate: '2024-06-30' });
    await create({ fullName: 'Siti', startDate: '2024-07-01', endDate: null });
    const error = await refusedUnchanged(
      t,
      () =>
        t.call('officers.updateTerm', {
          id: termId(dedi),
          position: 'bendahara_upk',
          startDate: '2021-03-01',
          endDate: null,
          decreeNumber: null,
        }),
      'CONFLICT',
    );
    expect(error.message).toMatch(/sudah dipegang oleh Siti/);
    expect(Object.keys(error.fields ?? {})).toEqual(['startDate']);
    // Moving a term into another single post held by nobody is fine, and it does not clash with itself.
    const moved = expectOk(
      await t.call('officers.updateTerm', {
        id: termId(dedi),
        position: 'bendahara_upk',
        startDate: '2021-04-01',
        endDate: '2024-06-30',
        decreeNumber: 'SK baru',
      }),
    );
    expect(moved.terms[0]).toMatchObject({ startDate: '2021-04-01', decreeNumber: 'SK baru' });
    expect(await holders('bendahara_upk', '2021-03-15')).toEqual([]);
  });
});

describe('unknown ids', () => {
  it('→ NOT_FOUND, nothing written', async () => {
    const a = await create({ fullName: 'Dedi' });
    const term = {
      position: 'staf_upk',
      startDate: '2024-01-01',
      endDate: null,
      decreeNumber: null,
    } as const;
    const missing = a.id + 1000;
    const calls = [
      () => t.call('officers.update', { id: missing, fullName: 'X', nip: null, phone: null }),
      () => t.call('officers.setActive', { id: missing, active: false }),
      () => t.call('officers.addTerm', { officerId: missing, ...term }),
      () => t.call('officers.updateTerm', { id: termId(a) + 1000, ...term }),
    ];
    for (const run of calls) {
      const error = await refusedUnchanged(t, run, 'NOT_FOUND');
      expect(error.message).toMatch(/tidak ditemukan/);
    }
  });
});
