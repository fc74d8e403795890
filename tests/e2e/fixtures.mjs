// The test fixture every spec uses: fails the test on any console error, uncaught page error,
// Content-Security-Policy violation (a `securitypolicyviolation` event in the page or any of
// its frames), or request to another origin (nothing may leave the machine), and blocks such
// requests; a navigation returns once the app has replaced the prerendered first view.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  page: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL).origin;
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.exposeBinding('__reportViolation', (_source, text) => problems.push(`CSP violation: ${text}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__reportViolation(`${e.violatedDirective} refused ${e.blockedURI || 'an inline script or style'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    await page.context().route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      problems.push(`request to another origin: ${url.href}`);
      return route.abort();
    });
    // A first visit paints the first view rendered at build time (#prerender, inert) until
    // the app replaces it: the specs drive the app, so a navigation waits for it
    // (first-view.spec.mjs checks the first view itself).
    drivesTheApp(page);
    await use(page);
    expect(problems, 'console errors, page errors, CSP violations and foreign requests').toEqual([]);
  },
});

export { expect };

/**
 * Makes `page.goto` and `page.reload` return once the app has replaced the prerendered first
 * view (inert HTML until then). The fixture's page has it; a spec's own extra pages need it.
 */
export function drivesTheApp(page) {
  for (const name of ['goto', 'reload']) {
    const navigate = page[name].bind(page);
    page[name] = async (...args) => {
      const response = await navigate(...args);
      await page.waitForFunction(() => !document.getElementById('prerender'));
      return response;
    };
  }
  return page;
}

/** An input field found the way a screen reader user finds it: a text box by its exact label. */
export function field(page, label) {
  return page.getByRole('textbox', { name: label, exact: true });
}

/** Types the other acquisition cost, opening the optional inputs where it lives. */
export async function typeOtherCost(page, amount) {
  const input = field(page, 'Other acquisition cost');
  if (!(await input.isVisible())) await page.getByText('More inputs (optional)').click();
  await input.fill(amount);
}

/** The value cell of a metric row in the ladder table, found by its row header. */
export function metricValue(page, name) {
  return page.getByRole('table', { name: /The ladder/ }).getByRole('row', { name: new RegExp(`^${escape(name)}`) }).locator('td').first();
}

/** A stage row of the stages table, by its row header. */
/** A stage's bar in the funnel, the one place its count and share of started are shown. */
export function stageRow(page, name) {
  return page.locator('#funnel-chart g.stage').filter({ hasText: new RegExp(`^${escape(name)} ·`) });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The saved text of every workspace in the page's storage (what a reload opens from). */
export function savedText(page) {
  return page.evaluate(() => Object.keys(localStorage)
    .filter((k) => k.startsWith('messaging-ladder:workspace:'))
    .map((k) => localStorage.getItem(k))
    .join('\n'));
}
