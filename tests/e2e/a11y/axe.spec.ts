import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { startDemoOffice } from '../demoOffice';
import { test } from '../fixtures';
import { AuditUpkApp } from '../pages/AuditUpkApp';
import { DIALOGS, eachView, openScreen, screenPaths } from './screens';

const SHOTS = '/tmp/audit-shots/a11y';

interface Finding {
  where: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Moderate rules the app holds to as well: one h1 per screen, ordered headings, unique landmarks. */
const STRUCTURE = new Set([
  'page-has-heading-one',
  'heading-order',
  'landmark-unique',
  'landmark-one-main',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-main',
  'landmark-no-duplicate-contentinfo',
  'landmark-complementary-is-top-level',
]);

/** axe-core over the page (light mode, WCAG 2.x A/AA): critical and serious findings, and STRUCTURE. */
async function serious(page: Page, where: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious' || STRUCTURE.has(v.id))
    .map((v) => ({
      where,
      id: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`),
    }));
}

/** Visible buttons and badges whose text does not fit (clipped or cut off with an ellipsis). */
async function clipped(page: Page, where: string): Promise<Finding[]> {
  const names = await page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        'button, [role="button"], .mantine-Badge-root, .mantine-Button-label, .mantine-Badge-label',
      ),
    )
      .filter((el) => el.offsetParent !== null && el.getClientRects().length > 0)
      .filter((el) => el.scrollWidth > el.clientWidth + 1)
      .map((el) => (el.textContent || el.getAttribute('aria-label') || el.className).trim().slice(0, 60)),
  );
  return names.map((name) => ({
    where,
    id: 'terpotong',
    impact: 'serious',
    help: 'Teks tombol/lencana terpotong',
    targets: [name],
  }));
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`axe: tidak ada temuan kritis/serius di setiap layar dan dialog (${viewport.width}×${viewport.height})`, async ({
    page,
    office,
  }) => {
    test.setTimeout(1_200_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize(viewport);
    const server = await startDemoOffice(office);
    const app = new AuditUpkApp(page);
    await app.open(server.url);
    const findings: Finding[] = [];
    const screens = await screenPaths(server);
    for (const { pattern, path } of screens) {
      await eachView(page, server.url, path, async (tab) => {
        const where = tab ? `${pattern} › ${tab}` : pattern;
        findings.push(...(await serious(page, where)));
        if (viewport.width === 1366) findings.push(...(await clipped(page, where)));
      });
      if (viewport.width === 1366) {
        await page.screenshot({ path: `${SHOTS}/${pattern.replace(/[/:]/g, '_')}.png`, fullPage: false });
      }
    }
    for (const { screen, button } of DIALOGS) {
      await openScreen(page, server.url, screen);
      await page.getByRole('main').getByRole('button', { name: button }).first().click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      findings.push(...(await serious(page, `${screen} › dialog ${String(button)}`)));
      if (viewport.width === 1366)
        findings.push(...(await clipped(page, `${screen} › dialog ${String(button)}`)));
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
    fs.writeFileSync(`${SHOTS}/findings-${viewport.width}.json`, JSON.stringify(findings, null, 2));
    expect(findings).toEqual([]);
  });
}
