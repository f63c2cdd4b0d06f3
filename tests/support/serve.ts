/** `node tests/support/serve.ts PORT [BASE] [DIR]`: serves a built site (default dist/) for the browser tests. */
import { resolve } from 'node:path';
import { serveStatic } from './static-server.ts';

const port = Number(process.argv[2] ?? 4322);
const base = process.argv[3] ?? '/';
const dir = resolve(process.argv[4] ?? resolve(import.meta.dirname, '../../dist'));
await serveStatic(dir, port, base);
console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`);
