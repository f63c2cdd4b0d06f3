import { decodeHar } from './decode-har.ts';
import { decodeText } from './decode-text.ts';
import { POINTS, type Points } from './match/points.ts';
import type { CatalogIndex, DecodeOptions, DecodeResult } from './types.ts';

/**
 * The decoder's entry point for the CLI and the tests: text in, one `DecodeItem` per response
 * found, with its options checked and HARs read. Pure, and it never throws (see decode-text.ts).
 */

/** Decodes pasted text against the catalog index. */
export function decode(text: string, index: CatalogIndex, options: DecodeOptions = {}): DecodeResult {
  const given = options.now instanceof Date ? options.now.getTime() : options.now;
  const now = typeof given === 'number' && !Number.isNaN(new Date(given).getTime()) ? given : Date.now();
  const points: Points = { ...POINTS };
  for (const [signal, value] of Object.entries(options.points ?? {}))
    if (Object.hasOwn(POINTS, signal) && typeof value === 'number') points[signal as keyof Points] = value;
  return decodeText(typeof text === 'string' ? text : '', index, decodeHar, now, points);
}
