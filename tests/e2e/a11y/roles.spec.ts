import type { Page } from '@playwright/test';
import { roleMay } from '../../../shared/auth/access';
import type { Role } from '../../../shared/auth/auth';
import type { RequestName } from '../../../shared/contract';
import { startDemoOffice } from '../demoOffice';
import { expect, test } from '../fixtures';
import { AuditUpkApp } from '../pages/AuditUpkApp';
import { eachView, screenPaths } from './screens';

/** The demo office's users (main/demo/demoUsers.ts), all with the demo password. */
const USERS: Record<Role, string> = {
  admin: 'admin',
  bendahara: 'bendahara',
  pemeriksa: 'pemeriksa',
  pembaca: 'pembaca',
};

/**
 * Buttons that send no write request: reading, printing, downloading, moving around. Anything else a
 * Pembaca can press is a control it cannot use.
 */
const READ_ONLY =
  /^(|Tutup|Batal|Kembali.*|Cetak.*|Unduh.*|Ekspor.*|PDF.*|XLSX.*|Lihat.*|Buka.*|Tampilkan.*|Sembunyikan.*|Periksa integritas|Verifikasi|Bandingkan|Cari|Saring.*|Reset saringan|Muat lagi|Sebelumnya|Berikutnya|Halaman.*|\d+|Pilih tanggal|.*kalender.*)$/i;

interface Control {
  name: string;
  request: string | null;
}

/** The enabled buttons and forms on screen (dialogs included), each with the request it belongs to. */
async function controls(page: Page): Promise<Control[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('button, [role="button"], form'))
      .filter(
        (el) =>
          el.offsetParent !== null &&
          !el.hasAttribute('disabled') &&
          el.getAttribute('aria-disabled') !== 'true',
      )
      .filter((el) => !el.closest('[role="tablist"], [role="navigation"], header, [role="search"]'))
      .filter(
        (el) =>
          el.getAttribute('aria-haspopup') !== 'listbox' && !el.classList.contains('mantine-Input-input'),
      )
      .map((el) => ({
        name: (el.getAttribute('aria-label') ?? el.textContent ?? '')
          .trim()
          .replace(/\s+/g, ' ')
          .slice(0, 60),
        request: el.closest('[data-request]')?.getAttribute('data-request') ?? null,
      })),
  );
}

for (const role of Object.keys(USERS) as Role[]) {
  test(`peran ${role}: setiap tombol dan formulir yang tampil dapat dipakai peran ini`, async ({
    page,
    office,
  }) => {
    test.setTimeout(300_000);
    const server = await startDemoOffice(office);
    const paths = await screenPaths(server);
    await new AuditUpkApp(page).open(server.url, { username: USERS[role], password: 'contoh123' });
    const wrong: string[] = [];
    for (const { pattern, path } of paths) {
      await eachView(page, server.url, path, async (tab) => {
        for (const c of await controls(page)) {
          const where = `${pattern}${tab ? ` › ${tab}` : ''}: «${c.name}»`;
          if (c.request && !roleMay(role, c.request as RequestName)) wrong.push(`${where} → ${c.request}`);
          if (!c.request && role === 'pembaca' && !READ_ONLY.test(c.name))
            wrong.push(`${where} (tanpa permintaan baca)`);
        }
      });
    }
    expect([...new Set(wrong)]).toEqual([]);
  });
}
