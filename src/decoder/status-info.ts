import type { StatusInfo } from './types.ts';

/**
 * What an HTTP status means in general, for answers where no entry matched. Reason phrases are
 * RFC 9110's; the meanings are one line each.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-status-codes
 */
const STATUSES: [number, string, string][] = [
  [200, 'OK', 'Success; any error is in the body, not the status.'],
  [204, 'No Content', 'Success, with no body on purpose.'],
  [400, 'Bad Request', 'The request as sent is wrong; fix it before resending.'],
  [401, 'Unauthorized', 'Credentials are missing or rejected; get a valid token.'],
  [403, 'Forbidden', 'The caller is known but not allowed to do this.'],
  [404, 'Not Found', 'Nothing (visible to this caller) exists at this URL.'],
  [406, 'Not Acceptable', 'No response format the Accept header allows.'],
  [415, 'Unsupported Media Type', 'The server does not accept this Content-Type.'],
  [422, 'Unprocessable Content', 'Well-formed, but the values are not acceptable.'],
  [429, 'Too Many Requests', 'Rate limited: wait (see Retry-After), then retry.'],
  [500, 'Internal Server Error', 'The server failed; retry with backoff.'],
  [502, 'Bad Gateway', 'A gateway got a bad answer from the server behind it.'],
  [503, 'Service Unavailable', 'Overloaded or down for maintenance; retry later.'],
  [504, 'Gateway Timeout', 'A gateway timed out waiting for the server behind it.'],
];

const CLASS_MEANINGS = [
  '',
  'Interim.',
  'Success.',
  'Redirect.',
  'A client error: fix the request.',
  'A server error: retry later.',
];

/** The general meaning of a status; a status outside the table gets its class's meaning. */
export function statusInfo(status: number): StatusInfo {
  const row = STATUSES.find(([code]) => code === status);
  if (row) return { status, reason: row[1], meaning: row[2] };
  return {
    status,
    reason: `${String(status)[0]}xx`,
    meaning: CLASS_MEANINGS[Math.floor(status / 100)] || 'Not an HTTP status.',
  };
}

/** A reason phrase squeezed for comparison: `Too Many Requests` and `TooManyRequests` read the same. */
export function squeezeReason(text: string): string {
  return text.replace(/[\s_-]+/g, '').toLowerCase();
}

const BY_REASON = new Map(STATUSES.map(([code, reason]) => [squeezeReason(reason), code]));
BY_REASON.set('unprocessableentity', 422);

/** The status whose reason phrase this is (`Forbidden` → 403, `BadRequest` → 400), if any. */
export function statusForReason(text: string): number | undefined {
  return BY_REASON.get(squeezeReason(text));
}

/** The reason phrases, longest first, for patterns that look for `403 Forbidden` in prose. */
export const REASON_PHRASES: readonly string[] = STATUSES.map(([, reason]) => reason).sort(
  (a, b) => b.length - a.length,
);
