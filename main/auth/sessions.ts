import type { SessionUser } from '../../shared/auth/auth';
import type { ServiceContext } from '../core/context';

/**
 * Signed-in users by caller: one key per Electron window (`ipc:<id>`) or browser tab
 * (`http:<random key>`). In memory only: closing the app signs everyone out.
 */
export class SessionStore {
  private readonly sessions = new Map<string, { user: SessionUser; lastSeen: number }>();

  /** Wrong passwords per user name, in memory: a refused login writes nothing to the database. */
  private readonly failures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(private readonly clock: () => number = () => Date.now()) {}

  /** Milliseconds the user name stays locked after too many wrong passwords, or 0. */
  lockedFor(username: string): number {
    const f = this.failures.get(username.toLowerCase());
    return f ? Math.max(0, f.lockedUntil - this.clock()) : 0;
  }

  loginFailed(username: string, maxFailures: number, lockMs: number): void {
    const key = username.toLowerCase();
    const count = (this.failures.get(key)?.count ?? 0) + 1;
    const locked = count >= maxFailures;
    this.failures.set(key, { count: locked ? 0 : count, lockedUntil: locked ? this.clock() + lockMs : 0 });
  }

  loginSucceeded(username: string): void {
    this.failures.delete(username.toLowerCase());
  }

  signIn(caller: string, user: SessionUser): void {
    this.sessions.set(caller, { user, lastSeen: this.clock() });
  }

  signOut(caller: string): void {
    this.sessions.delete(caller);
  }

  /** The user of `caller`, or why there is none; touching the session keeps it alive. */
  touch(caller: string, idleMinutes: number): SessionUser | 'none' | 'idle' {
    const session = this.sessions.get(caller);
    if (!session) return 'none';
    const now = this.clock();
    if (now - session.lastSeen > idleMinutes * 60_000) {
      this.sessions.delete(caller);
      return 'idle';
    }
    session.lastSeen = now;
    return session.user;
  }

  /** A restore replaced every user and right: everyone signs in again. */
  endAll(): void {
    this.sessions.clear();
  }

  /** After a password change: the user's sessions in other windows and tabs end. */
  endOthers(userId: number, keep: string): void {
    for (const [caller, session] of this.sessions) {
      if (session.user.id === userId && caller !== keep) this.sessions.delete(caller);
    }
  }

  /** After an admin changes a user: every session of that user follows (or ends when inactive). */
  update(userId: number, user: SessionUser | null): void {
    for (const [caller, session] of this.sessions) {
      if (session.user.id !== userId) continue;
      if (user) session.user = user;
      else this.sessions.delete(caller);
    }
  }
}

const stores = new WeakMap<ServiceContext, SessionStore>();

/** The sessions of one running app (one per ServiceContext). */
export function sessionsOf(ctx: ServiceContext): SessionStore {
  let store = stores.get(ctx);
  if (!store) {
    store = new SessionStore();
    stores.set(ctx, store);
  }
  return store;
}
