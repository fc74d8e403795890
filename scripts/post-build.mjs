// Trunk's post-build hook (Trunk.toml), release builds only: renders the first view into
// index.html (prerender.mjs), then writes the .br and .gz twins of every asset
// (compress.mjs), in that order so index.html's twins carry the first view.
import { compressAll } from './compress.mjs';
import { prerender } from './prerender.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (dir && process.env.TRUNK_PROFILE === 'release') {
  await prerender(dir);
  compressAll(dir);
}
