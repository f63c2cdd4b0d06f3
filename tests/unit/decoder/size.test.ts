import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { bundleGzip as bundle } from '../../support/bundle-size.ts';
import { ROOT } from './support.ts';

/** The decoder ships to every visitor of the decode page: its minified bundle stays under 10 KB gzipped. */

const bundleGzip = (entry: string) => bundle(resolve(ROOT, entry));

test('decode.ts and everything it imports is at most 10,240 bytes gzipped', async () => {
  expect(await bundleGzip('src/decoder/decode.ts')).toBeLessThanOrEqual(10 * 1024);
});

test('redact.ts, which the page also loads, stays small', async () => {
  expect(await bundleGzip('src/decoder/redact.ts')).toBeLessThanOrEqual(1024);
});
