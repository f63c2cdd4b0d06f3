import { findJsonCandidates, type JsonCandidate } from './find-json.ts';
import { parseLooseJson } from './parse-loose-json.ts';
import { readEnvelope, type BodyReading } from './read-envelope.ts';
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
}

/** A reading with a code beats one with only an envelope, which beats a bare message. */
const weight = (r: BodyReading) => (r.code ? 3 : 0) + (r.envelope !== 'other' ? 2 : 0) + (r.message ? 1 : 0);

function bestParsed(
  candidates: JsonCandidate[],
): { reading: BodyReading; candidate: JsonCandidate } | undefined {
  let best: { reading: BodyReading; candidate: JsonCandidate } | undefined;
  for (const candidate of candidates) {
    if (!candidate.closed) continue;
    const reading = readEnvelope(parseLooseJson(candidate.text));
    if (reading && (!best || weight(reading) > weight(best.reading))) best = { reading, candidate };
    if (best && weight(best.reading) >= 6) break;
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
    const { reading, candidate } = best;
    return { reading, truncated: false, escaped: candidate.escaped, start: candidate.start };
  }
  // Members without their braces (`"type": "X", "message": …` quoted out of a body).
  const fragment = candidates.length === 0 ? readTruncated(text) : undefined;
  if (fragment?.code) return { reading: fragment, truncated: true, escaped: false, start: -1 };
  return { truncated: false, escaped: false, start: -1 };
}
