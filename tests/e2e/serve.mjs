// Serves the release build (dist/) on 127.0.0.1 under a sub-path, /app/, which checks that
// the build's asset URLs are relative. Used by the end-to-end tests and the benchmark.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const PREFIX = process.env.PREFIX ?? '/app/';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export function startServer(port = 4173) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    if (!path.startsWith(PREFIX)) {
      res.writeHead(404).end('not found');
      return;
    }
    const relative = normalize(path.slice(PREFIX.length) || 'index.html');
    if (relative.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const file = join(DIST, relative.endsWith('/') ? `${relative}index.html` : relative);
      const body = await readFile(file);
      // A sandboxed embed has an opaque origin, so its script, wasm and worker are
      // cross-origin fetches: like GitHub Pages, allow them.
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
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
