import type { AuthStatus, SessionUser, UserRow } from '../../shared/auth/auth';
import type { ParsedInputOf } from '../../shared/contract';
import { setAuditActor } from '../audit/auditTriggers';
import { AppError, conflict, notFound } from '../core/appError';
import { nowIso, type ServiceContext } from '../core/context';
import { hashPassword, verifyPassword } from './passwords';
import { sessionsOf } from './sessions';

/** Five wrong passwords in a row lock the account for five minutes. */
const MAX_FAILED = 5;
const LOCK_MS = 5 * 60_000;
const DEFAULT_IDLE_MINUTES = 15;

interface UserDbRow {
  id: number;
  username: string;
  full_name: string;
  officer_id: number | null;
  officer_name: string | null;
  role: SessionUser['role'];
  password_hash: string;
  must_change_password: number;
  active: number;
  last_login_at: string | null;
}

const SELECT_USER = `SELECT u.*, o.full_name AS officer_name FROM users u LEFT JOIN officers o ON o.id = u.officer_id`;

function userRow(ctx: ServiceContext, where: string, value: unknown): UserDbRow | undefined {
  return ctx.sqlite.prepare(`${SELECT_USER} WHERE ${where}`).get(value) as UserDbRow | undefined;
}

function toSessionUser(r: UserDbRow): SessionUser {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    mustChangePassword: r.must_change_password === 1,
  };
}

function toUserRow(r: UserDbRow): UserRow {
  return {
    id: r.id,
    username: r.username,
    fullName: r.full_name,
    role: r.role,
    officerId: r.officer_id,
    officerName: r.officer_name,
    active: r.active === 1,
    mustChangePassword: r.must_change_password === 1,
    lastLoginAt: r.last_login_at,
  };
}

export function idleMinutes(ctx: ServiceContext): number {
  const raw = ctx.sqlite
    .prepare("SELECT value FROM app_settings WHERE key = 'auth.idleMinutes'")
    .pluck()
    .get();
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_IDLE_MINUTES;
}

export function userCount(ctx: ServiceContext): number {
  return ctx.sqlite.prepare('SELECT count(*) FROM users').pluck().get() as number;
}

function callerOf(ctx: ServiceContext): string {
  if (typeof ctx.caller !== 'string' || ctx.caller.length === 0) {
    throw new AppError(
      'UNAUTHENTICATED',
      'Jendela ini tidak dapat masuk: muat ulang aplikasi lalu coba lagi.',
    );
  }
  return ctx.caller;
}

export function authStatus(ctx: ServiceContext): AuthStatus {
  return { needsSetup: userCount(ctx) === 0, user: ctx.user ?? null, idleMinutes: idleMinutes(ctx) };
}

/** The first run: the first person creates the admin account and is signed in. */
export async function setupFirstAdmin(
  ctx: ServiceContext,
  input: ParsedInputOf<'auth.setup'>,
): Promise<SessionUser> {
  const caller = callerOf(ctx);
  const hash = await hashPassword(input.password);
  const now = nowIso(ctx);
  actAs(ctx, `${input.fullName} (${input.username})`);
  const id = ctx.sqlite.transaction(() => {
    if (userCount(ctx) > 0) throw conflict('Akun admin sudah ada. Masuk dengan akun yang sudah dibuat.');
    return Number(
      ctx.sqlite
        .prepare(
          `INSERT INTO users (username, full_name, role, password_hash, last_login_at, created_at, updated_at)
           VALUES (?, ?, 'admin', ?, ?, ?, ?)`,
        )
        .run(input.username, input.fullName, hash, now, now, now).lastInsertRowid,
    );
  })();
  const user = toSessionUser(userRow(ctx, 'u.id = ?', id) as UserDbRow);
  sessionsOf(ctx).signIn(caller, user);
  return user;
}

const WRONG = 'Nama pengguna atau kata sandi salah.';

function actAs(ctx: ServiceContext, actor: string): void {
  ctx.actor = actor;
  setAuditActor(ctx.sqlite, actor);
}

export async function login(ctx: ServiceContext, input: ParsedInputOf<'auth.login'>): Promise<SessionUser> {
  const caller = callerOf(ctx);
  const sessions = sessionsOf(ctx);
  if (sessions.lockedFor(input.username) > 0) {
    throw new AppError(
      'FORBIDDEN',
      'Akun ini dikunci sementara karena kata sandi salah berkali-kali. Coba lagi 5 menit lagi atau minta Admin mengatur ulang kata sandi.',
    );
  }
  const row = userRow(ctx, 'u.username = ?', input.username);
  // A wrong user name costs the same time as a wrong password.
  const ok = await verifyPassword(input.password, row?.password_hash ?? DUMMY_HASH);
  if (!row || !ok) {
    sessions.loginFailed(input.username, MAX_FAILED, LOCK_MS);
    throw new AppError('UNAUTHENTICATED', WRONG, { password: WRONG });
  }
  if (row.active !== 1) {
    throw new AppError('FORBIDDEN', 'Akun ini sudah dinonaktifkan. Hubungi Admin kantor.');
  }
  sessions.loginSucceeded(input.username);
  // A login is public (no session yet): the trail names the person signing in, not the computer's account.
  actAs(ctx, `${row.full_name} (${row.username})`);
  ctx.sqlite.prepare('UPDATE users SET last_login_at = ? WHERE id = ?').run(nowIso(ctx), row.id);
  const user = toSessionUser(row);
  sessions.signIn(caller, user);
  return user;
}

// Well-formed, matched by no password: checking it takes as long as checking a real one.
const DUMMY_HASH = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA==$0000000000000000000000000000000000000000000=';

export function logout(ctx: ServiceContext): null {
  sessionsOf(ctx).signOut(callerOf(ctx));
  return null;
}

export async function changePassword(
  ctx: ServiceContext,
  input: ParsedInputOf<'auth.changePassword'>,
): Promise<SessionUser> {
  const me = ctx.user;
  if (!me) throw new AppError('UNAUTHENTICATED', 'Masuk dulu untuk mengganti kata sandi.');
  const row = userRow(ctx, 'u.id = ?', me.id) as UserDbRow;
  if (!(await verifyPassword(input.oldPassword, row.password_hash))) {
    throw new AppError('VALIDATION', 'Kata sandi lama salah.', { oldPassword: 'Kata sandi lama salah' });
  }
  if (input.oldPassword === input.newPassword) {
    throw new AppError('VALIDATION', 'Kata sandi baru harus berbeda dari yang lama.', {
      newPassword: 'Harus berbeda dari kata sandi lama',
    });
  }
  const hash = await hashPassword(input.newPassword);
  ctx.sqlite
    .prepare('UPDATE users SET password_hash = ?, must_change_password = 0, updated_at = ? WHERE id = ?')
    .run(hash, nowIso(ctx), me.id);
  const user = toSessionUser(userRow(ctx, 'u.id = ?', me.id) as UserDbRow);
  sessionsOf(ctx).update(me.id, user);
  sessionsOf(ctx).endOthers(me.id, callerOf(ctx));
  return user;
}

export function listUsers(ctx: ServiceContext): UserRow[] {
  return (ctx.sqlite.prepare(`${SELECT_USER} ORDER BY u.active DESC, u.username`).all() as UserDbRow[]).map(
    toUserRow,
  );
}

function checkOfficer(ctx: ServiceContext, officerId: number | null): void {
  if (officerId === null) return;
  if (!ctx.sqlite.prepare('SELECT 1 FROM officers WHERE id = ?').get(officerId)) {
    throw new AppError('VALIDATION', 'Pejabat yang dipilih tidak ada.', { officerId: 'Pejabat tidak ada' });
  }
}

function reload(ctx: ServiceContext, id: number): UserRow {
  const row = userRow(ctx, 'u.id = ?', id);
  if (!row) throw notFound('Pengguna');
  sessionsOf(ctx).update(id, row.active === 1 ? toSessionUser(row) : null);
  return toUserRow(row);
}

export async function createUser(ctx: ServiceContext, input: ParsedInputOf<'user.create'>): Promise<UserRow> {
  checkOfficer(ctx, input.officerId);
  if (userRow(ctx, 'u.username = ?', input.username)) {
    throw new AppError('CONFLICT', `Nama pengguna "${input.username}" sudah dipakai.`, {
      username: 'Sudah dipakai',
    });
  }
  const hash = await hashPassword(input.password);
  const now = nowIso(ctx);
  const id = ctx.sqlite
    .prepare(
      `INSERT INTO users (username, full_name, officer_id, role, password_hash, must_change_password, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
    )
    .run(input.username, input.fullName, input.officerId, input.role, hash, now, now).lastInsertRowid;
  return reload(ctx, Number(id));
}

/** An office must keep at least one active admin, or nobody could manage users again. */
function keepsAnAdmin(ctx: ServiceContext, changedId: number, role: string, active: boolean): void {
  if (role === 'admin' && active) return;
  const others = ctx.sqlite
    .prepare("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1 AND id <> ?")
    .pluck()
    .get(changedId) as number;
  if (others === 0) throw conflict('Harus ada paling sedikit satu Admin yang aktif.');
}

function existing(ctx: ServiceContext, id: number): UserDbRow {
  const row = userRow(ctx, 'u.id = ?', id);
  if (!row) throw notFound('Pengguna');
  return row;
}

export function updateUser(ctx: ServiceContext, input: ParsedInputOf<'user.update'>): UserRow {
  const row = existing(ctx, input.id);
  checkOfficer(ctx, input.officerId);
  keepsAnAdmin(ctx, input.id, input.role, row.active === 1);
  ctx.sqlite
    .prepare('UPDATE users SET full_name = ?, role = ?, officer_id = ?, updated_at = ? WHERE id = ?')
    .run(input.fullName, input.role, input.officerId, nowIso(ctx), input.id);
  return reload(ctx, input.id);
}

export function setUserActive(ctx: ServiceContext, input: ParsedInputOf<'user.setActive'>): UserRow {
  const row = existing(ctx, input.id);
  if (!input.active && ctx.user?.id === input.id)
    throw conflict('Anda tidak dapat menonaktifkan akun Anda sendiri.');
  keepsAnAdmin(ctx, input.id, row.role, input.active);
  ctx.sqlite
    .prepare('UPDATE users SET active = ?, updated_at = ? WHERE id = ?')
    .run(input.active ? 1 : 0, nowIso(ctx), input.id);
  return reload(ctx, input.id);
}

/** The admin sets a temporary password; the user must change it at the next login. */
export async function resetPassword(
  ctx: ServiceContext,
  input: ParsedInputOf<'user.resetPassword'>,
): Promise<UserRow> {
  const row = existing(ctx, input.id);
  const hash = await hashPassword(input.password);
  sessionsOf(ctx).loginSucceeded(row.username);
  ctx.sqlite
    .prepare('UPDATE users SET password_hash = ?, must_change_password = 1, updated_at = ? WHERE id = ?')
    .run(hash, nowIso(ctx), input.id);
  // Whoever is signed in with the old password is signed out (not the admin's own window).
  sessionsOf(ctx).endOthers(input.id, typeof ctx.caller === 'string' ? ctx.caller : '');
  return reload(ctx, input.id);
}

export function setIdleMinutes(ctx: ServiceContext, input: ParsedInputOf<'auth.setIdleMinutes'>): AuthStatus {
  ctx.sqlite
    .prepare(
      `INSERT INTO app_settings (key, value, updated_at) VALUES ('auth.idleMinutes', ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(String(input.minutes), nowIso(ctx));
  return authStatus(ctx);
}
