import { build } from 'esbuild';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { ROOT } from './support.ts';

/** The decoder ships to every visitor of the decode page: its minified bundle stays under 10 KB gzipped. */

async function bundleGzip(entry: string): Promise<number> {
  const out = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  });
  return gzipSync(out.outputFiles[0]!.contents).length;
}

test('decode.ts and everything it imports is at most 10,240 bytes gzipped', async () => {
  expect(await bundleGzip('src/decoder/decode.ts')).toBeLessThanOrEqual(10 * 1024);
});

test('redact.ts, which the page also loads, stays small', async () => {
  expect(await bundleGzip('src/decoder/redact.ts')).toBeLessThanOrEqual(1024);
});
