// Every language the app speaks, opened as its speakers open it: a fresh visit with the
// browser in that language, the sample on screen, on a laptop and on a phone, then an ad
// export in the import preview. No sentence of the English catalogue is left on the page (its
// visible text and its labels for assistive technology are read), axe finds nothing, no
// table is drawn wrong and no text spills out of its box (German's long words, Arabic's
// mirrored page), and the report prints on one A4 page. Then six months of ads and a HubSpot
// deal export applied, then two campaigns with a sheet-kept log: time to close with its stage
// lines, campaigns' CACs marked as projected, the diagnosis waiting for deals still closing, why CAC
// moved like with like and the what-if panel, all in that language too.
import fs from 'node:fs';
import { test, expect } from '../fixtures.mjs';
import { violations } from '../axe.mjs';
import { spillProblems, tableProblems } from '../layout.mjs';

const catalogues = new URL('../../../src/core/message/', import.meta.url);

/** Every run of three or more words an entry of `lang`'s catalogue writes as is (arguments cut out). */
function phrases(lang) {
  const dir = new URL(`${lang}/`, catalogues);
  const found = new Set();
  for (const file of fs.readdirSync(dir)) {
    for (const line of fs.readFileSync(new URL(file, dir), 'utf8').split('\n')) {
      if (line.startsWith('#')) continue;
      const value = line.match(/^[a-z0-9-]+ = (.*)$/)?.[1] ?? line.match(/^\s+\*?\[[a-z0-9]+\]\s*(.*)$/)?.[1];
      if (!value) continue;
      for (const piece of value.split(/\{[^}]*\}?/)) {
        const text = piece.trim().replace(/^[\s.,:;·–—()]+|[\s.,:;·–—()]+$/g, '');
        if (text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 3) found.add(text);
      }
    }
  }
  return found;
}

const english = phrases('en');
const ownText = (lang) => [...fs.readdirSync(new URL(`${lang}/`, catalogues))]
  .map((file) => fs.readFileSync(new URL(`${lang}/${file}`, catalogues), 'utf8')).join('\n');

/** The English phrases on the page (visible text, labels, titles, placeholders) that `lang`'s catalogue doesn't write itself. */
async function englishLeft(page, lang) {
  const text = await page.evaluate(() => {
    const labels = [...document.querySelectorAll('#app [aria-label], #app [title], #app [placeholder], #app [alt]')]
      .filter((el) => el.checkVisibility() || el.closest('.visually-hidden'))
      .map((el) => ['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? '').join('\n'));
    return `${document.getElementById('app').innerText}\n${labels.join('\n')}`;
  });
  const own = ownText(lang);
  return [...english].filter((phrase) => text.includes(phrase) && !own.includes(phrase));
}

const export_ = new URL('../../fixtures/import/aggregate-with-totals.csv', import.meta.url).pathname;
const closing = (name) => new URL(`../../fixtures/closing/${name}`, import.meta.url).pathname;

for (const [locale, lang] of [
  ['es-MX', 'es'], ['pt-BR', 'pt-BR'], ['fr-FR', 'fr'], ['de-DE', 'de'], ['it-IT', 'it'], ['id-ID', 'id'], ['ar-EG', 'ar'],
]) {
  test.describe(`${lang}`, () => {
    test.use({ locale });
    for (const [device, size] of [['laptop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
      test(`${lang} on a ${device}: all in ${lang}, axe clean, laid out, one A4 page`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.goto('./');
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('table#ladder')).toBeVisible();
        // Every panel built (the ones below the first screen follow it).
        await expect(page.locator('#targets-heading')).toBeAttached();
        await expect(page.locator('#embed-theme')).toBeAttached();
        expect(await englishLeft(page, lang), 'English phrases on the page').toEqual([]);
        expect(await violations(page)).toEqual([]);
        expect((await tableProblems(page)).problems).toEqual([]);
        expect(await spillProblems(page)).toEqual([]);

        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 'pages printed').toBe(1);
        await page.emulateMedia({ media: 'screen' });

        // An ad export in the import preview: its notes, roles and columns.
        await page.locator('#file').setInputFiles(export_);
        await expect(page.locator('.import-preview')).toBeVisible();
        expect(await englishLeft(page, lang), 'English phrases in the import preview').toEqual([]);
        expect(await violations(page)).toEqual([]);
        expect(await spillProblems(page)).toEqual([]);
        await page.locator('.import-preview .copy-row button:not(.primary)').click();

        // Six months of ads, then the deals with their dates: the preview's "data as of", and
        // once applied every panel those bring.
        await page.locator('#file').setInputFiles(closing('meta-six-months.csv'));
        await page.locator('.import-preview button.primary').click();
        await expect(page.locator('.import-preview')).toHaveCount(0);
        await page.locator('#file').setInputFiles(closing('hubspot-six-months.csv'));
        await expect(page.locator('#import-as-of')).toHaveValue('2026-11-30');
        expect(await englishLeft(page, lang), 'English phrases in the deals preview').toEqual([]);
        await page.locator('.import-preview button.primary').click();
        await expect(page.locator('#closing-curve')).toBeVisible();
        await expect(page.locator('.like-with-like')).toBeVisible();
        await expect(page.locator('#step-verdicts')).toBeVisible();
        // The months picked for why CAC moved are named as the language names them.
        const november = { es: 'noviembre de 2026', 'pt-BR': 'novembro de 2026', fr: 'novembre 2026', it: 'novembre 2026', de: 'November 2026', id: 'November 2026' }[lang];
        if (november) await expect(page.locator('#period-later option:checked')).toHaveText(november);
        expect(await englishLeft(page, lang), 'English phrases with time to close').toEqual([]);
        expect(await violations(page)).toEqual([]);
        expect((await tableProblems(page)).problems).toEqual([]);
        expect(await spillProblems(page)).toEqual([]);

        // Two campaigns by month and a sheet-kept log with its stage dates: the stages' lines
        // and legend, and the campaigns' November CACs marked as projected.
        await page.locator('#file').setInputFiles(closing('meta-six-months-campaigns.csv'));
        await page.locator('.import-preview button.primary').click();
        await expect(page.locator('.import-preview')).toHaveCount(0);
        await page.locator('#file').setInputFiles(closing('sheet-six-months.csv'));
        await page.locator('.import-preview button.primary').click();
        await expect(page.locator('.closing-legend')).toBeVisible();
        await expect(page.locator('#segments .closing-mark').first()).toBeVisible();
        expect(await englishLeft(page, lang), 'English phrases with campaigns still closing').toEqual([]);
        expect(await violations(page)).toEqual([]);
        expect((await tableProblems(page)).problems).toEqual([]);
        expect(await spillProblems(page)).toEqual([]);
      });
    }
  });
}

test('the check finds English left on a page', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('table#ladder')).toBeVisible();
  const left = await englishLeft(page, 'de');
  expect(left).toContain('Cost per message, in context: from the first chat to customers and revenue');
  expect(left.length).toBeGreaterThan(20);
});
