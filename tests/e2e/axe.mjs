// axe-core (npm) run in a page: the WCAG 2.2 A and AA rules and axe's best practices. The
// script is evaluated through the DevTools protocol, which the page's CSP doesn't govern (an
// injected <script> tag would be refused, as it should be).
import { readFileSync } from 'node:fs';

const SOURCE = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations in `page` (every frame of the same origin), one line each. */
export async function violations(page) {
  await page.evaluate(`${SOURCE}\n;0`);
  const found = await page.evaluate(async (tags) => {
    // Panels off screen skip their layout (content-visibility: auto) and keep a placeholder
    // size until scrolled to, so their contents may overlap the next panel on paper. A user
    // only meets a panel laid out, as it scrolls into view: axe's rules that read positions
    // (target size, contrast) see every panel laid out, as the user will.
    const skipping = [...document.querySelectorAll('*')].filter((e) => getComputedStyle(e).contentVisibility === 'auto');
    for (const e of skipping) e.style.contentVisibility = 'visible';
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    for (const e of skipping) e.style.contentVisibility = '';
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 4 ? ` … ${v.nodes.length} in all` : ''}`);
  }, TAGS);
  return found;
}
