import type { Page } from '@playwright/test';
import { startDemoOffice } from '../demoOffice';
import { expect, test } from '../fixtures';
import { AuditUpkApp } from '../pages/AuditUpkApp';
import { openScreen, routePattern, SCREENS, screenPaths } from './screens';

/** Whether a route pattern ("area/sub" or "area/:id") is one of SCREENS. */
function listed(pattern: string): boolean {
  // An area's own link opens its first tab.
  if (!pattern.includes('/')) return SCREENS.some((s) => s === pattern || s.startsWith(`${pattern}/`));
  if (!pattern.endsWith('/:id')) return SCREENS.includes(pattern);
  const area = pattern.slice(0, -':id'.length);
  return SCREENS.some((s) => s.startsWith(`${area}:`));
}

/** The routes a screen leads to by its links and its routed tabs. */
async function routesFrom(page: Page, base: string, path: string): Promise<string[]> {
  const found = new Set<string>();
  for (const href of await page
    .locator('a[href^="#/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
    if (href) found.add(routePattern(href));
  }
  const tabs = page.getByRole('main').getByRole('tab', { selected: false });
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => window.location.hash);
    await tabs.nth(i).click();
    const after = await page.evaluate(() => window.location.hash);
    if (after !== before) {
      found.add(routePattern(after));
      await openScreen(page, base, path);
    }
  }
  return [...found];
}

test('every screen the app can show is in the screen list that the accessibility walk uses', async ({
  page,
  office,
}) => {
  test.setTimeout(300_000);
  const server = await startDemoOffice(office);
  await new AuditUpkApp(page).open(server.url);
  const missing = new Set<string>();
  for (const { pattern, path } of await screenPaths(server)) {
    await openScreen(page, server.url, path);
    for (const route of await routesFrom(page, server.url, path)) {
      if (!listed(route)) missing.add(`${route} (dari ${pattern})`);
    }
  }
  expect([...missing], 'tambahkan layar ini ke SCREENS di tests/e2e/a11y/screens.ts').toEqual([]);
});
