import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { bundleGzip as bundle } from '../../support/bundle-size.ts';
import { ROOT } from './support.ts';

/**
 * What the decode page downloads for the decoder is the island's bundle (the custom element, the
 * renderer, the decoder and the redaction it imports), so that is what the budget measures: at most
 * 14 KB gzipped, the index excluded.
 */

const bundleGzip = (entry: string) => bundle(resolve(ROOT, entry));

test('the decoder island and everything it imports is at most 14,336 bytes gzipped', async () => {
  expect(await bundleGzip('src/components/decoder-island.ts')).toBeLessThanOrEqual(14 * 1024);
});
