import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { bundleGzip } from '../../support/bundle-size.ts';
import { ROOT } from './support.ts';

/**
 * What the decode page downloads for the decoder is the island's bundle (the custom element, the
 * renderer and the decoder), built the way the site builds it, without the chunk it fetches only
 * when "Copy link" is used (the redaction, share-link.ts); the bench
 * weighs the same file in the built site (`size.decoder_island_js_gzip`). The index, with the status
 * table, is a separate data file and is not counted here.
 *
 * The target is 14,336 bytes and is not met: the status table moved into the index, and what is left
 * is code and the sentences the decoder writes. Since then, decoding a multi-megabyte input without
 * showing it and the loader of the share chunk (Vite's dynamic-import helper) added 561 bytes. This
 * ceiling holds what has been reached so the bundle cannot grow back while the rest of the way is
 * made.
 */

/** The target for the island bundle, gzipped. */
const TARGET = 14 * 1024;
/** What the bundle may weigh today: the size reached, rounded up to the next 128 bytes. */
const CEILING = 16_128;

test('the decoder island and everything it loads up front is at most 16,128 bytes gzipped (target 14,336)', async () => {
  const bytes = await bundleGzip(resolve(ROOT, 'src/components/decoder-island.ts'));
  expect(bytes, `the island bundle is ${bytes} B gzipped; the target is ${TARGET} B`).toBeLessThanOrEqual(
    CEILING,
  );
}, 60_000);
