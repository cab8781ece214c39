import { REQUEST_ACCESS, roleMay } from '../../shared/auth/access';
import { ROLE_LABELS } from '../../shared/auth/auth';
import type { AppErrorData, RequestName } from '../../shared/contract';
import { type Caller, type ServiceContext, SYSTEM_CALLER } from '../core/context';
import { idleMinutes } from './authService';
import { sessionsOf } from './sessions';

const NOT_SIGNED_IN: AppErrorData = {
  code: 'UNAUTHENTICATED',
  message: 'Silakan masuk dengan nama pengguna dan kata sandi Anda.',
};
const IDLE: AppErrorData = {
  code: 'UNAUTHENTICATED',
  message: 'Aplikasi terkunci karena lama tidak dipakai. Masuk lagi untuk melanjutkan.',
};

/**
 * Checks the caller against the role table before a request runs, and sets who is acting
 * (`ctx.user`, `ctx.actor`) for the services and the audit trail. Returns the refusal, or null.
 */
export function authorize(
  ctx: ServiceContext,
  name: RequestName,
  caller: Caller | undefined,
  systemActor: string,
): AppErrorData | null {
  ctx.caller = caller;
  ctx.user = null;
  ctx.actor = systemActor;
  if (caller === SYSTEM_CALLER) return null;
  const access = REQUEST_ACCESS[name];
  const session = typeof caller === 'string' ? sessionsOf(ctx).touch(caller, idleMinutes(ctx)) : 'none';
  if (typeof session === 'object') {
    ctx.user = session;
    ctx.actor = `${session.fullName} (${session.username})`;
  }
  if (access === 'public') return null;
  if (session === 'none') return NOT_SIGNED_IN;
  if (session === 'idle') return IDLE;
  // With a temporary password only what every signed-in user may do (reading, the own password) works.
  if (session.mustChangePassword && access !== 'login') {
    return { code: 'FORBIDDEN', message: 'Ganti dulu kata sandi sementara Anda sebelum bekerja.' };
  }
  if (roleMay(session.role, name)) return null;
  return {
    code: 'FORBIDDEN',
    message: `Peran Anda (${ROLE_LABELS[session.role]}) tidak boleh melakukan ini. Minta pengguna dengan peran yang sesuai atau Admin.`,
  };
}
