import { expect, type Page } from '@playwright/test';
import { call } from '../demoOffice';
import type { RunningServer } from '../server';

/**
 * Every screen of the app, as the hash route that opens it. A route with `:book`, `:exam`, `:audit`,
 * `:loan` or `:finding` is opened with a record of the demo office (a draft and a final one where both exist).
 * Add a screen here when you add it to the app: `screens.spec.ts` fails on a navigation link or a
 * routed tab that leads to a route missing from this list.
 */
export const SCREENS: readonly string[] = [
  'beranda',
  'buku-kas',
  'buku-kas/bku',
  'buku-kas/:book',
  'pemeriksaan-kas',
  'pemeriksaan-kas/verifikasi',
  'pemeriksaan-kas/:exam-draft',
  'pemeriksaan-kas/:exam-final',
  'pra-audit',
  'pra-audit/banding',
  'pra-audit/:audit-draft',
  'pra-audit/:audit-final',
  'dana-bergulir/pinjaman',
  'dana-bergulir/kelompok',
  'dana-bergulir/kolektibilitas',
  'dana-bergulir/rasio',
  'dana-bergulir/banding',
  'dana-bergulir/:loan',
  'temuan',
  'temuan/lewat-batas-waktu',
  'temuan/:finding',
  'laporan',
  'pengaturan/profil',
  'pengaturan/pejabat',
  'pengaturan/desa',
  'pengaturan/kegiatan',
  'pengaturan/akun',
  'pengaturan/pemeriksaan',
  'pengaturan/checklist',
  'pengaturan/dana-bergulir',
  'pengaturan/pengguna',
  'pengaturan/jejak-audit',
  'pengaturan/data',
  'pengaturan/temuan',
];

/** Dialogs opened from a screen by a button of that name (the first one, when a list has many). */
export const DIALOGS: readonly { screen: string; button: string | RegExp }[] = [
  { screen: 'buku-kas', button: /^Catat transaksi/ },
  { screen: 'buku-kas', button: /^Jurnal umum/ },
  { screen: 'pemeriksaan-kas', button: /^Pemeriksaan baru/ },
  { screen: 'pra-audit', button: /^Pra-audit baru/ },
  { screen: 'dana-bergulir/pinjaman', button: /^Usulan baru/ },
  { screen: 'dana-bergulir/kelompok', button: /^Tambah kelompok/ },
  { screen: 'pengaturan/pejabat', button: 'Tambah pejabat' },
  { screen: 'pengaturan/desa', button: 'Tambah desa' },
  { screen: 'pengaturan/kegiatan', button: /^Tambah kegiatan/ },
  { screen: 'pengaturan/akun', button: 'Tambah akun' },
  { screen: 'pengaturan/akun', button: 'Tambah rekening bank' },
  { screen: 'pengaturan/akun', button: 'Isi saldo awal' },
  { screen: 'pengaturan/pengguna', button: /^Tambah pengguna/ },
];

/** A route pattern as written in SCREENS: ids become `:exam-draft` etc. by what they open. */
export function routePattern(hash: string): string {
  const path = hash.replace(/^#\/?/, '');
  const [area, sub] = path.split('/');
  if (!sub) return area || 'beranda';
  if (!/^\d+$/.test(sub)) return `${area}/${sub}`;
  return `${area}/:id`;
}

/** SCREENS with the demo office's ids filled in. */
export async function screenPaths(server: RunningServer): Promise<{ pattern: string; path: string }[]> {
  const accounts = await call(server, 'accounts.list', { includeInactive: false });
  const exams = await call(server, 'exam.list', {});
  const audits = await call(server, 'praAudit.list', {});
  const loans = await call(server, 'loan.list', {});
  const findings = await call(server, 'finding.list', {});
  const ids: Record<string, number | undefined> = {
    ':book': accounts.find((a) => a.money?.kind === 'bank')?.id,
    ':exam-draft': exams.find((e) => e.status === 'draft')?.id,
    ':exam-final': exams.find((e) => e.status !== 'draft')?.id,
    ':audit-draft': audits.find((a) => a.status === 'draft')?.id,
    ':audit-final': audits.find((a) => a.status !== 'draft')?.id,
    ':loan': loans[0]?.id,
    ':finding': findings[0]?.id,
  };
  return SCREENS.map((pattern) => {
    const param = /:[a-z-]+$/.exec(pattern)?.[0];
    if (!param) return { pattern, path: pattern };
    const id = ids[param];
    if (id === undefined) throw new Error(`Kantor contoh tidak punya data untuk ${pattern}`);
    return { pattern, path: pattern.replace(param, String(id)) };
  });
}

/** Opens a screen and waits until it has loaded its data. */
export async function openScreen(page: Page, base: string, path: string): Promise<void> {
  await page.goto(`${base}#/${path}`);
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader-root:visible')).toHaveCount(0);
}

/**
 * Runs `visit` on the screen and on each of its in-screen tabs (a tab list that changes the route
 * holds screens of their own in SCREENS and is skipped here). `view` is "" for the screen as it opens.
 */
export async function eachView(
  page: Page,
  base: string,
  path: string,
  visit: (view: string) => Promise<void>,
): Promise<void> {
  await openScreen(page, base, path);
  await visit('');
  const start = await page.evaluate(() => window.location.hash);
  const tabs = await page.getByRole('main').getByRole('tab', { selected: false }).allInnerTexts();
  for (const tab of tabs) {
    await page.getByRole('main').getByRole('tab', { name: tab, exact: true }).first().click();
    if ((await page.evaluate(() => window.location.hash)) !== start) {
      // The tab list is the route's own: its other tabs are screens of their own too.
      await openScreen(page, base, path);
      return;
    }
    await page.waitForLoadState('networkidle');
    await visit(tab);
  }
}
