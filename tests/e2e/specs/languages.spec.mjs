// The app in the visitor's language (issue 25): a browser in German, Portuguese or Arabic
// opens the page in it, with its numbers; the language menu switches in place, keeps what
// was typed, and the choice is kept; Arabic runs right to left with nothing wider than the
// screen. The words themselves are the catalogues' (tests/translations.rs checks them).
import { test, expect } from '../fixtures.mjs';

for (const [locale, lang, heading, button, chooseFile] of [
  ['de-DE', 'de', 'Wo die Leiter bricht', 'Beispiel laden', 'Datei auswählen'],
  ['pt-BR', 'pt-BR', null, 'Carregar exemplo', 'Escolher arquivo'],
  ['ar-EG', 'ar', null, 'فتح المثال', 'اختيار ملف'],
]) {
  test.describe(`a browser in ${locale}`, () => {
    test.use({ locale });
    test(`opens in ${lang}`, async ({ page }) => {
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('button', { name: button, exact: true })).toBeVisible();
      if (heading) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Load sample', exact: true })).toHaveCount(0);
      // The file is chosen with a button in the page's words (the browser's own says
      // "Choose File" in the browser's language): it labels the file input it opens.
      await expect(page.getByText(chooseFile, { exact: true })).toBeVisible();
      await expect(page.getByLabel(chooseFile)).toHaveAttribute('type', 'file');
      const dir = await page.locator('html').getAttribute('dir');
      expect(dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
      // Nothing is wider than the screen (a left-to-right offset would scroll an RTL page).
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll).toBeLessThanOrEqual(client);
    });
  });
}

test('the language menu switches in place, keeps what is typed, and is remembered', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('table', { name: /The ladder/ })).toBeVisible();
  await page.locator('#spend').fill('2000');
  await page.getByLabel('Language', { exact: true }).selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('button', { name: 'Charger l’exemple' })).toBeVisible();
  await expect(page.locator('#spend')).toHaveValue('2000');
  await expect(page.getByLabel('Langue', { exact: true })).toBeFocused();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('#spend')).toHaveValue('2000');
  await page.getByLabel('Langue', { exact: true }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Load sample', exact: true })).toBeVisible();
});
