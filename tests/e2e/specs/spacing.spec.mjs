// Small layout promises found by looking at screenshots: in Arabic (right to left) a field's
// unit keeps its inner spacing on the side of the border it sits against, the numbers' locale
// stays "(ar-EG)" on one line, and a count isn't set off by " · " (which reads as the
// Arabic-Indic zero); goal seek's comma sits against its field; on a phone, a stacked
// table's value that wraps under its label ends where the other values end.
import { test, expect } from '../fixtures.mjs';

const fixture = (name) => new URL(`../../fixtures/import/${name}`, import.meta.url).pathname;

/** The rectangle of an element's own text (its text nodes, not its ::before). */
const textBox = (locator) => locator.evaluate((el) => {
  const range = document.createRange();
  const texts = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.data.trim());
  range.setStartBefore(texts[0]);
  range.setEndAfter(texts[texts.length - 1]);
  const r = range.getBoundingClientRect();
  return { left: r.left, right: r.right };
});

test.describe('in Arabic', () => {
  test.use({ locale: 'ar-EG' });

  test('units keep their spacing, the locale stays whole, counts have no middle dot', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const wrap = page.locator('.input-wrap').filter({ has: page.locator('#spend') });
    const unit = wrap.locator('.unit');
    const [box, text] = [await wrap.boundingBox(), await textBox(unit)];
    // 0.6rem (9.6px) between the unit's text and the border beside it: the right one, or the
    // left one for a unit after the field (it touched the border, 0px, with physical padding).
    const gap = Math.min(text.left - box.x, box.x + box.width - text.right);
    expect(gap).toBeGreaterThan(8);
    // The tag isolated (as every text argument in a right-to-left language) and its hyphen
    // unbreakable: U+2068 ar U+2011 EG U+2069.
    await expect(page.locator('.language-settings')).toContainText('(\u2068ar\u2011EG\u2069)');
    await page.getByLabel(/ملف تصدير/).setInputFiles(fixture('campaigns-inversion.csv'));
    await page.locator('.import-preview button.primary').click();
    const labels = await page.locator('#funnel-chart text.label').allTextContents();
    expect(labels).toHaveLength(5);
    for (const label of labels) expect(label).toMatch(/^\S.* – [٠-٩٬]+$/);
  });
});

test('goal seek: "To reach CAC of 150, what must…" with the comma against the field', async ({ page }) => {
  await page.goto('./');
  const field = page.getByLabel('of', { exact: true });
  const clause = page.locator('.goal-target span', { hasText: ', what must' });
  const [input, text] = [await field.boundingBox(), await textBox(clause)];
  // The flex gap (0.4rem, 6.4px) taken back: the comma starts where the field ends.
  expect(Math.abs(text.left - (input.x + input.width))).toBeLessThan(1.5);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a stacked value that wraps under its label ends with the others', async ({ page }) => {
    await page.goto('./');
    // The sample's reply rate is above target: "Already at or above target" doesn't fit beside
    // its label and wraps to a line of its own.
    const row = page.getByRole('table', { name: /Each step against its target/ }).getByRole('row', { name: /^Reply rate/ });
    const [rate, worth] = [row.locator('td').first(), row.locator('td').last()];
    await expect(worth).toHaveText('Already at or above target');
    const [rateText, worthText, cell] = [await textBox(rate), await textBox(worth), await worth.boundingBox()];
    expect(worthText.left - cell.x).toBeGreaterThan(20); // not at the start of its line
    expect(Math.abs(worthText.right - rateText.right)).toBeLessThan(1.5);
  });
});
