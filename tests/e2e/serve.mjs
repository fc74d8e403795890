// Serves the release build (dist/) on 127.0.0.1 under a sub-path, /app/, which checks that
// the build's asset URLs are relative. Used by the end-to-end tests and the benchmark.
// Like a real static host, it answers with the precompressed NAME.br (or NAME.gz) the
// build wrote beside each asset when the browser accepts it, with Content-Encoding.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PREFIX = process.env.PREFIX ?? '/app/';
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ftl': 'text/plain; charset=utf-8',
};

/** The file's brotli or gzip twin when the browser accepts it and the build wrote one. */
async function precompressed(file, accepted) {
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.split(',').some((part) => part.trim().split(';')[0] === encoding)) continue;
    try {
      return { body: await readFile(file + suffix), encoding };
    } catch {
      // No twin (a debug build, or a file not worth compressing): try the next.
    }
  }
  return { body: await readFile(file), encoding: null };
}

/** Serves `dist` (the build in dist/ by default) under `prefix`; port 0 picks a free one.
 * `cors: false` serves like an ordinary static host, with no Access-Control-Allow-Origin. */
export function startServer(port = 4173, { dist = DIST, prefix = PREFIX, cors = true } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    const relative = normalize(path.slice(prefix.length) || 'index.html');
    if (relative.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const file = join(dist, relative.endsWith('/') ? `${relative}index.html` : relative);
      const { body, encoding } = await precompressed(file, req.headers['accept-encoding'] ?? '');
      // A sandboxed embed has an opaque origin, so its script, wasm and worker are
      // cross-origin fetches: like GitHub Pages, allow them.
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  await startServer(port);
  console.log(`serving dist/ at http://127.0.0.1:${port}${PREFIX}`);
}
