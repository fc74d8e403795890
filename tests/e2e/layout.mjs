// Layout checks read from the page, as sentences naming what is wrong: every visible table
// drawn as a table inside its card (layout.spec.mjs), and no text spilling out of the box it
// is written in nor the page scrolling sideways (every-language.spec.mjs: German's long
// words, Arabic's mirrored page).

/** What is wrong with the layout of every visible table, as sentences naming the table. */
export function tableProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const checked = [];
    for (const table of document.querySelectorAll('table')) {
      if (!table.checkVisibility()) continue;
      const name = table.querySelector('caption')?.textContent.trim() || table.id || table.className;
      checked.push(name);
      const box = (el) => el.getBoundingClientRect();
      const caption = table.querySelector('caption');
      const head = table.querySelector('thead');
      const rows = [...table.querySelectorAll('tbody tr')].filter((r) => r.checkVisibility());
      const stacked = rows.length > 0 && getComputedStyle(rows[0]).display === 'block';
      if (stacked) {
        const t = box(table);
        for (const row of rows) {
          const r = box(row);
          if (r.left < t.left - 1 || r.right > t.right + 1) problems.push(`${name}: card “${row.textContent.slice(0, 30)}” outside the table`);
          if (caption && r.top < box(caption).bottom - 1) problems.push(`${name}: card “${row.textContent.slice(0, 30)}” above the caption`);
        }
      } else if (caption && head) {
        const [c, h] = [box(caption), box(head)];
        if (c.bottom > h.top + 1) problems.push(`${name}: caption not above the header`);
        if (c.right <= h.left || c.left >= h.right) problems.push(`${name}: caption beside the header`);
      }
      if (head && !stacked) {
        const h = box(head);
        for (const row of rows) {
          const r = box(row);
          if (r.top < h.bottom - 1) problems.push(`${name}: row “${row.textContent.slice(0, 30)}” not under the header`);
          if (r.left > h.left + 1 || r.right < h.right - 1) problems.push(`${name}: row “${row.textContent.slice(0, 30)}” not as wide as the header`);
        }
      }
      for (const cell of table.querySelectorAll('th, td')) {
        if (cell.checkVisibility() && cell.scrollWidth > cell.clientWidth + 1) {
          problems.push(`${name}: cell “${cell.textContent.trim().slice(0, 30)}” overflows (${cell.scrollWidth} > ${cell.clientWidth})`);
        }
      }
      const scroller = table.closest('.table-scroll');
      if (scroller && !scroller.closest('.import-grid, .columns-grid') && !table.closest('.import-preview')
        && innerWidth < 600 && scroller.scrollWidth > scroller.clientWidth + 1) {
        problems.push(`${name}: scrolls sideways on a phone (${scroller.scrollWidth} > ${scroller.clientWidth})`);
      }
      const card = table.closest('section, form, .import');
      const outer = box(table.closest('.table-scroll') || table);
      if (card) {
        const c = box(card);
        if (outer.left < c.left - 1 || outer.right > c.right + 1) problems.push(`${name}: spills out of its card`);
      }
    }
    return { problems, checked };
  });
}

/** Text that spills out of its box, and a page wider than the screen. */
export function spillProblems(page) {
  return page.evaluate(() => {
    const problems = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    for (const el of document.querySelectorAll('#app *')) {
      if (el.closest('svg, .table-scroll, .import-grid, .columns-grid') || !el.checkVisibility()) continue;
      const style = getComputedStyle(el);
      if (style.display.startsWith('inline') && el.tagName !== 'BUTTON' && el.tagName !== 'SELECT') continue;
      if (style.overflowX !== 'visible' || el.clientWidth === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
        problems.push(`${name} “${el.textContent.trim().slice(0, 40)}” spills out of its box (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return problems;
  });
}
