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
  // The big-file specs measure the main thread while the import worker parses (no task
  // over 50 ms): they run last and alone, one at a time, so another spec's page doesn't share
  // this 2-core machine's CPU with them and stretch a task.
  projects: [
    { name: 'app', testIgnore: /big-files\.spec\.mjs/ },
    { name: 'big-files', testMatch: /big-files\.spec\.mjs/, fullyParallel: false, dependencies: ['app'] },
  ],
  webServer: {
    command: 'node serve.mjs',
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 10_000,
  },
});
