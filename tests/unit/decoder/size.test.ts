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
 * The target is 14,336 bytes and is not met. The status table moved into the index; decoding a
 * multi-megabyte input without showing it and the loader of the share chunk (Vite's dynamic-import
 * helper, about 660 bytes of the gzipped file) then brought the bundle to 16,115 bytes; one element
 * helper in the renderer, shared checks for parsed JSON, single-pass patterns in place of
 * hand-written character loops and smaller scoring bookkeeping brought it back to 15,543. What is
 * left is code, the sentences the decoder writes and that loader. This ceiling holds what has been
 * reached so the bundle cannot grow back while the rest of the way is made.
 */

/** The target for the island bundle, gzipped. */
const TARGET = 14 * 1024;
/** What the bundle may weigh today: the size reached, rounded up to the next 128 bytes. */
const CEILING = 15_616;

test('the decoder island and everything it loads up front is at most 15,616 bytes gzipped (target 14,336)', async () => {
  const bytes = await bundleGzip(resolve(ROOT, 'src/components/decoder-island.ts'));
  expect(bytes, `the island bundle is ${bytes} B gzipped; the target is ${TARGET} B`).toBeLessThanOrEqual(
    CEILING,
  );
}, 60_000);
