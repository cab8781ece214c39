import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { LOGO_MAX_BYTES } from '../../shared/office/profile';
import { expectErr, expectOk, openTestApp, rowCounts, snapshot, type TestApp } from './helpers';

/** A real 1×1 PNG. */
const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG_BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);

function pngOfSize(bytes: number): string {
  const buf = Buffer.alloc(bytes, 0x41);
  PNG_SIGNATURE.copy(buf);
  return buf.toString('base64');
}

const PROFILE: InputOf<'office.saveProfile'> = {
  name: '  UPK DAPM Kecamatan Sukamaju  ',
  institutionKind: 'upk',
  kecamatan: 'Sukamaju',
  kabupaten: 'Kabupaten Cianjur',
  provinsi: 'Jawa Barat',
  address: 'Jl. Raya Sukamaju No. 17',
  postalCode: '43253',
  phone: '0263 512 345',
  email: 'upk.sukamaju@gmail.com',
  timeZone: 'WIB',
  paperSize: 'F4',
};

let t: TestApp;

beforeEach(async () => {
  t = await openTestApp();
});

afterEach(async () => {
  const errors = [...t.errors];
  await t.cleanup();
  expect(errors).toEqual([]);
});

describe('office profile', () => {
  it('is null before anything is saved', async () => {
    expect(expectOk(await t.call('office.getProfile', {}))).toBeNull();
  });

  it('saves, reads back and updates the single profile row', async () => {
    const saved = expectOk(await t.call('office.saveProfile', PROFILE));
    expect(saved).toEqual({
      name: 'UPK DAPM Kecamatan Sukamaju',
      institutionKind: 'upk',
      kecamatan: 'Sukamaju',
      kabupaten: 'Kabupaten Cianjur',
      provinsi: 'Jawa Barat',
      address: 'Jl. Raya Sukamaju No. 17',
      postalCode: '43253',
      phone: '0263 512 345',
      email: 'upk.sukamaju@gmail.com',
      timeZone: 'WIB',
      paperSize: 'F4',
      logoDataUrl: null,
      updatedAt: expect.stringMatching(/^2025-01-15T01:00:\d\d\.000Z$/),
    });
    expect(expectOk(await t.call('office.getProfile', {}))).toEqual(saved);

    const updated = expectOk(
      await t.call('office.saveProfile', {
        ...PROFILE,
        institutionKind: 'bumdesma',
        name: 'BUM Desa Bersama Sukamaju',
        postalCode: '',
        phone: null,
        email: '   ',
        timeZone: 'WITA',
        paperSize: 'A4',
      }),
    );
    expect(updated).toMatchObject({
      name: 'BUM Desa Bersama Sukamaju',
      institutionKind: 'bumdesma',
      postalCode: null,
      phone: null,
      email: null,
      timeZone: 'WITA',
      paperSize: 'A4',
    });
    expect(updated.updatedAt > saved.updatedAt).toBe(true);
    expect(expectOk(await t.call('office.getProfile', {}))).toEqual(updated);
    const rows = t.sqlite.prepare('SELECT id, created_at, updated_at FROM office_profile').all();
    expect(rows).toEqual([{ id: 1, created_at: saved.updatedAt, updated_at: updated.updatedAt }]);
    expect(t.errors).toEqual([]);
  });

  it('survives closing and reopening the app on the same file', async () => {
    const saved = expectOk(await t.call('office.saveProfile', PROFILE));
    const withLogo = expectOk(await t.call('office.setLogo', { mimeType: 'image/png', base64: PNG_1X1 }));
    await t.close();
    const again = await openTestApp({ dir: t.dir });
    try {
      expect(again.dbPath).toBe(t.dbPath);
      const read = expectOk(await again.call('office.getProfile', {}));
      expect(read).toEqual(withLogo);
      expect(read?.name).toBe(saved.name);
      expect(read?.logoDataUrl).toBe(`data:image/png;base64,${PNG_1X1}`);
    } finally {
      await again.close();
    }
  });
});

describe('office logo', () => {
  beforeEach(async () => {
    expectOk(await t.call('office.saveProfile', PROFILE));
  });

  it('accepts a real PNG and returns it as a data URL; removeLogo clears it', async () => {
    const profile = expectOk(await t.call('office.setLogo', { mimeType: 'image/png', base64: PNG_1X1 }));
    expect(profile.logoDataUrl).toBe(`data:image/png;base64,${PNG_1X1}`);
    const row = t.sqlite.prepare('SELECT logo, logo_mime FROM office_profile').get() as {
      logo: Buffer;
      logo_mime: string;
    };
    expect(row.logo_mime).toBe('image/png');
    expect(Buffer.compare(row.logo, Buffer.from(PNG_1X1, 'base64'))).toBe(0);

    const removed = expectOk(await t.call('office.removeLogo', {}));
    expect(removed.logoDataUrl).toBeNull();
    expect(t.sqlite.prepare('SELECT logo, logo_mime FROM office_profile').get()).toEqual({
      logo: null,
      logo_mime: null,
    });
  });

  it('accepts a JPEG', async () => {
    const base64 = JPEG_BYTES.toString('base64');
    const profile = expectOk(await t.call('office.setLogo', { mimeType: 'image/jpeg', base64 }));
    expect(profile.logoDataUrl).toBe(`data:image/jpeg;base64,${base64}`);
  });

  it('accepts exactly 512 KB', async () => {
    const base64 = pngOfSize(LOGO_MAX_BYTES);
    const profile = expectOk(await t.call('office.setLogo', { mimeType: 'image/png', base64 }));
    expect(profile.logoDataUrl?.length).toBe('data:image/png;base64,'.length + base64.length);
  });

  it('refuses a non-image labelled image/png, and a JPEG labelled PNG; nothing changes', async () => {
    expectOk(await t.call('office.setLogo', { mimeType: 'image/png', base64: PNG_1X1 }));
    const before = snapshot(t.sqlite);
    const notImage = Buffer.from('<svg onload="alert(1)"></svg>').toString('base64');
    for (const [mimeType, base64] of [
      ['image/png', notImage],
      ['image/jpeg', notImage],
      ['image/png', JPEG_BYTES.toString('base64')],
      ['image/jpeg', PNG_1X1],
    ] as const) {
      const error = expectErr(await t.call('office.setLogo', { mimeType, base64 }), 'VALIDATION');
      expect(error.message).toBe('Berkas logo bukan gambar PNG atau JPEG yang sah.');
      expect(error.fields).toEqual({ base64: 'Bukan gambar PNG/JPEG' });
    }
    expect(snapshot(t.sqlite)).toEqual(before);
    expect(t.errors).toEqual([]);
  });

  it('refuses a logo over 512 KB (in the service and, far over, in the schema)', async () => {
    const before = snapshot(t.sqlite);
    const justOver = expectErr(
      await t.call('office.setLogo', { mimeType: 'image/png', base64: pngOfSize(LOGO_MAX_BYTES + 1) }),
      'VALIDATION',
    );
    expect(justOver.message).toMatch(/Logo paling besar 512 KB/);
    expect(justOver.fields).toEqual({ base64: 'Berkas terlalu besar' });
    const farOver = expectErr(
      await t.call('office.setLogo', { mimeType: 'image/png', base64: pngOfSize(LOGO_MAX_BYTES + 10_000) }),
      'VALIDATION',
    );
    expect(farOver.fields).toEqual({ base64: 'Logo paling besar 512 KB' });
    expect(snapshot(t.sqlite)).toEqual(before);
  });

  it('refuses malformed base64 and other mime types', async () => {
    const before = snapshot(t.sqlite);
    const bad = expectErr(
      await t.call('office.setLogo', { mimeType: 'image/png', base64: 'data:image/png;base64,AAAA' }),
      'VALIDATION',
    );
    expect(bad.fields).toEqual({ base64: 'Isi berkas logo tidak sah' });
    const empty = expectErr(
      await t.call('office.setLogo', { mimeType: 'image/png', base64: '' }),
      'VALIDATION',
    );
    expect(empty.fields?.base64).toBe('Berkas logo kosong');
    const gif = expectErr(
      await t.callRaw('office.setLogo', { mimeType: 'image/gif', base64: PNG_1X1 }),
      'VALIDATION',
    );
    expect(gif.fields).toEqual({
      mimeType: 'Jenis berkas logo harus salah satu dari: image/png, image/jpeg',
    });
    expect(snapshot(t.sqlite)).toEqual(before);
  });
});

describe('before a profile exists', () => {
  it('setLogo and removeLogo are refused with CONFLICT and write nothing', async () => {
    const before = rowCounts(t.sqlite);
    const error = expectErr(
      await t.call('office.setLogo', { mimeType: 'image/png', base64: PNG_1X1 }),
      'CONFLICT',
    );
    expect(error.message).toBe('Simpan profil kantor terlebih dahulu.');
    expectErr(await t.call('office.removeLogo', {}), 'CONFLICT');
    expect(rowCounts(t.sqlite)).toEqual(before);
    expect(before.office_profile).toBe(0);
  });
});

describe('profile validation', () => {
  async function refused(input: unknown): Promise<Record<string, string> | undefined> {
    const before = snapshot(t.sqlite);
    const error = expectErr(await t.callRaw('office.saveProfile', input), 'VALIDATION');
    expect(snapshot(t.sqlite)).toEqual(before);
    return error.fields;
  }

  it('keys Indonesian messages by field', async () => {
    expect(await refused({ ...PROFILE, name: '   ' })).toEqual({ name: 'Nama lembaga wajib diisi' });
    const { name: _omit, ...noName } = PROFILE;
    expect(await refused(noName)).toEqual({ name: 'Nama lembaga wajib diisi' });
    expect(await refused({ ...PROFILE, name: 42 })).toEqual({ name: 'Nama lembaga harus berupa teks' });
    expect(await refused({ ...PROFILE, name: 'x'.repeat(151) })).toEqual({
      name: 'Nama lembaga paling panjang 150 karakter',
    });
    expect(await refused({ ...PROFILE, email: 'upk.sukamaju' })).toEqual({
      email: 'Alamat e-mail tidak sah, contoh: upk.sukamaju@gmail.com',
    });
    expect(await refused({ ...PROFILE, postalCode: '4325' })).toEqual({
      postalCode: 'Kode pos terdiri dari 5 angka',
    });
    expect(await refused({ ...PROFILE, postalCode: '4325A' })).toEqual({
      postalCode: 'Kode pos terdiri dari 5 angka',
    });
    expect(await refused({ ...PROFILE, institutionKind: 'koperasi' })).toEqual({
      institutionKind: 'Jenis lembaga harus salah satu dari: upk, bumdesma',
    });
    expect(await refused({ ...PROFILE, timeZone: 'UTC' })).toEqual({
      timeZone: 'Zona waktu harus salah satu dari: WIB, WITA, WIT',
    });
    expect(await refused({ ...PROFILE, paperSize: 'Letter' })).toEqual({
      paperSize: 'Ukuran kertas harus salah satu dari: A4, F4',
    });
    expect(await refused({ ...PROFILE, phone: 'telepon saya' })).toEqual({
      phone: 'Nomor telepon hanya boleh berisi angka, spasi, +, - dan tanda kurung (minimal 6 digit)',
    });
    expect(await refused({ ...PROFILE, address: 'Jl. Raya\u0000' })).toEqual({
      address: 'Alamat berisi karakter yang tidak sah',
    });
  });

  it('summarises several errors in one message', async () => {
    const error = expectErr(
      await t.callRaw('office.saveProfile', { ...PROFILE, name: '', postalCode: '1', institutionKind: 'x' }),
      'VALIDATION',
    );
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['institutionKind', 'name', 'postalCode']);
    expect(error.message).toMatch(/^Ada 3 isian yang perlu diperbaiki\. /);
  });

  it('refuses unknown keys', async () => {
    const error = expectErr(await t.callRaw('office.saveProfile', { ...PROFILE, logo: 'x' }), 'VALIDATION');
    expect(error.message.length).toBeGreaterThan(0);
    expect(rowCounts(t.sqlite).office_profile).toBe(0);
  });
});
