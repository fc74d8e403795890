// The size budget: the first load and the import worker, brotli-compressed as the build
// writes them, must stay under their budgets. Builds are deterministic (same source, same
// bytes), so this is a real check, not a timing. Issue 14's targets are 150 KB and 60 KB;
// the budgets here are ratcheted down as the bytes come off; a change that needs bytes
// moves them up in its own commit, saying what for (last: +38.3 KB page, +7.7 KB worker for
// issue 23's journeys: joins onto the account total and the join choice with its names
// table, CRM source filters, pipeline stages beside statuses, numbers in doubt, the example
// note, phone cards of labelled cells, the live answer, present mode, named share links,
// periods in "Showing", the report's findings, chart legends, axis and bar values; most of
// it Leptos view code, see twiggy in the closing note; then +0.8 KB page for issue 23's
// second session: white label and the frame's download note, the workspace picker's labels,
// 'Showing' from the core, lever rows worth the same said once; then +0.9 KB for issue 24's
// first steps: the page's state and the bar's notices as core types, ImportError kinds,
// the evaluation's parsed earlier period); then +6.1 KB for the message seam (core::message:
// the catalogue parser and renderer, about 9 KB raw by twiggy, and en/*.ftl) and the 68 words
// of the page's frame, the workspace bar and the what-if section now put on the page from it:
// a word given as an expression costs Leptos more view code than a literal does); then
// +0.6 KB for the diagnosis panel's 38 words); then +5.3 KB for issue 24's every word a
// message: the shell's last 135 literals (109 entries) and the diagnosis's findings (153
// entries, each sentence a Message built with named arguments instead of a Sentence chain);
// about 20 B brotli per message: its key in the catalogue and in Id::key, its argument names,
// and the code that builds it; then +11.4 KB for the rest of the core's words as
// messages (comparisons, ladder, import, outbound, storage, scenarios: 489 entries, the
// catalogue built in without its comments), while the worker lost 3.0 KB: it now sends typed
// data and the page writes the words; then +3.3 KB for the rest of issue 24's second pass:
// shared state through Leptos context with Calculator split into named parts, the chart
// panels drawn from core view models (basics::chart), and the languages' plumbing in the
// core (Language, catalogues loaded beside English; the catalogues themselves are fetched,
// not in the wasm); then +9.2 KB for the page in the visitor's language (the language
// menu, the catalogue fetched before the first build, Intl.PluralRules, the page's view
// built again over the same state when the language changes); then +4.0 KB for the report
// and summary in another language than the page (the menu beside Copy summary, the choice
// kept with the workspace by its tag, the formatter speaking it, printing the page written
// in it and back after afterprint), the settings line of words and number format, signed
// points from the page's formatter, and the inversion panel's chart and rank table built in
// tasks of their own; then +16.8 KB page and +6.6 KB worker for issue 26's first part: the
// closing module (win curve with censoring, cohorts with chain ladder and Mack's error,
// judge-on dates, backtest) and its panel of eight columns, deal dates read in the worker
// and carried in the preview and the saved workspace (serde for both), and the month names
// as messages (then +1.0 KB: the diagnosis waiting for deals still closing, and a clean clone
// measured 467 B more than the working tree for the same commit, 552,724 B against about
// 552,257 B); catalogues +1.5 KB for the time-to-close words (ar 20,528 B). Then +7.0 KB
// (559,325 B measured): the diagnosis judging closing on its projection, the curve of days to
// close with its text equivalent, the preview's "Data as of" field, and their English words;
// catalogues +1.0 KB for the same words in each language (ar 21,179 B). Then +2.0 KB (561,643 B
// measured): why CAC moved like with like and with uncounted stages folded, and scenarios
// starting from the projected close rate. Then +3.5 KB (565,075 B measured): each month's CAC
// so far and projected in time to close, deals gathered with their count; the worker +2.0 KB
// (150,668 B) for the gathering, its saved count and the decoder's fixed sniff. Then +1.3 KB
// page (566,341 B) and +1.0 KB worker (151,688 B): HubSpot's and Pipedrive's deal columns and
// stages in Portuguese and Spanish (the import reads them on the page when no worker can run).
// Raised +8.6 KB page (575,588 B) and +2.1 KB worker (153,827 B), catalogues to 22.5 KB (ar
// 22,269 B): time to close's last pieces (issue 26): campaigns' CAC at projected customers and
// marked, scenarios, goal seek and the diagnosis with a stage not counted (folded), the
// waterfall of a CAC that held, stage dates read by name and won/lost dates by their values,
// and each stage's days to reach it.
// Raised +4.9 KB page (580,512 B) and +1.1 KB worker (154,970 B): stage dates told by their
// values and by HubSpot's "Date entered <stage>" names, and the stages' curves in the chart.
// Raised +2.4 KB page (582,860 B): each month's projected customers and revenue in a table of
// their own, and no projection where the backtest was off.
// Raised +0.5 KB page (583,343 B): periods named by their days as the locale writes a range
// of dates (`Intl.DateTimeFormat.formatRange`, `Arg::Days`), so weeks read right inside
// sentences in every language.
// Raised +1.3 KB page (584,615 B): the language switch's heavy lists (the inversion chart's
// points, the rank table's rows, the funnel plot's points) built 100 at a time, a task each,
// and the page's later-built parts dropped without a removal per row; the switch's longest
// wait for a frame at p95 ~72 → ~54 ms (tests/e2e/bench/language-switch.mjs, two builds
// run for run).
// Lowered to 583,400 B (583,236 B): the stylesheet ships without its comments (−2.2 KB,
// scripts/stylesheet.mjs), which also pays for the screenshot review's fixes (+0.4 KB: the
// file button in the page's words, the exponent note's numbers as arguments, panel fields
// styled, scroll shadows, the inversion chart's inset).
// Raised +0.4 KB page (583,672 B): two tabs saving the same revision at the same instant
// (library/sync.rs keeps what its last save started from and merges from it), the second
// review's wording and the goal seek's grouping.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DIST, firstLoadFiles, sizes, total, workerFiles } from '../first-load.mjs';
import { withoutComments } from '../../../scripts/stylesheet.mjs';

const FIRST_LOAD_BUDGET = 583_800;
// A visitor in another language also fetches its catalogue (i18n/<tag>.ftl) before the first
// build: each is held to this, beside the first load.
const CATALOGUE_BUDGET = 22_500;
const WORKER_BUDGET = 155_500;
const TARGETS = 'issue 14 aims at 150,000 B for the first load and 60,000 B for the worker';

const listing = (rows) => rows.map((r) => `${r.file}: ${r.raw} B raw, ${r.br} B brotli`).join('\n');

test('every asset has brotli and gzip twins that decompress to it', () => {
  for (const file of [...firstLoadFiles(), ...workerFiles()]) {
    if (file.endsWith('.ico') || file.endsWith('.png')) continue;
    const path = join(DIST, file);
    const body = readFileSync(path);
    expect(brotliDecompressSync(readFileSync(`${path}.br`)).equals(body), `${file}.br`).toBe(true);
    expect(gunzipSync(readFileSync(`${path}.gz`)).equals(body), `${file}.gz`).toBe(true);
  }
});

test('the first load fits its brotli budget', () => {
  const rows = sizes(firstLoadFiles());
  expect(rows.map((r) => r.file)).toContain('index.html');
  expect(rows.some((r) => r.file.endsWith('_bg.wasm')), listing(rows)).toBe(true);
  const bytes = total(rows, 'br');
  expect(bytes, `first load ${bytes} B brotli, budget ${FIRST_LOAD_BUDGET} B (${TARGETS}):\n${listing(rows)}`)
    .toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
});

test('the stylesheet ships with the source’s rules and without its comments', () => {
  const shipped = firstLoadFiles().filter((f) => f.endsWith('.css'));
  expect(shipped).toHaveLength(1);
  const css = readFileSync(join(DIST, shipped[0]), 'utf8');
  expect(css).not.toContain('/*');
  expect(css).toBe(withoutComments(readFileSync(new URL('../../../style/main.css', import.meta.url), 'utf8')));
  // A comment's opening inside a string is part of the string, and stays.
  expect(withoutComments('a{}\n\n/* note\n*/\nb{content:"/* kept */"}')).toBe('a{}\nb{content:"/* kept */"}');
});

test('every language has a catalogue within its brotli budget', () => {
  const tags = ['es', 'pt-BR', 'fr', 'de', 'it', 'id', 'ar'];
  const rows = sizes(tags.map((tag) => `i18n/${tag}.ftl`));
  for (const row of rows) {
    expect(row.br, `${row.file}: ${row.br} B brotli, budget ${CATALOGUE_BUDGET} B`).toBeLessThanOrEqual(CATALOGUE_BUDGET);
  }
  expect(rows).toHaveLength(tags.length);
});

test('the import worker fits its brotli budget', () => {
  const rows = sizes(workerFiles());
  expect(rows.some((r) => r.file.endsWith('_bg.wasm')), listing(rows)).toBe(true);
  const bytes = total(rows, 'br');
  expect(bytes, `import worker ${bytes} B brotli, budget ${WORKER_BUDGET} B (${TARGETS}):\n${listing(rows)}`)
    .toBeLessThanOrEqual(WORKER_BUDGET);
});
