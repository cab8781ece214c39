import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright's own browser downloads are not possible here; Debian's Chromium is used instead.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  throw new Error(
    `Chromium tidak ditemukan di ${chromium}. Pasang dengan "sudo apt-get install -y chromium" ` +
      '(Debian/Ubuntu) atau tunjuk browser lain dengan CHROMIUM_PATH=/jalur/ke/chromium.',
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1366, height: 820 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
