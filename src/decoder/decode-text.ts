import { answer } from './answer.ts';
import type { HarDecoder } from './decode-har.ts';
import { knowledgeOf } from './read/knowledge.ts';
import { POINTS, type Points } from './match/points.ts';
import { normalizeText } from './read/normalize-text.ts';
import { readEvidence, type ResponseSource } from './read/read-evidence.ts';
import { readHttp } from './read/read-http.ts';
import type { CatalogIndex, DecodeResult } from './types.ts';

/**
 * The decoder's core: text in, one `DecodeItem` per response found. Pure (no DOM, no I/O), and
 * it never throws — a failure anywhere becomes an `unknown` item with a note. The page calls it
 * directly; the CLI and the tests call `decode` (decode.ts), which checks its options and always
 * reads HARs.
 */

/** Text read from one paste; a longer paste is read in a window of this size around its response. */
export const MAX_TEXT = 2 * 1024 * 1024;

/** Where a response starts: a status line, or the first member of an error body. */
export const RESPONSE_ANCHOR = /HTTP\/[0-9.]{1,3} [1-5][0-9][0-9]|["'](?:error|type|title)["'][ \t]*:/g;

/**
 * The part of a long paste worth reading: from a little before the last status line (the final
 * answer in a log), or else the first error member, for {@link MAX_TEXT} characters.
 */
function readingWindow(input: string): { text: string; note?: string } {
  if (input.length <= MAX_TEXT) return { text: input };
  let anchor = -1;
  let statusLine = -1;
  for (const m of input.matchAll(RESPONSE_ANCHOR)) {
    if (anchor === -1) anchor = m.index;
    if (m[0].startsWith('HTTP/')) statusLine = m.index;
  }
  const at = statusLine !== -1 ? statusLine : Math.max(anchor, 0);
  const start = Math.max(0, Math.min(at - 4096, input.length - MAX_TEXT));
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    text: input.slice(start, start + MAX_TEXT),
    note: `Read ${mb(MAX_TEXT)} MB of the ${mb(input.length)} MB paste, around the response.`,
  };
}

function decodeUnsafe(
  raw: string,
  index: CatalogIndex,
  now: number,
  points: Points,
  readHar: HarDecoder | undefined,
): DecodeResult {
  const input = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const har = readHar?.(index, input, now, points);
  if (har) return har;
  const window = readingWindow(input);
  const notes = window.note ? [window.note] : [];
  const text = normalizeText(window.text);
  const http = readHttp(text);
  const source: ResponseSource = http ? { text, http } : { text };
  return { results: [answer(index, readEvidence(source, now, knowledgeOf(index)), points, notes)] };
}

/**
 * Decodes `text` at the time `now` with the points table `points`; never throws. The page calls it
 * as it is, so the checks `decode` (decode.ts) makes on its options are not in the page's script. A
 * HAR is read only with `readHar` (decode-har.ts), which the page fetches the first time a paste may
 * be one; without it, a HAR is read as any other text.
 */
export function decodeText(
  text: string,
  index: CatalogIndex,
  readHar?: HarDecoder,
  now = Date.now(),
  points: Points = POINTS,
): DecodeResult {
  try {
    return decodeUnsafe(text, index, now, points, readHar);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      results: [
        {
          verdict: 'unknown',
          extracted: { form: 'text' },
          matches: [],
          notes: [`The input could not be read (${reason}).`],
        },
      ],
    };
  }
}
