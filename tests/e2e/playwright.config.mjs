// End-to-end tests against the release build in Debian's Chromium (Playwright's own browser
// download is not used).
import { defineConfig } from '@playwright/test';

export const BASE_URL = 'http://127.0.0.1:4173/app/';

export default defineConfig({
  testDir: './specs',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    locale: 'en-US',
    browserName: 'chromium',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: 'node serve.mjs',
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
