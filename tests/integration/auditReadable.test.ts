import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_OFFICERS } from '../../main/demo/demoOffice';
import { DEMO_PASSWORD, DEMO_USERS } from '../../main/demo/demoUsers';
import { auditFieldLabel, auditFieldValue } from '../../shared/audit/auditFields';
import type { Envelope, ResultOf } from '../../shared/contract';
import { formatWaktu, localDateTimeInZone } from '../../shared/format/date';
import { expectOk, openTestApp, type TestApp } from './helpers';

const opened: TestApp[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.cleanup();
});

const CALLER = 'ipc:jejak-terbaca';

function shiftDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('audit trail in the office language', () => {
  it('names the demo office for the demo data and the signed-in person for a login', async () => {
    const t = await openTestApp({ demo: true });
    opened.push(t);
    const actors = t.sqlite
      .prepare(
        "SELECT DISTINCT actor FROM audit_log WHERE table_name IN ('office_profile', 'journal_entries', 'users')",
      )
      .pluck()
      .all();
    expect(actors).toEqual(['Kantor contoh']);

    expectOk(await t.app.dispatch('auth.login', { username: 'bendahara', password: DEMO_PASSWORD }, CALLER));
    const login = t.sqlite
      .prepare("SELECT actor, after_json FROM audit_log WHERE table_name = 'users' ORDER BY id DESC LIMIT 1")
      .get() as { actor: string; after_json: string };
    expect(login.actor).toBe('Siti Nurhayati, S.Ak. (bendahara)');
    expect(login.after_json).toContain('last_login_at');
  });

  it('filters by dates of the office zone (WIB in the demo)', async () => {
    const t = await openTestApp({ demo: true });
    opened.push(t);
    expectOk(await t.app.dispatch('auth.login', { username: 'admin', password: DEMO_PASSWORD }, CALLER));
    const today = localDateTimeInZone(Date.now(), 'WIB').date;
    const list = async (from: string | null, to: string | null) =>
      expectOk(
        (await t.app.dispatch(
          'audit.list',
          { table: 'users', actor: 'Admin Kantor Contoh', from, to, text: null, page: 1, pageSize: 50 },
          CALLER,
        )) as Envelope<ResultOf<'audit.list'>>,
      ).rows.length;
    expect(await list(today, today)).toBe(1);
    expect(await list(shiftDays(today, 1), null)).toBe(0);
    expect(await list(null, shiftDays(today, -1))).toBe(0);
  });

  it('the demo users carry the names of the officers they are', () => {
    const officers = new Set(DEMO_OFFICERS.map((o) => o.fullName));
    const staff = DEMO_USERS.filter((u) => u.role === 'bendahara' || u.role === 'pemeriksa');
    for (const u of staff) expect(officers, u.fullName).toContain(u.fullName);
  });
});

describe('audit field labels and values', () => {
  it('shows columns as the screens label them and money as Rupiah', () => {
    expect(auditFieldLabel('address')).toBe('Alamat');
    expect(auditFieldLabel('debit')).toBe('Debit');
    expect(auditFieldLabel('kolom_baru')).toBe('kolom_baru');
    expect(auditFieldValue('debit', '26200000')).toBe('Rp262.000');
    expect(auditFieldValue('active', '0')).toBe('Tidak');
    expect(auditFieldValue('address', 'Jl. Raya 1')).toBe('Jl. Raya 1');
  });

  it('writes a stored UTC moment in the office zone', () => {
    expect(formatWaktu('2026-11-29T17:30:05.000Z', 'WIB')).toMatch(/^30 Nov 2026.*00\.30\.05 WIB$/);
    expect(formatWaktu('2026-11-29T17:30:05.000Z', 'WIT')).toMatch(/^30 Nov 2026.*02\.30\.05 WIT$/);
  });
});
