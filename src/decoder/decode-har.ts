import { answer } from './answer.ts';
import type { Points } from './match/points.ts';
import { entriesForStatus } from './lookup.ts';
import { knowledgeOf } from './read/knowledge.ts';
import { readEvidence } from './read/read-evidence.ts';
import { readHar } from './read/read-har.ts';
import type { HttpReading } from './read/read-http.ts';
import { fromUrl } from './read/read-request.ts';
import type { CatalogIndex, DecodeItem, DecodeResult } from './types.ts';

/**
 * Decodes a HAR export: one result per failed response (and per empty one where the catalog
 * documents an empty body for its status). Its own module so that the page fetches it only when a
 * paste may be a HAR (see {@link mayBeHar}); the CLI's `decode` always reads HARs.
 */

/** Decodes `source` as a HAR, or `undefined` when it is not one. */
export type HarDecoder = typeof decodeHar;

/** Results listed for one HAR at most. */
const MAX_HAR_RESULTS = 200;

/** The results for `source` when it is a HAR, `undefined` when it is not. */
export function decodeHar(
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
