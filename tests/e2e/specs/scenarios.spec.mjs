// What-if scenarios and goal seek, as on a sales call: move a lever and read the new CAC,
// ask what close rate a CAC target needs, and apply the answer as a scenario.
import { test, expect } from '../fixtures.mjs';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
});

const comparison = (page) => page.getByRole('table', { name: 'Baseline and scenarios side by side' });

test('dragging a lever updates every number and the change against baseline', async ({ page }) => {
  await page.getByRole('button', { name: 'Add scenario' }).click();
  const scenario = page.getByRole('region', { name: 'Scenario: Scenario 1' });
  const slider = scenario.getByLabel('Qualification rate (Scenario 1) slider');
  // Keyboard on the slider: each arrow press is one 0.1-point step (20% → 20.5%).
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(scenario.getByLabel('Qualification rate', { exact: true })).toHaveValue('20.5');
  // Type an exact value: doubling qualification doubles customers and halves CAC.
  await scenario.getByLabel('Qualification rate', { exact: true }).fill('40');
  await scenario.getByLabel('Qualification rate', { exact: true }).press('Enter');
  const cac = comparison(page).getByRole('row', { name: /^CAC/ });
  // Baseline (1,800 + 600) / 14 = 171.43; scenario (1,800 + 600) / 28 = 85.71.
  await expect(cac).toContainText('$171.43');
  await expect(cac).toContainText('$85.71');
  await expect(cac).toContainText('▲ better: −$85.71 (-50%)');
  // Customers: 600 × 65% × 40% × 60.3% × 29.8% = 28 (baseline 14), so 14 more.
  await expect(comparison(page).getByRole('row', { name: /^Customers/ })).toHaveText('Customers1428▲ better: +14');
  // A metric the lever doesn't move says so, on the same second line.
  await expect(comparison(page).getByRole('row', { name: /^Cost per message/ })).toHaveText('Cost per message$3.00$3.00no change');
  // Scenarios are saved with the workspace.
  await page.reload();
  await expect(comparison(page).getByRole('row', { name: /^CAC/ })).toContainText('$85.71');
});

test('rename, duplicate, reset and delete a scenario', async ({ page }) => {
  await page.getByRole('button', { name: 'Add scenario' }).click();
  await page.getByLabel('Scenario name').fill('Faster replies');
  const scenario = page.getByRole('region', { name: 'Scenario: Faster replies', exact: true });
  await scenario.getByLabel('Reply rate', { exact: true }).fill('80');
  await scenario.getByLabel('Reply rate', { exact: true }).press('Enter');
  await scenario.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('region', { name: 'Scenario: Faster replies (copy)' })).toBeVisible();
  await expect(comparison(page).getByRole('columnheader')).toHaveText(['Metric', 'Baseline', 'Faster replies', 'Faster replies (copy)']);
  await scenario.getByRole('button', { name: 'Reset to baseline' }).click();
  await expect(scenario.getByLabel('Reply rate', { exact: true })).toHaveValue('65.0');
  await scenario.getByRole('button', { name: 'Delete' }).click();
  await expect(comparison(page).getByRole('columnheader')).toHaveText(['Metric', 'Baseline', 'Faster replies (copy)']);
});

test('goal seek answers exactly and applies as a new scenario', async ({ page }) => {
  await page.getByLabel('To reach').selectOption({ label: 'CAC' });
  await page.getByLabel('of', { exact: true }).fill('150');
  await page.getByLabel(', what must this be:').selectOption({ label: 'Close rate' });
  // (1,800 + 600) / 150 = 16 customers = 47 handoffs × 34.0%.
  await expect(page.getByText('Set close rate to 34% (now 29.8%).')).toBeVisible();
  await page.getByRole('button', { name: 'Apply as a new scenario' }).click();
  const cac = comparison(page).getByRole('row', { name: /^CAC/ });
  await expect(cac).toContainText('$150.00');
});

test('an unreachable goal says so and gives the nearest reachable value', async ({ page }) => {
  await page.getByLabel('of', { exact: true }).fill('20');
  await expect(page.getByText(/^Not reachable: It would need a close rate of .*above 100%\. The nearest: Close rate at 100% gives CAC \$51\.06\./)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Apply as a new scenario' })).toBeDisabled();
});

test('at most four scenarios', async ({ page }) => {
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Add scenario' }).click();
  await expect(page.getByRole('button', { name: 'Four scenarios is the most' })).toBeDisabled();
});

test('a mouse drag on a slider changes the scenario CAC', async ({ page }) => {
  await page.getByRole('button', { name: 'Add scenario' }).click();
  const slider = page.getByLabel('Close rate (Scenario 1) slider');
  const box = await slider.boundingBox();
  // The thumb sits at 29.8% of the track; drag it to about 60%.
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.298, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
  await page.mouse.up();
  const close = Number(await page.getByLabel('Close rate', { exact: true }).inputValue());
  expect(close).toBeGreaterThan(50);
  expect(close).toBeLessThan(70);
  // CAC = (1,800 + 600) / (47 × close rate), read from the table as the user sees it.
  const expected = 2400 / (47 * close / 100);
  const cells = await page.getByRole('table', { name: 'Baseline and scenarios side by side' }).getByRole('row', { name: /^CAC/ }).getByRole('cell').allTextContents();
  const shown = Number(cells[1].match(/^\$([\d,]+\.\d\d)/)[1].replace(/,/g, ''));
  expect(Math.abs(shown - expected)).toBeLessThan(0.006);
});
