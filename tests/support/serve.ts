/** `node tests/support/serve.ts PORT [BASE]`: serves dist/ for the browser tests. */
import { resolve } from 'node:path';
import { serveStatic } from './static-server.ts';

const port = Number(process.argv[2] ?? 4322);
const base = process.argv[3] ?? '/';
await serveStatic(resolve(import.meta.dirname, '../../dist'), port, base);
console.log(`Serving dist/ at http://127.0.0.1:${port}${base}`);
