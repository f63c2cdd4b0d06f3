import { unescapeOnce } from './find-json.ts';
import type { BodyReading } from './read-envelope.ts';

/**
 * Reads a body that was cut short (or is not valid JSON for another reason) by pattern: the string
 * members that name an error, in order. The outer `code` comes first, inner ones after it.
 */

/**
 * `"key" : "value"` (or Python's `'key': 'value'`) for the keys that matter. The value: characters
 * other than its quote, a backslash or a newline, or a backslash escape, up to 1000 — the two
 * alternatives start differently, so nothing backtracks. Group 5 is the closing quote; a value cut
 * off before it is still captured.
 */
export const QUOTED_MEMBER =
  /(["'])(code|type|title|error|message|error_description|detail|target|correlationId|trace_id|correlation_id)\1[ \t]*:[ \t]*(["'])((?:(?!\3)[^\\\n]|\\.){0,1000})(\3)?/g;

/** `"status": 404` in a problem-details body. */
export const STATUS_MEMBER = /["']status["'][ \t]*:[ \t]*([1-5][0-9][0-9])\b/;

/** `"error_codes": [70002, 70008` — numbers, commas and blanks, bounded. */
export const ERROR_CODES_MEMBER = /["']error_codes["'][ \t]*:[ \t]*\[([0-9,\s]{1,200})/;

/** `"error": {` opens an OData error object. */
export const ODATA_OPENING = /["']error["'][ \t]*:[ \t]*\{/;

/** Reads what it can; `undefined` when no member that names an error was found. */
export function readTruncated(text: string): BodyReading | undefined {
  // Codes must be whole (closing quote seen); a message cut mid-sentence is still worth showing.
  const members = new Map<string, string[]>();
  const head = text.slice(0, 64 * 1024);
  for (const [, , key, , value, closing] of head.matchAll(QUOTED_MEMBER)) {
    const list = members.get(key!) ?? [];
    const whole = closing !== undefined || /^(message|error_description|detail)$/.test(key!);
    if (list.length < 8 && whole) list.push(unescapeOnce(value!).trim());
    members.set(key!, list);
  }
  // A field not found is left undefined (a reading stays inside the decoder).
  const first = (key: string) => members.get(key)?.find((v) => v !== '');
  const reading: BodyReading = { envelope: 'other', innerCodes: [], errorNumbers: [], requestIds: [] };
  const codes = members.get('code')?.filter((v) => v !== '') ?? [];
  const error = first('error');

  if (ODATA_OPENING.test(head) || (codes.length > 0 && !error)) {
    reading.envelope = 'odata';
    if (!ODATA_OPENING.test(head)) reading.partial = true;
    reading.code = codes[0];
    reading.innerCodes = codes.slice(1);
    reading.message = first('message');
    reading.target = first('target');
    reading.correlationId = first('correlationId');
  } else if (error) {
    reading.envelope = 'oauth';
    reading.code = error;
    reading.message = first('error_description');
    reading.traceId = first('trace_id');
    reading.correlationId = first('correlation_id');
    const numbers = ERROR_CODES_MEMBER.exec(head)?.[1] ?? '';
    for (const n of numbers.split(','))
      if (/^\s*[0-9]{1,9}\s*$/.test(n)) reading.errorNumbers.push(Number(n));
  } else if (first('title')) {
    reading.envelope = 'problem-details';
    reading.code = first('title')!;
    reading.message = first('detail');
    const status = STATUS_MEMBER.exec(head)?.[1];
    if (status) reading.status = Number(status);
  } else if (first('type')) {
    reading.envelope = first('message') !== undefined ? 'coveo' : 'other';
    reading.code = first('type')!;
    reading.message = first('message');
  } else if (first('message')) {
    reading.message = first('message');
  } else {
    return undefined;
  }
  return reading;
}
