// A sales call on a shared screen: Present puts the verdict, the levers, the comparison
// (customers, cost per message, CAC, ROAS) and goal seek on one screen at the usual
// screen-share sizes, hides data entry and other clients' workspace names, and the
// comparison stays in sight while a lever moves, from the keyboard too.
import { test, expect } from '../fixtures.mjs';

for (const [width, height] of [[1366, 768], [1920, 1080]]) {
  test(`on a ${width}×${height} screen share, what the call needs fits one screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await page.getByRole('button', { name: 'Add scenario' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    for (const hidden of ['Load sample', 'Clear', 'Print report']) {
      await expect(page.getByRole('button', { name: hidden })).toBeHidden();
    }
    await expect(page.getByLabel('Workspace', { exact: true })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your numbers' })).toBeHidden();
    const comparison = page.getByRole('table', { name: /Baseline and scenarios side by side/ });
    await expect(comparison.getByRole('row')).toHaveText([/^Metric/, /^Customers/, /^Cost per message/, /^CAC/, /^ROAS/]);
    const onScreen = async (locator) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= height;
    };
    const lever = page.getByRole('slider').first();
    // The verdict, the levers and the comparison on the first screen.
    expect(await onScreen(page.getByText('Limiting step: qualification', { exact: true }))).toBe(true);
    expect(await onScreen(lever)).toBe(true);
    expect(await onScreen(comparison.getByRole('row', { name: /^CAC/ }))).toBe(true);
    expect(await onScreen(comparison.getByRole('row', { name: /^ROAS/ }))).toBe(true);
    await lever.focus();
    const cac = comparison.getByRole('row', { name: /^CAC/ });
    const before = await cac.textContent();
    await page.keyboard.press('ArrowRight');
    await expect(cac).not.toHaveText(before);
    expect(await onScreen(cac)).toBe(true);
    // Further down, the last levers and goal seek: the comparison stays in sight beside them.
    await page.locator('.goal-seek').scrollIntoViewIfNeeded();
    expect(await onScreen(page.locator('.goal-question'))).toBe(true);
    expect(await onScreen(cac)).toBe(true);
    const last = page.getByRole('slider').last();
    await last.focus();
    const now = await cac.textContent();
    await page.keyboard.press('ArrowRight');
    await expect(cac).not.toHaveText(now);
    expect(await onScreen(last) && await onScreen(cac)).toBe(true);
  });
}
