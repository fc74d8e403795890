// The product's one warning, as a user meets it: import campaigns and read which has cheap
// messages but expensive customers, in words, on a chart and in the ranks.
import { test, expect } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

test('cheap messages with expensive customers are named, charted and ranked', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.getByLabel('Or upload an export (CSV or TSV)').setInputFiles(fixture('campaigns-inversion.csv'));
  await page.getByRole('button', { name: 'Apply import' }).click();
  const panel = page.getByRole('region', { name: 'Cheap messages, expensive customers?' });
  // The sample's other cost of 600 spread by spend (1,372 in all): Summer takes 271.14, so
  // (620 + 271.14) / 2 = 445.57; Retargeting takes 192.42, so (440 + 192.42) / 20 = 31.62;
  // 445.57 / 31.62 = 14.09×. Summer's 2 of 1,000 and Retargeting's 20 of 400 are far apart.
  await expect(panel.getByText('Summer promo – WhatsApp has the cheapest messages ($0.62) and the most expensive customers ($445.57, 14.09× Retargeting’s).')).toBeVisible();
  await expect(panel.getByText('Not ranked, with fewer than 30 conversations each: “Test ad”.')).toBeVisible();
  await expect(panel.getByRole('img', { name: /^Cost per message against CAC, by segment: Summer promo – WhatsApp: \$0\.62 a message, \$445\.57 a customer, \$620\.00 spent; Retargeting/ })).toBeVisible();
  const ranks = panel.getByRole('table', { name: /Each segment’s rank/ });
  await expect(ranks.getByRole('row', { name: /^Retargeting/ })).toContainText('#1 · $31.62');
  await expect(ranks.getByRole('row', { name: /^Summer promo/ })).toContainText('#1 · $0.62');
  await expect(ranks.getByRole('row', { name: /^Test ad \(not ranked\)/ })).toBeVisible();
});
