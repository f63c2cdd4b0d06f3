import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Types a static host compresses on the way out (Pagefind's own files are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.md', '.svg', '.xml']);

/**
 * Serves a built site from `dir` on 127.0.0.1, mounted at `base` (so sub-path builds are served as
 * a project page host would), gzipping text as such hosts do. Unknown paths get the site's 404
 * page with status 404.
 */
export function serveStatic(dir: string, port: number, base = '/'): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return notFound();
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(normalize(dir))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      res.end(gzipSync(readFileSync(file)));
      return;
    }
    res.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(res);

    function notFound() {
      res.writeHead(404, { 'Content-Type': TYPES['.html']! });
      const page = join(dir, '404.html');
      if (existsSync(page)) createReadStream(page).pipe(res);
      else res.end('Not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
