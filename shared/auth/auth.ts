import { z } from 'zod';
import { request } from '../contract/define';
import { choice, id, noInput, requiredText } from '../contract/fields';

export const ROLES = ['admin', 'bendahara', 'pemeriksa', 'pembaca'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  bendahara: 'Bendahara / Staf UPK',
  pemeriksa: 'Pemeriksa',
  pembaca: 'Pembaca',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Semua pekerjaan, termasuk pengaturan, pengguna dan pemulihan cadangan.',
  bendahara: 'Buku kas & bank, akun, dana bergulir, tindak lanjut temuan.',
  pemeriksa: 'Pemeriksaan kas, pra-audit, kegiatan, temuan dan tindak lanjutnya.',
  pembaca: 'Hanya melihat dan mencetak; tidak dapat mengubah apa pun.',
};

export const PASSWORD_MIN = 8;

export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  mustChangePassword: boolean;
}

export interface AuthStatus {
  /** No user exists yet: the first person creates the admin account. */
  needsSetup: boolean;
  user: SessionUser | null;
  idleMinutes: number;
}

export interface UserRow {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  officerId: number | null;
  officerName: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
}

// Nobody can type a control character; refusing them keeps odd bytes out of the hash input.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters.
const CONTROL = /[\u0000-\u001f\u007f]/;

function anyPassword(label: string) {
  return z
    .string({ error: `${label} wajib diisi` })
    .min(1, { error: `${label} wajib diisi` })
    .max(200, { error: `${label} paling panjang 200 karakter` })
    .refine((s) => !CONTROL.test(s), { error: `${label} berisi karakter yang tidak sah` });
}

function password(label: string) {
  return anyPassword(label).refine((s) => s.length >= PASSWORD_MIN, {
    error: `${label} paling sedikit ${PASSWORD_MIN} karakter`,
  });
}

const username = requiredText('Nama pengguna', 40).refine((s) => /^[a-zA-Z0-9._-]+$/.test(s), {
  error: 'Nama pengguna hanya boleh berisi huruf, angka, titik, garis bawah atau tanda hubung',
});
const role = choice('Peran', ROLES);
const officerId = id('Pejabat')
  .nullish()
  .transform((v) => v ?? null);

export const authRequests = {
  'auth.status': request<AuthStatus>()(noInput, { write: false }),
  'auth.setup': request<SessionUser>()(
    z.strictObject({ username, fullName: requiredText('Nama lengkap'), password: password('Kata sandi') }),
    { write: true },
  ),
  'auth.login': request<SessionUser>()(
    z.strictObject({
      username: requiredText('Nama pengguna', 40),
      password: anyPassword('Kata sandi'),
    }),
    { write: true },
  ),
  'auth.logout': request<null>()(noInput, { write: false }),
  'auth.changePassword': request<SessionUser>()(
    z.strictObject({
      oldPassword: anyPassword('Kata sandi lama'),
      newPassword: password('Kata sandi baru'),
    }),
    { write: true },
  ),
  'user.list': request<UserRow[]>()(noInput, { write: false }),
  'user.create': request<UserRow>()(
    z.strictObject({
      username,
      fullName: requiredText('Nama lengkap'),
      role,
      officerId,
      password: password('Kata sandi awal'),
    }),
    { write: true },
  ),
  'user.update': request<UserRow>()(
    z.strictObject({ id: id('Pengguna'), fullName: requiredText('Nama lengkap'), role, officerId }),
    { write: true },
  ),
  'user.setActive': request<UserRow>()(z.strictObject({ id: id('Pengguna'), active: z.boolean() }), {
    write: true,
  }),
  'user.resetPassword': request<UserRow>()(
    z.strictObject({ id: id('Pengguna'), password: password('Kata sandi baru') }),
    { write: true },
  ),
  'auth.setIdleMinutes': request<AuthStatus>()(
    z.strictObject({
      minutes: z
        .number({ error: 'Menit harus berupa angka' })
        .int({ error: 'Menit harus bilangan bulat' })
        .min(1, { error: 'Paling sedikit 1 menit' })
        .max(240, { error: 'Paling lama 240 menit' }),
    }),
    { write: true },
  ),
};
