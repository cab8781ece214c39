import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Desa } from '../../shared/desa/desa';
import { expectOk, openTestApp, refusedUnchanged, type TestApp } from './helpers';

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp();
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

async function createDesa(name: string, code: string | null = null): Promise<Desa> {
  return expectOk(await t.call('desa.create', { name, code, kepalaDesa: null }));
}

describe('desa', () => {
  it('creates, lists and updates a desa', async () => {
    const created = expectOk(
      await t.call('desa.create', {
        name: ' Sukamaju ',
        code: '32.03.14.2001',
        kepalaDesa: 'Endang Sudrajat',
      }),
    );
    expect(created).toEqual({
      id: expect.any(Number),
      name: 'Sukamaju',
      code: '32.03.14.2001',
      kepalaDesa: 'Endang Sudrajat',
      active: true,
      tpk: [],
    });
    expect(expectOk(await t.call('desa.list', {}))).toEqual([created]);
    const updated = expectOk(
      await t.call('desa.update', { id: created.id, name: 'Sukamaju Kidul', code: '', kepalaDesa: null }),
    );
    expect(updated).toEqual({ ...created, name: 'Sukamaju Kidul', code: null, kepalaDesa: null });
    expect(expectOk(await t.call('desa.list', {}))).toEqual([updated]);
  });

  it('lists by name', async () => {
    await createDesa('Mekarsari');
    await createDesa('Cibodas');
    await createDesa('Sindangjaya');
    expect(expectOk(await t.call('desa.list', {})).map((d) => d.name)).toEqual([
      'Cibodas',
      'Mekarsari',
      'Sindangjaya',
    ]);
  });

  it('deactivating hides the desa from the default list only', async () => {
    const a = await createDesa('Cibodas');
    await createDesa('Mekarsari');
    const off = expectOk(await t.call('desa.setActive', { id: a.id, active: false }));
    expect(off.active).toBe(false);
    expect(expectOk(await t.call('desa.list', {})).map((d) => d.name)).toEqual(['Mekarsari']);
    expect(
      expectOk(await t.call('desa.list', { includeInactive: true })).map((d) => [d.name, d.active]),
    ).toEqual([
      ['Cibodas', false],
      ['Mekarsari', true],
    ]);
    expectOk(await t.call('desa.setActive', { id: a.id, active: true }));
    expect(expectOk(await t.call('desa.list', {}))).toHaveLength(2);
  });

  it('a duplicate name (any case, even of an inactive desa) → CONFLICT on name, nothing written', async () => {
    const a = await createDesa('Sukamaju');
    const b = await createDesa('Cibodas');
    for (const name of ['Sukamaju', 'SUKAMAJU', '  sukamaju ']) {
      const error = await refusedUnchanged(
        t,
        () => t.call('desa.create', { name, code: null, kepalaDesa: null }),
        'CONFLICT',
      );
      expect(error.fields).toEqual({ name: 'Nama desa sudah terdaftar' });
      expect(error.message).toBe(`Desa "${name.trim()}" sudah terdaftar.`);
    }
    const rename = await refusedUnchanged(
      t,
      () => t.call('desa.update', { id: b.id, name: 'sukaMAJU', code: null, kepalaDesa: null }),
      'CONFLICT',
    );
    expect(rename.fields).toEqual({ name: 'Nama desa sudah terdaftar' });
    expectOk(await t.call('desa.setActive', { id: a.id, active: false }));
    await refusedUnchanged(
      t,
      () => t.call('desa.create', { name: 'sukamaju', code: null, kepalaDesa: null }),
      'CONFLICT',
    );
    // Changing only the case of its own name is fine.
    expect(
      expectOk(await t.call('desa.update', { id: b.id, name: 'CIBODAS', code: null, kepalaDesa: null })).name,
    ).toBe('CIBODAS');
  });

  it('validates the fields', async () => {
    const error = await refusedUnchanged(
      t,
      () => t.callRaw('desa.create', { name: '', code: '32-03-14', kepalaDesa: 5 }),
      'VALIDATION',
    );
    expect(error.fields).toEqual({
      name: 'Nama desa wajib diisi',
      code: 'Kode desa hanya berisi angka dan titik, mis. 32.03.14.2001',
      kepalaDesa: 'Nama kepala desa harus berupa teks',
    });
  });

  it('unknown ids → NOT_FOUND', async () => {
    await createDesa('Cibodas');
    await refusedUnchanged(
      t,
      () => t.call('desa.update', { id: 999, name: 'X', code: null, kepalaDesa: null }),
      'NOT_FOUND',
    );
    await refusedUnchanged(t, () => t.call('desa.setActive', { id: 999, active: false }), 'NOT_FOUND');
    await refusedUnchanged(
      t,
      () => t.call('tpk.create', { desaId: 999, fullName: 'X', role: 'ketua', phone: null }),
      'NOT_FOUND',
    );
    await refusedUnchanged(
      t,
      () => t.call('tpk.update', { id: 999, fullName: 'X', role: 'ketua', phone: null }),
      'NOT_FOUND',
    );
    await refusedUnchanged(t, () => t.call('tpk.setActive', { id: 999, active: false }), 'NOT_FOUND');
  });
});

describe('TPK members', () => {
  it('adds, updates and deactivates members of a desa', async () => {
    const desa = await createDesa('Sukamaju');
    const one = expectOk(
      await t.call('tpk.create', {
        desaId: desa.id,
        fullName: 'Iwan Setiawan',
        role: 'ketua',
        phone: '0812 1111 2222',
      }),
    );
    const two = expectOk(
      await t.call('tpk.create', {
        desaId: desa.id,
        fullName: 'Lilis Suryani',
        role: 'sekretaris',
        phone: null,
      }),
    );
    expect(one.tpk).toHaveLength(1);
    expect(two.tpk).toEqual([
      {
        id: expect.any(Number),
        desaId: desa.id,
        fullName: 'Iwan Setiawan',
        role: 'ketua',
        phone: '0812 1111 2222',
        active: true,
      },
      {
        id: expect.any(Number),
        desaId: desa.id,
        fullName: 'Lilis Suryani',
        role: 'sekretaris',
        phone: null,
        active: true,
      },
    ]);
    const lilis = two.tpk[1];
    if (!lilis) return expect.fail('member missing');

    const updated = expectOk(
      await t.call('tpk.update', {
        id: lilis.id,
        fullName: 'Lilis S.',
        role: 'bendahara',
        phone: '0813 2222 3333',
      }),
    );
    expect(updated.tpk[1]).toEqual({
      ...lilis,
      fullName: 'Lilis S.',
      role: 'bendahara',
      phone: '0813 2222 3333',
    });

    const off = expectOk(await t.call('tpk.setActive', { id: lilis.id, active: false }));
    expect(off.tpk.map((m) => [m.fullName, m.active])).toEqual([
      ['Iwan Setiawan', true],
      ['Lilis S.', false],
    ]);
    expect(expectOk(await t.call('desa.list', {}))[0]?.tpk).toEqual(off.tpk);
  });

  it('refuses adding a member to an inactive desa, nothing written', async () => {
    const desa = await createDesa('Girimulya');
    expectOk(await t.call('desa.setActive', { id: desa.id, active: false }));
    const error = await refusedUnchanged(
      t,
      () => t.call('tpk.create', { desaId: desa.id, fullName: 'Dede', role: 'anggota', phone: null }),
      'CONFLICT',
    );
    expect(error.message).toBe('Desa Girimulya nonaktif; aktifkan dulu untuk menambah anggota TPK.');
    expect(t.sqlite.prepare('SELECT count(*) FROM tpk_members').pluck().get()).toBe(0);
    expectOk(await t.call('desa.setActive', { id: desa.id, active: true }));
    expect(
      expectOk(
        await t.call('tpk.create', { desaId: desa.id, fullName: 'Dede', role: 'anggota', phone: null }),
      ).tpk,
    ).toHaveLength(1);
  });

  it('validates the role and phone', async () => {
    const desa = await createDesa('Sukamaju');
    const error = await refusedUnchanged(
      t,
      () => t.callRaw('tpk.create', { desaId: desa.id, fullName: 'Iwan', role: 'wakil', phone: '12' }),
      'VALIDATION',
    );
    expect(error.fields).toEqual({
      role: 'Jabatan di TPK harus salah satu dari: ketua, sekretaris, bendahara, anggota',
      phone: 'Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung (minimal 6 digit)',
    });
  });
});
