import { answer } from './answer.ts';
import { knowledgeOf } from './read/knowledge.ts';
import { POINTS, type Points } from './match/points.ts';
import { entriesForStatus } from './lookup.ts';
import { normalizeText } from './read/normalize-text.ts';
import { readEvidence } from './read/read-evidence.ts';
import { readHar } from './read/read-har.ts';
import { readHttp, type HttpReading } from './read/read-http.ts';
import { fromUrl } from './read/read-request.ts';
import type { CatalogIndex, DecodeItem, DecodeOptions, DecodeResult } from './types.ts';

/**
 * The decoder's entry point: text in, one {@link DecodeItem} per response found ({@link decode} with
 * options, {@link decodeText} with the time and points table given). Pure (no DOM, no I/O), and it
 * never throws — a failure anywhere becomes an `unknown` item with a note.
 */

/** Text read from one paste; a longer paste is read in a window of this size around its response. */
export const MAX_TEXT = 2 * 1024 * 1024;

/** Where a response starts: a status line, or the first member of an error body. */
export const RESPONSE_ANCHOR = /HTTP\/[0-9.]{1,3} [1-5][0-9][0-9]|["'](?:error|type|title)["'][ \t]*:/g;

/**
 * The part of a long paste worth reading: from a little before the last status line (the final
 * answer in a log), or else the first error member, for {@link MAX_TEXT} characters.
 */
function readingWindow(input: string): { text: string; notes: string[] } {
  if (input.length <= MAX_TEXT) return { text: input, notes: [] };
  let anchor: number | undefined;
  let statusLine: number | undefined;
  for (const m of input.matchAll(RESPONSE_ANCHOR)) {
    anchor ??= m.index;
    if (m[0].startsWith('HTTP/')) statusLine = m.index;
  }
  const at = statusLine ?? anchor ?? 0;
  const start = Math.max(0, Math.min(at - 4096, input.length - MAX_TEXT));
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return {
    text: input.slice(start, start + MAX_TEXT),
    notes: [`Read ${mb(MAX_TEXT)} MB of the ${mb(input.length)} MB paste, around the response.`],
  };
}

/** Results listed for one HAR at most. */
const MAX_HAR_RESULTS = 200;

function decodeHar(
  index: CatalogIndex,
  source: string,
  now: number,
  points: Points,
): DecodeResult | undefined {
  const har = readHar(source);
  if (!har) return undefined;
  // Whether the catalog documents an empty body for a status, looked up once per status.
  const emptyByStatus: Record<number, boolean> = {};
  const documentsEmpty = (status: number) =>
    (emptyByStatus[status] ??= entriesForStatus(index, status, 'exact').some(
      (at) => index.entries[at]!.empty,
    ));
  const results: DecodeItem[] = [];
  for (const r of har.responses) {
    if (results.length >= MAX_HAR_RESULTS) break;
    const empty = r.body.trim() === '';
    if (r.status < 400 && !(empty && documentsEmpty(r.status))) continue;
    // The entry's status, reason and headers, read as if written out.
    const http: HttpReading = { ...r, form: 'har', body: r.body.trim() };
    const request = r.url ? fromUrl(r.url, r.method) : {};
    const evidence = readEvidence({ text: r.body, http, request }, now, knowledgeOf(index));
    results.push(
      answer(index, evidence, points, [
        `HAR entry ${r.position} of ${har.total}: ${r.method ?? ''} ${r.url ?? ''}`.trim(),
      ]),
    );
  }
  if (results.length > 0) return { results };
  const evidence = readEvidence({ text: '', form: 'har' }, now, knowledgeOf(index));
  return {
    results: [
      answer(index, evidence, points, [`The HAR has ${har.total} entries and none is an error response.`]),
    ],
  };
}

function decodeUnsafe(raw: string, index: CatalogIndex, now: number, points: Points): DecodeResult {
  const input = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const har = decodeHar(index, input, now, points);
  if (har) return har;
  const window = readingWindow(input);
  const text = normalizeText(window.text);
  const http = readHttp(text);
  const evidence = readEvidence({ text, http }, now, knowledgeOf(index));
  return { results: [answer(index, evidence, points, window.notes)] };
}

/**
 * Decodes `text` at the time `now` with the points table `points`; never throws. The page calls it
 * as it is: it gives no options, so the checks {@link decode} makes on them are not in its script.
 */
export function decodeText(
  text: string,
  index: CatalogIndex,
  now = Date.now(),
  points: Points = POINTS,
): DecodeResult {
  try {
    return decodeUnsafe(text, index, now, points);
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

/** Decodes pasted text against the catalog index, with the options checked (the CLI and the tests). */
export function decode(text: string, index: CatalogIndex, options: DecodeOptions = {}): DecodeResult {
  const given = options.now instanceof Date ? options.now.getTime() : options.now;
  const now = typeof given === 'number' && !Number.isNaN(new Date(given).getTime()) ? given : Date.now();
  const points: Points = { ...POINTS };
  for (const [signal, value] of Object.entries(options.points ?? {}))
    if (Object.hasOwn(POINTS, signal) && typeof value === 'number') points[signal as keyof Points] = value;
  return decodeText(typeof text === 'string' ? text : '', index, now, points);
}
