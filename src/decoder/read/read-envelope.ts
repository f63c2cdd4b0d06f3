import type { EnvelopeKind } from '../types.ts';
import { httpStatus, isObject, type JsonObject as Obj } from './json-value.ts';

/**
 * Reads a parsed body as one of the catalog's envelopes. Only own properties are read (a `__proto__`
 * or `constructor` key is data, never a path to Object.prototype), only strings and numbers are kept,
 * and nested error chains are followed a bounded number of steps.
 */

export interface BodyReading {
  // Fields not found may be set to undefined: a reading stays inside the decoder, and readEvidence
  // copies the fields it shows one by one.
  envelope: EnvelopeKind | 'other';
  /** The shape is the envelope's, but only part of it (a bare `{code, message}` error object). */
  partial?: true;
  /** Why a body that looks like the envelope is still not shaped as the catalog documents it. */
  quirk?: string;
  code?: string | undefined;
  innerCodes: string[];
  message?: string | undefined;
  target?: string | undefined;
  correlationId?: string | undefined;
  traceId?: string | undefined;
  timestamp?: string | undefined;
  status?: number | undefined;
  /** Numbers from an OAuth body's `error_codes`. */
  errorNumbers: number[];
  requestIds: { name: string; value: string }[];
}

const MAX_INNER_DEPTH = 8;
const MAX_KEYS = 64;

/** An own property by name, ignoring case (`innerError` is `innererror`). */
function own(obj: Obj, name: string): unknown {
  if (Object.hasOwn(obj, name)) return obj[name];
  const lower = name.toLowerCase();
  const key = Object.keys(obj)
    .slice(0, MAX_KEYS)
    .find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}

/** A string field, capped; an Azure AD Graph `{lang, value}` message counts as its value. */
function str(value: unknown, max = 4000): string | undefined {
  if (isObject(value)) return str(own(value, 'value'), max);
  return typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined;
}

function code(value: unknown): string | undefined {
  const s = str(value, 200)?.trim();
  return s && s.length <= 120 ? s : undefined;
}

/** A status written as a number or as a string (`"429"`). */
function statusNumber(value: unknown): number | undefined {
  return httpStatus(typeof value === 'string' ? Number(value) : value);
}

function readOdata(error: Obj, reading: BodyReading): void {
  reading.message = str(own(error, 'message'));
  reading.target = str(own(error, 'target'), 200);
  reading.correlationId = str(own(error, 'correlationId'), 200);
  let inner = own(error, 'innererror');
  for (let depth = 0; isObject(inner) && depth < MAX_INNER_DEPTH; depth++) {
    const innerCode = code(own(inner, 'code'));
    if (innerCode) reading.innerCodes.push(innerCode);
    for (const name of ['request-id', 'client-request-id']) {
      const value = str(own(inner, name), 200);
      if (value) reading.requestIds.push({ name, value });
    }
    if (
      !innerCode &&
      depth === 0 &&
      (own(inner, 'request-id') !== undefined || own(inner, 'date') !== undefined)
    ) {
      reading.quirk = 'its innerError has no code (the Microsoft Graph shape)';
    }
    inner = own(inner, 'innererror');
  }
}

function readOauth(body: Obj, reading: BodyReading): void {
  const description = str(own(body, 'error_description'));
  const numbers = own(body, 'error_codes');
  reading.message = description;
  if (Array.isArray(numbers)) {
    for (const n of numbers.slice(0, 16))
      if (typeof n === 'number' && Number.isInteger(n)) reading.errorNumbers.push(n);
  }
  if (!description && !Array.isArray(numbers)) reading.partial = true;
  reading.traceId = str(own(body, 'trace_id'), 200);
  reading.correlationId = str(own(body, 'correlation_id'), 200);
  reading.timestamp = str(own(body, 'timestamp'), 60);
}

/** Classifies a parsed body; `undefined` when it carries nothing that looks like an error. */
export function readEnvelope(value: unknown): BodyReading | undefined {
  const body = Array.isArray(value) ? value.slice(0, 8).find(isObject) : value;
  if (!isObject(body)) return undefined;
  const reading: BodyReading = { envelope: 'other', innerCodes: [], errorNumbers: [], requestIds: [] };
  const error = own(body, 'error') ?? own(body, 'odata.error');
  const title = str(own(body, 'title'), 200);
  const type = str(own(body, 'type'), 200);
  const message = str(own(body, 'message'));

  if (isObject(error)) {
    const errorCode = own(error, 'code');
    // A code that is an HTTP status (`"code": "429"`, or Google's numeric code) is the status, not a code.
    const asStatus = statusNumber(errorCode);
    if (asStatus === undefined) reading.code = code(errorCode);
    else reading.status = asStatus;
    reading.envelope = reading.code || typeof errorCode === 'string' ? 'odata' : 'other';
    readOdata(error, reading);
  } else if (typeof error === 'string') {
    reading.envelope = 'oauth';
    reading.code = code(error);
    readOauth(body, reading);
  } else if (
    title &&
    ['status', 'detail', 'type', 'instance', 'errors'].some((k) => own(body, k) !== undefined)
  ) {
    reading.envelope = 'problem-details';
    reading.code = title;
    reading.message = str(own(body, 'detail'));
    reading.status = statusNumber(own(body, 'status'));
    reading.traceId = str(own(body, 'traceId'), 200);
  } else if (type && message) {
    reading.envelope = 'coveo';
    reading.code = code(type);
    reading.message = message;
    reading.status = statusNumber(own(body, 'statusCode'));
  } else if (code(own(body, 'code')) && (message || own(body, 'target') !== undefined)) {
    // The inside of an OData error printed on its own, as SDKs and Python dicts show it.
    reading.envelope = 'odata';
    reading.partial = true;
    readOdata(body, reading);
    reading.code = code(own(body, 'code'));
  } else if (message || title || own(body, '__type') !== undefined || own(body, 'errors') !== undefined) {
    reading.message = message ?? title;
  } else {
    return undefined;
  }
  return reading;
}
