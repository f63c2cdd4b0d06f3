import { readBody } from './read-body.ts';
import type { BodyReading } from './read-envelope.ts';
import type { HttpReading } from './read-http.ts';
import { findOtherApi, type Knowledge, type OtherApiClue } from './knowledge.ts';
import { readAadTrace, readFamilyCodes, readRequestIds, readRetryAfterValue } from './read-ids.ts';
import { readRequest, type RequestReading } from './read-request.ts';
import { readSdkText } from './read-sdk-text.ts';
import { readStatusText } from './read-status-text.ts';
import { parseRetryAfter } from './retry-after.ts';
import { squeezeReason } from '../status-table.ts';
import type { Extracted, InputForm } from '../types.ts';

/**
 * Turns one response's text into evidence: what {@link Extracted} shows the reader, plus what the
 * matcher needs (the body's shape, loose code-like words). Reads; never decides.
 */

export interface Evidence {
  extracted: Extracted;
  reading?: BodyReading | undefined;
  /** What the body was: parsed JSON, JSON cut short, nothing at all, something else, or no body seen. */
  body: 'json' | 'truncated' | 'empty' | 'other' | 'none';
  /** The whole input was one code-like word or phrase. */
  bare?: string | undefined;
  /** Code-shaped words in the text, for when no code was read from a body. */
  tokens: string[];
  /** The whole paste was one line of prose: perhaps a documented message copied alone. */
  sentence?: string | undefined;
  path?: string | undefined;
  /** An API the catalog does not cover that the paste points to. */
  otherApi?: OtherApiClue | undefined;
  notes: string[];
}

/** One response to read: the text, and what is already known about it (a HAR gives status and request). */
export interface ResponseSource {
  text: string;
  http?: HttpReading | undefined;
  request?: RequestReading;
  form?: InputForm;
}

/** azure-core's label before the innererror object it prints: `Inner error: {`. */
const INNER_ERROR_LABEL = /Inner ?error:[ \t]*\n?[ \t]*$/i;

/** A bare status, optionally with its reason: `429`, `404 Not Found`. */
export const BARE_STATUS = /^([1-5][0-9][0-9])(?:[ \t]+[A-Za-z][A-Za-z -]{0,40})?$/;

/** A bare code or title: up to five words of letters, digits and `_.-`, no sentence punctuation. */
export const BARE_CODE = /^[A-Za-z_][\w.-]{0,79}(?: [\w.-]{1,30}){0,4}$/;

/** A code-shaped word: camelCase, snake_case or with digits; plain words are left alone. */
export const CODE_WORD = /\b[A-Za-z][A-Za-z0-9_]{3,79}\b/g;

function codeWords(text: string, known: Knowledge): string[] {
  const words = new Set<string>();
  for (const [word] of text.slice(0, 64 * 1024).matchAll(CODE_WORD)) {
    if (words.size >= 400) break;
    // camelCase, snake_case or letters with digits; a reason phrase (`BadRequest`) names no API.
    if (/[a-z][A-Z]|_|[A-Za-z][0-9]/.test(word) && !known.reasons.has(squeezeReason(word))) words.add(word);
  }
  return [...words];
}

/**
 * Drops the fields that came out empty (`undefined`, `false`, an empty list), so the result's JSON
 * holds only what was found.
 */
function compact<T extends object>(value: { [K in keyof T]?: T[K] | false | [] | undefined }): T {
  const found = ([, v]: [string, unknown]) =>
    v !== undefined && v !== false && !(Array.isArray(v) && !v.length);
  return Object.fromEntries(Object.entries(value).filter(found)) as T;
}

function bodyKind(http: HttpReading | undefined, reading: BodyReading | undefined, truncated: boolean) {
  if (http?.body === '') return 'empty';
  if (reading) return truncated ? 'truncated' : 'json';
  return http ? 'other' : 'none';
}

/** Reads everything the text says about one response. */
export function readEvidence(source: ResponseSource, now: number, known: Knowledge): Evidence {
  const { text, http } = source;
  const notes: string[] = [];
  const bodyText = http ? http.body : text;
  const { reading, truncated, escaped, start, wrapper } = readBody(bodyText);
  if (wrapper) {
    const relay = wrapper.reading?.code
      ? ` a "${wrapper.reading.code}" error that`
      : ' another document that';
    notes.push(`The API's error body was read from inside${relay} carried it as text.`);
  } else if (escaped && !truncated) notes.push('The body was JSON inside a string; it was unescaped.');
  if (truncated) notes.push('The body is cut short; it was read by pattern.');

  // azure-core prints `Code: X` and `Message: …`, then the innererror object after `Inner error:`:
  // the printed code is the error's, the object's codes are inner codes.
  const innerBlock =
    reading?.partial && start > 0 && INNER_ERROR_LABEL.test(bodyText.slice(Math.max(0, start - 40), start));
  const sdk = reading && !innerBlock ? undefined : readSdkText(text);
  if (innerBlock && sdk && reading?.code) {
    reading.innerCodes = [reading.code, ...reading.innerCodes];
    reading.code = sdk.code;
    if (sdk.message) reading.message = sdk.message;
    delete reading.partial;
  }
  const trimmed = text.trim();
  const bareStatus = !http && !reading && !sdk ? BARE_STATUS.exec(trimmed) : null;
  const bare = !http && !reading && !sdk && !bareStatus && BARE_CODE.test(trimmed) ? trimmed : undefined;
  const body: Evidence['body'] = bodyKind(http, reading, truncated);

  const given = source.form ?? http?.form;
  let form: InputForm = trimmed ? 'text' : 'empty';
  if (given) form = given;
  else if (bareStatus) form = 'bare-status';
  else if (bare) form = 'bare-code';
  // The paste is the body itself when it opens with the object that was read (or with a cut-off one).
  else if (reading)
    form = /^[[{]/.test(trimmed) && (truncated || start === text.indexOf(trimmed[0]!)) ? 'json' : 'wrapped';
  else if (sdk) form = 'sdk-text';

  const request = source.request ?? readRequest(text);
  const status =
    http?.status ??
    reading?.status ??
    wrapper?.status ??
    (bareStatus ? Number(bareStatus[1]) : readStatusText(text, known));
  if (http && reading?.status && reading.status !== http.status) {
    notes.push(`The status line says ${http.status} but the body says ${reading.status}.`);
  }
  const headers = http?.headers ?? [];
  const retryValue = readRetryAfterValue(headers, text);
  const retryAfter = retryValue ? parseRetryAfter(retryValue, now) : undefined;
  const requestIds = readRequestIds(headers, text, [...(reading?.requestIds ?? [])], known.idHeaders);
  const trace = readAadTrace(`${reading?.message ?? ''}\n${text.slice(0, 1024 * 1024)}`);
  const familyCodes = readFamilyCodes(text, reading?.errorNumbers ?? [], known.families);
  const code = reading?.code ?? sdk?.code;

  const extracted = compact<Extracted>({
    form,
    status,
    reason: http?.reason,
    envelope: reading?.envelope ?? (body === 'other' ? 'other' : undefined),
    code,
    innerCode: reading?.innerCodes[0],
    innerCodes: reading?.innerCodes,
    message: reading?.message ?? sdk?.message,
    target: reading?.target,
    correlationId: reading?.correlationId ?? trace.correlationId,
    traceId: reading?.traceId ?? trace.traceId,
    timestamp: reading?.timestamp ?? trace.timestamp,
    requestIds,
    familyCodes,
    retryAfter,
    method: request.method,
    url: request.url,
    host: request.host,
    truncated,
    emptyBody: body === 'empty',
  });
  // Evidence stays inside the decoder (only `extracted` and `notes` reach the result), so fields
  // not found are left undefined rather than left out.
  const prose = !http && !reading && !sdk && !bare && form === 'text' && !trimmed.includes('\n');
  return {
    extracted,
    reading,
    body,
    bare,
    tokens: code || bare ? [] : codeWords(text, known),
    sentence: prose && trimmed.length <= 500 ? trimmed : undefined,
    path: request.path || undefined,
    otherApi: findOtherApi(known, request.host, text),
    notes,
  };
}
