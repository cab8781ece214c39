import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { startDemoOffice } from '../demoOffice';
import { test } from '../fixtures';
import { AuditUpkApp } from '../pages/AuditUpkApp';
import { DIALOGS, openScreen, screenPaths } from './screens';

const SHOTS = '/tmp/audit-shots/a11y';

interface Finding {
  where: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** axe-core over the page (light mode, WCAG 2.x A/AA): the critical and serious findings. */
async function serious(page: Page, where: string): Promise<Finding[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
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

/** The tabs inside the page's main area that do not change the route: each is a view of its own. */
async function inScreenTabs(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('tab', { selected: false }).allInnerTexts();
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`axe: tidak ada temuan kritis/serius di setiap layar dan dialog (${viewport.width}×${viewport.height})`, async ({
    page,
    office,
  }) => {
    test.setTimeout(600_000);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.setViewportSize(viewport);
    const server = await startDemoOffice(office);
    const app = new AuditUpkApp(page);
    await app.open(server.url);
    const findings: Finding[] = [];
    const screens = await screenPaths(server);
    for (const { pattern, path } of screens) {
      await openScreen(page, server.url, path);
      findings.push(...(await serious(page, pattern)));
      const startHash = await page.evaluate(() => window.location.hash);
      const tabs = await inScreenTabs(page);
      for (const tab of tabs) {
        await page.getByRole('main').getByRole('tab', { name: tab, exact: true }).first().click();
        if ((await page.evaluate(() => window.location.hash)) !== startHash) {
          await openScreen(page, server.url, path);
          continue; // a routed tab: it is a screen of its own in SCREENS
        }
        await page.waitForLoadState('networkidle');
        findings.push(...(await serious(page, `${pattern} › ${tab}`)));
      }
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
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
    fs.writeFileSync(`${SHOTS}/findings-${viewport.width}.json`, JSON.stringify(findings, null, 2));
    expect(findings).toEqual([]);
  });
}
