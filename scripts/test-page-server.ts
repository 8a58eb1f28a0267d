import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };

export const TEST_PAGES_DIR = resolve(import.meta.dirname, '../e2e/test-pages');

/** Serves the test pages and the demo page on 127.0.0.1 (a secure context, like localhost). */
export function serveTestPages(port = 0, root = TEST_PAGES_DIR): Promise<{ server: Server; origin: string }> {
  let cachedFetches = 0;
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    // A resource the browser may cache for an hour, and how often it really came from the network:
    // how the tests see "clear this site's cache" work.
    if (path === '/cacheable.js') {
      cachedFetches++;
      response.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'public, max-age=3600' });
      response.end(`window.cacheableLoadedAt = ${Date.now()};`);
      return;
    }
    if (path === '/cacheable-fetches') {
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(String(cachedFetches));
      return;
    }
    const file = join(root, path === '/' ? 'demo.html' : path);
    const inside = file.startsWith(root) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!inside) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
    });
  });
}
