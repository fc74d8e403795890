// Trunk's post-build hook (Trunk.toml). Every build: the inline scripts' hashes go into the
// page's Content-Security-Policy (csp.mjs), before anything opens the page, each
// language's catalogue is written as one file to fetch (catalogues.mjs), and the
// stylesheet loses its comments (stylesheet.mjs). Release builds
// then render the first view into index.html (prerender.mjs) and write the .br and .gz
// twins of every asset (compress.mjs), in that order so index.html's twins carry the first
// view.
import { compressAll } from './compress.mjs';
import { writeCatalogues } from './catalogues.mjs';
import { hashInlineScripts } from './csp.mjs';
import { prerender } from './prerender.mjs';
import { stripStylesheetComments } from './stylesheet.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (dir) {
  hashInlineScripts(dir);
  writeCatalogues(dir);
  stripStylesheetComments(dir);
}
if (dir && process.env.TRUNK_PROFILE === 'release') {
  await prerender(dir);
  compressAll(dir);
}
