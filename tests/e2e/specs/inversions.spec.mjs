// The product's one warning, as a user meets it: import campaigns and read which has cheap
// messages but expensive customers, in words, on a chart and in the ranks.
import { test, expect, typeOtherCost } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

test('cheap messages with expensive customers are named, charted and ranked', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('campaigns-inversion.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await typeOtherCost(page, '600');
  const panel = page.getByRole('region', { name: 'Cheap messages, expensive customers?' });
  // The other cost of 600 typed after the import, spread by spend (1,372 in all): Summer takes 271.14, so
  // (620 + 271.14) / 2 = 445.57; Retargeting takes 192.42, so (440 + 192.42) / 20 = 31.62;
  // 445.57 / 31.62 = 14.09×. Summer's 2 of 1,000 and Retargeting's 20 of 400 are far apart.
  await expect(panel.getByText('Summer promo – WhatsApp has the cheapest messages ($0.62) and the most expensive customers ($445.57, 14.09× Retargeting’s).')).toBeVisible();
  await expect(panel.getByText('Not ranked (fewer than 30 conversations): “Test ad”.')).toBeVisible();
  await expect(panel.getByRole('img', { name: /^Cost per message against CAC, by segment: Summer promo – WhatsApp: \$0\.62 a message, \$445\.57 a customer, \$620\.00 spent; Retargeting/ })).toBeVisible();
  const ranks = panel.getByRole('table', { name: /Each segment’s rank/ });
  await expect(ranks.getByRole('row', { name: /^Retargeting/ })).toContainText('#1 · $31.62');
  await expect(ranks.getByRole('row', { name: /^Summer promo/ })).toContainText('#1 · $0.62');
  await expect(ranks.getByRole('row', { name: /^Test ad \(not ranked\)/ })).toBeVisible();
});

test('the funnel plot names only the segments outside the range expected at their volume', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('campaigns-inversion.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  const panel = page.getByRole('region', { name: 'Outliers: which segments really differ' });
  // The diagnosis names qualification, so the plot starts there. Pooled 251 / 1,175 = 21.4%;
  // at 700 replies the 99.8% range is 21.4% ± 3.09 × √(0.214 × 0.786 / 700) = 16.6%–26.1%.
  await expect(panel.getByLabel('Step')).toHaveValue('qualification-rate');
  await expect(panel.getByText('Summer promo – WhatsApp: 11.4% of 700 replies qualified, below the range expected at that volume (16.6%–26.1% around the pooled 21.4%).')).toBeVisible();
  await expect(panel.getByText('Retargeting: 37.5% of 320 replies qualified, above the range expected at that volume (14.3%–28.4% around the pooled 21.4%).')).toBeVisible();
  // Test ad's 1 of 5 is far from 21.4% but inside its wide range at 5: not named.
  await expect(panel.getByRole('listitem').filter({ hasText: 'Test ad' })).toHaveCount(0);
  await expect(panel.getByRole('img', { name: /Test ad 20% of 5;|Test ad 20% of 5\./ })).toBeVisible();
  // At close, every segment is inside the range its few handoffs allow.
  await panel.getByLabel('Step').selectOption({ label: 'Close rate' });
  await expect(panel.getByText('No segment is outside the range expected at its volume.')).toBeVisible();
});

test('a budget move beside the naive one and the right one, applied as a scenario', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('campaigns-inversion.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  await typeOtherCost(page, '600');
  const panel = page.getByRole('region', { name: 'Move budget between segments' });
  await panel.getByLabel('From', { exact: true }).selectOption({ label: 'Retargeting' });
  await panel.getByLabel('To', { exact: true }).selectOption({ label: 'Summer promo – WhatsApp' });
  await panel.getByLabel('Amount').fill('200');
  // At the stated 0.3: Retargeting at 240 / 440 of its spend keeps (240/440)^0.7 = 65.4% of its
  // 20 customers, Summer at 820 / 620 gets (820/620)^0.7 = 1.216× its 2; with Brand's 6 that is
  // 21.5 customers, CAC (1,372 + 600) / 21.5 = 91.65. Moving to Brand, the cheapest customers,
  // instead: 2 + 13.08 + 6 × (500/300)^0.7 = 23.7, CAC 83.33.
  await expect(panel.getByText('Moving $200.00 from Retargeting to Summer promo – WhatsApp: about 22 customers instead of 28, CAC $91.65 instead of $70.43.')).toBeVisible();
  const table = panel.getByRole('table', { name: /The account after the move/ });
  await expect(table.getByRole('columnheader')).toHaveText(['Metric', 'Now', 'Your move', 'To the cheapest messages: Summer promo – WhatsApp', 'To the cheapest customers: Brand search']);
  await expect(table.getByRole('row', { name: /^CAC/ })).toHaveText('CAC$70.43$91.65$91.65$83.33');
  // Whole people: 21.5 and 23.7 projected customers read 22 and 24, never "21.5 customers".
  await expect(table.getByRole('row', { name: /^Customers/ })).toHaveText('Customers28222224');
  await expect(panel.getByText(/Cheap messages at scale tend to find people who like to chat but not to buy/)).toBeVisible();
  await panel.getByLabel('Diminishing returns (0–1)').fill('2');
  await expect(panel.getByText(/^Error: The exponent is between 0 and 1/)).toBeVisible();
  await panel.getByLabel('Diminishing returns (0–1)').fill('');
  await panel.getByRole('button', { name: 'Apply as a scenario' }).click();
  const comparison = page.getByRole('table', { name: 'Baseline and scenarios side by side' });
  await expect(comparison.getByRole('columnheader')).toHaveText(['Metric', 'Baseline', 'Move 200 from Retargeting to Summer promo – WhatsApp']);
  await expect(comparison.getByRole('row', { name: /^CAC/ })).toContainText('$91.65');
});
