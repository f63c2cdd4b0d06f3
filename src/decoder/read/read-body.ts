import { findJsonCandidates, type JsonCandidate } from './find-json.ts';
import { parseLooseJson } from './parse-loose-json.ts';
import { readEnvelope, type BodyReading } from './read-envelope.ts';
import { findNestedDocuments, statusOfRecord } from './read-nested.ts';
import { readTruncated } from './read-truncated.ts';

/**
 * Picks the error body out of a response's text: the JSON candidate that reads best as an envelope,
 * or — when the first object was cut short, or only loose members were pasted — what a pattern
 * can read from it.
 */

export interface BodyRead {
  reading?: BodyReading;
  /** Read by pattern from a body cut short (or from members without their braces). */
  truncated: boolean;
  /** The body was JSON written inside a string. */
  escaped: boolean;
  /** Offset of the object that was read; -1 when none was. */
  start: number;
  /**
   * The body was found inside a string of another JSON document (a log record, a relay's error):
   * what that outer document was, read as an error when it is one.
   */
  wrapper?: { reading?: BodyReading | undefined; status?: number | undefined } | undefined;
}

/** A reading with a code beats one with only an envelope, which beats a bare message. */
const weight = (r: BodyReading) => (r.code ? 3 : 0) + (r.envelope !== 'other' ? 2 : 0) + (r.message ? 1 : 0);

/** A code in a documented envelope: a body an API wrote, not a tool's record around one. */
const isApiBody = (r: BodyReading) => r.code !== undefined && r.envelope !== 'other' && !r.partial;

interface Parsed {
  reading: BodyReading;
  candidate: JsonCandidate;
  depth: number;
  wrapper?: BodyRead['wrapper'];
}

/**
 * Ranks two readings. An API's body beats anything that is not one; between two API bodies the one
 * nested deeper wins, because a document inside another's string is what the outer one carries (a
 * relay's error wraps the API's answer, never the reverse); then the fuller reading; then the first.
 */
function better(a: Parsed, b: Parsed | undefined): boolean {
  if (!b) return true;
  const apiA = isApiBody(a.reading);
  const apiB = isApiBody(b.reading);
  if (apiA !== apiB) return apiA;
  if (apiA && a.depth !== b.depth) return a.depth > b.depth;
  return weight(a.reading) > weight(b.reading);
}

function bestParsed(candidates: JsonCandidate[]): Parsed | undefined {
  let best: Parsed | undefined;
  for (const candidate of candidates) {
    if (!candidate.closed) continue;
    const parsed = parseLooseJson(candidate.text);
    const reading = readEnvelope(parsed);
    if (reading) {
      const here: Parsed = { reading, candidate, depth: 0 };
      if (better(here, best)) best = here;
    }
    for (const nested of findNestedDocuments(parsed)) {
      // An API's error that carries an innererror chain is the answer; a body inside that chain is
      // its backend's detail. A relay's error has no such chain around the body it carries.
      if (nested.viaInner && reading && isApiBody(reading)) continue;
      const inner = readEnvelope(nested.value);
      if (!inner) continue;
      const wrapper = {
        reading: readEnvelope(nested.parent),
        status: statusOfRecord(nested.parent) ?? statusOfRecord(parsed),
      };
      const here: Parsed = { reading: inner, candidate, depth: nested.depth, wrapper };
      if (better(here, best)) best = here;
    }
    if (best && best.depth === 0 && weight(best.reading) >= 6 && isApiBody(best.reading)) break;
  }
  return best;
}

/** Reads the error body in `text` (a response body, or a whole paste). */
export function readBody(text: string): BodyRead {
  const candidates = findJsonCandidates(text);
  const best = bestParsed(candidates);
  const first = candidates[0];
  // A cut-off object that opens before anything parsed is the body; what parsed is nested inside it.
  if (first && !first.closed && (!best || best.candidate.start > first.start)) {
    const cut = readTruncated(first.text);
    if (cut && (cut.code || !best))
      return { reading: cut, truncated: true, escaped: first.escaped, start: first.start };
  }
  if (best) {
    const { reading, candidate, wrapper } = best;
    return { reading, truncated: false, escaped: candidate.escaped, start: candidate.start, wrapper };
  }
  // Members without their braces (`"type": "X", "message": …` quoted out of a body).
  const fragment = candidates.length === 0 ? readTruncated(text) : undefined;
  if (fragment?.code) return { reading: fragment, truncated: true, escaped: false, start: -1 };
  return { truncated: false, escaped: false, start: -1 };
}
