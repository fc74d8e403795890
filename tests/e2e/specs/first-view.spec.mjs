// The first view rendered into index.html at build time (scripts/prerender.mjs): a first
// visit paints the form, the diagnosis and the ladder from HTML before the wasm has
// arrived; the app then replaces it with the same view, in one task; any visit the app
// would draw differently (saved work, a link, embed options, another language) gets the
// plain placeholder instead.
import { expect, test } from '@playwright/test';

/** Holds the page wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const sections = (root) => page => page.evaluate((root) => [...document.querySelectorAll(`${root} section[aria-labelledby]`)]
  .map((s) => [s.getAttribute('aria-labelledby'), s.innerText]), root);

test('a first visit paints the ladder from HTML, inert, and the app takes over with the same view in one task', async ({ page }) => {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.addInitScript(() => {
    // Called at the end of the task that removed the first view: the app must be shown by then.
    new MutationObserver((records) => {
      const removed = records.some((r) => [...r.removedNodes].some((n) => n.id === 'prerender'));
      if (removed) {
        const app = document.getElementById('app');
        window.__takeover = !!app && app.className === '' && !!app.querySelector('main.layout #ladder');
      }
    }).observe(document, { childList: true, subtree: true });
    // The app's root says it is busy while panels are still being built, and stops saying so.
    window.__busy = [];
    new MutationObserver((records) => {
      for (const r of records) if (r.target.id === 'app') window.__busy.push(r.target.getAttribute('aria-busy'));
    }).observe(document, { attributes: true, attributeFilter: ['aria-busy'], subtree: true });
  });
  const release = await holdWasm(page);
  await page.goto('./');

  const first = page.locator('#prerender');
  await expect(first).toBeVisible();
  await expect(page.getByText('Loading the calculator…')).toBeHidden();
  await expect(first).toHaveAttribute('inert', '');
  // The sample's numbers, as the app writes them: $1,800.00 over 600 conversations.
  await expect(first.locator('#ladder')).toContainText('$3.00');
  await expect(first.locator('input#spend')).toHaveValue('1800');
  // Its controls look disabled until the app takes over.
  expect(Number(await first.locator('input#spend').evaluate((e) => getComputedStyle(e).opacity))).toBeLessThan(1);
  // Inert: the keyboard can't reach it, so nothing typed before the app arrives is lost.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('#prerender'))).toBe(false);
  const before = await sections('#prerender')(page);
  expect(before.map(([id]) => id)).toEqual(expect.arrayContaining(['diagnosis-heading', 'ladder-heading', 'inputs-heading']));

  release();
  await expect(first).toHaveCount(0);
  expect(await page.evaluate(() => window.__takeover), 'the app shown in the task that removed the first view').toBe(true);
  const after = new Map(await sections('main')(page));
  for (const [id, text] of before) {
    if (id === 'inputs-heading') continue; // its earlier-period form mounts a step later
    expect(after.get(id), id).toBe(text);
  }
  await expect(page.locator('#app')).not.toHaveAttribute('aria-busy');
  expect(await page.evaluate(() => window.__busy)).toEqual(['true', null]);
  await page.getByLabel('Spend', { exact: true }).fill('3600');
  await expect(page.locator('#ladder')).toContainText('$6.00');
  expect(errors).toEqual([]);
});

for (const [what, setup] of [
  ['saved work', async (page) => page.addInitScript(() => localStorage.setItem('messaging-ladder:workspaces', '{}'))],
  ['a share link', async (page) => page.goto('./#ml1.00000000.AAAA', { waitUntil: 'commit' })],
  ['embed options', async (page) => page.goto('./?embed=1', { waitUntil: 'commit' })],
]) {
  test(`${what}: the plain placeholder, not the first view`, async ({ page }) => {
    await holdWasm(page);
    await setup(page);
    if (what === 'saved work') await page.goto('./', { waitUntil: 'commit' });
    await expect(page.getByText('Loading the calculator…')).toBeVisible();
    await expect(page.locator('#prerender')).toBeHidden();
  });
}

test.describe('in German', () => {
  test.use({ locale: 'de-DE' });
  test('another language: the plain placeholder', async ({ page }) => {
    await holdWasm(page);
    await page.goto('./', { waitUntil: 'commit' });
    await expect(page.getByText('Loading the calculator…')).toBeVisible();
    await expect(page.locator('#prerender')).toBeHidden();
  });
});
