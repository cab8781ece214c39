import type BetterSqlite3 from 'better-sqlite3';
import type { Role } from '../../shared/auth/auth';
import { hashPassword } from '../auth/passwords';

/** The demo office's accounts, one per role, all with this password (README, login screen hint). */
export const DEMO_PASSWORD = 'contoh123';

export const DEMO_USERS: readonly { username: string; fullName: string; role: Role }[] = [
  { username: 'admin', fullName: 'Admin Kantor Contoh', role: 'admin' },
  { username: 'bendahara', fullName: 'Siti Nurhayati, S.Ak.', role: 'bendahara' },
  { username: 'pemeriksa', fullName: 'Ahmad Fauzi', role: 'pemeriksa' },
  { username: 'pembaca', fullName: 'Tamu Pembaca', role: 'pembaca' },
];

/** Hashed before the seeding transaction: scrypt is asynchronous and slow on purpose. */
export async function demoUserHashes(): Promise<string[]> {
  return Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
}

/** Inside the seeding transaction: the demo accounts whose user names are still free. */
export function seedDemoUsers(sqlite: BetterSqlite3.Database, hashes: readonly string[], now: string): void {
  const insert = sqlite.prepare(
    `INSERT INTO users (username, full_name, role, password_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (username) DO NOTHING`,
  );
  DEMO_USERS.forEach((u, i) => {
    insert.run(u.username, u.fullName, u.role, hashes[i], now, now);
  });
}
