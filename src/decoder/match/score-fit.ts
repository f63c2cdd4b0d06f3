import { hostFit } from '../lookup.ts';
import { matchTemplate } from '../message-template.ts';
import type { Evidence } from '../read/read-evidence.ts';
import type { IndexEntry, IndexService } from '../types.ts';
import type { Add } from './score-candidate.ts';

/**
 * The rows of the points table about fit: the body's shape, an empty body where one is documented,
 * the message against its template, the host and path against the service's, and the mention of an
 * API the catalog does not cover.
 */

/** Documented messages with at least this many fixed characters are specific enough to disagree with. */
const LONG_MESSAGE = 40;

/**
 * Whether the body was read as the API sent it: a raw response, a curl dump, a HAR, or a paste that
 * is only the JSON. Tools that print the error object alone (an SDK's exception, a Python dict in a
 * log) drop the wrapper; a body read off the wire cannot have lost it.
 */
function readOffTheWire(evidence: Evidence): boolean {
  return ['json', 'http', 'curl', 'har'].includes(evidence.extracted.form);
}

/** Scores the body against the entry; returns the template's filled values when the message fits. */
export function scoreBodyFit(
  evidence: Evidence,
  entry: IndexEntry,
  add: Add,
): Record<string, string> | undefined {
  const { reading, body } = evidence;
  if (body === 'empty') {
    if (!entry.empty) add('bodyDiffers', 'the body is empty; this entry documents one');
    return undefined;
  }
  if (entry.empty && body !== 'none') add('bodyDiffers', 'this entry documents an empty body');
  if (body === 'other') add('envelopeDiffers', "the body is not JSON, unlike this API's errors");
  else if (reading && !entry.empty) {
    if (reading.envelope !== entry.env)
      add('envelopeDiffers', "the body is not shaped like this API's errors");
    else if (reading.quirk)
      add('envelopeDiffers', `the body looks like this API's errors, but ${reading.quirk}`);
    else if (reading.partial && readOffTheWire(evidence))
      add('envelopeDiffers', 'the body lacks the wrapper this API puts around its errors');
    else if (!reading.partial) add('envelope', "the body is shaped like this API's errors");
  }
  const message = evidence.extracted.message;
  const compiled = entry.msg;
  if (!compiled || !message) return undefined;
  const filled = compiled.literalLength >= 8 ? matchTemplate(compiled, message) : undefined;
  if (!filled) {
    // Where the API writes its message verbatim, a long one worded otherwise hints at another API.
    if (entry.verbatim && compiled.literalLength >= LONG_MESSAGE && evidence.body !== 'truncated')
      add('messageDiffers', 'the message is not worded as documented');
    return undefined;
  }
  add('template', 'the message fits the documented template');
  return Object.keys(filled).length > 0 ? filled : undefined;
}

/** Scores the host (and path) the request went to against the entry's service. */
export function scoreHostFit(service: IndexService, evidence: Evidence, add: Add): void {
  const host = evidence.extracted.host;
  if (!host) return;
  const fit = hostFit(service, host, evidence.path);
  if (fit === 'match') add('host', `host ${host} belongs to ${service.name}`);
  else if (fit === 'other-path') add('hostOtherPath', `the path on ${host} is not ${service.name}'s`);
  else if (fit === 'no') add('hostForeign', `host ${host} is not one of ${service.name}'s`);
}

/** Scores a mention of an API the catalog does not cover, unless the paste also shows this service's host. */
export function scoreOtherApi(service: IndexService, evidence: Evidence, add: Add): void {
  const other = evidence.otherApi;
  if (!other) return;
  const host = evidence.extracted.host;
  if (host && hostFit(service, host, evidence.path) === 'match') return;
  add('otherApi', `the paste points to ${other.name} (${other.clue}), which this catalog does not cover`);
}
