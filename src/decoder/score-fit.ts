import { hostFit } from './lookup.ts';
import { compileTemplate, matchTemplate, type CompiledTemplate } from './message-template.ts';
import type { Evidence } from './read-evidence.ts';
import type { IndexEntry, IndexService } from './types.ts';

/**
 * How well the body and the host fit an entry: the envelope's shape, an empty body where one is
 * documented, the message against its template, the host against the service's hosts.
 */

/** Weights of the body and host signals (the others are in score-candidate.ts). */
export const ENVELOPE = 0.1; // the body has the documented envelope
export const ENVELOPE_DIFFERS = -0.3; // the body has another shape
export const BODY_DIFFERS = -0.4; // empty where a body is documented, or the reverse
export const HOST = 0.25; // the host belongs to the service
export const HOST_OTHER_PATH = -0.5; // the service's host, another API's path
export const HOST_FOREIGN = -0.5; // a host the service does not list
export const TEMPLATE = 0.15; // the message fits the documented template

/** Adds a weight and its reason to the candidate being scored. */
export type Add = (weight: number, why: string, identity?: boolean) => void;

/** Compiled once per entry, when first needed. */
const templates = new WeakMap<IndexEntry, CompiledTemplate>();
function templateOf(entry: IndexEntry): CompiledTemplate {
  let compiled = templates.get(entry);
  if (!compiled) templates.set(entry, (compiled = compileTemplate(entry.msg)));
  return compiled;
}

/** Scores the body against the entry; returns the template's filled values when the message fits. */
export function scoreBodyFit(
  evidence: Evidence,
  entry: IndexEntry,
  add: Add,
): Record<string, string> | undefined {
  const { reading, body } = evidence;
  if (body === 'empty') {
    if (!entry.empty) add(BODY_DIFFERS, 'the body is empty; this entry documents one');
    return undefined;
  }
  if (entry.empty && body !== 'none') add(BODY_DIFFERS, 'this entry documents an empty body');
  if (body === 'other') add(ENVELOPE_DIFFERS, `the body is not JSON; this entry's is ${entry.env}`);
  else if (reading && !entry.empty) {
    if (reading.quirk && entry.env === reading.envelope) {
      add(ENVELOPE_DIFFERS, `the body is ${reading.envelope}, but ${reading.quirk}`);
    } else if (reading.envelope === entry.env && !reading.partial)
      add(ENVELOPE, `envelope ${entry.env} matches`);
    else if (reading.envelope !== entry.env) {
      add(ENVELOPE_DIFFERS, `the body is shaped ${reading.envelope}; this entry's is ${entry.env}`);
    }
  }
  const message = evidence.extracted.message;
  if (!entry.msg || !message) return undefined;
  const compiled = templateOf(entry);
  const filled = compiled.literalLength >= 8 ? matchTemplate(compiled, message) : undefined;
  if (!filled) return undefined;
  add(TEMPLATE, 'the message fits the documented template');
  return Object.keys(filled).length > 0 ? filled : undefined;
}

/** Scores the host (and path) the request went to against the entry's service. */
export function scoreHostFit(service: IndexService, evidence: Evidence, add: Add): void {
  const host = evidence.extracted.host;
  if (!host) return;
  const fit = hostFit(service, host, evidence.path);
  if (fit === 'match') add(HOST, `host ${host} belongs to ${service.name}`);
  else if (fit === 'other-path') add(HOST_OTHER_PATH, `the path on ${host} is not ${service.name}'s`);
  else add(HOST_FOREIGN, `host ${host} is not one of ${service.name}'s`);
}
