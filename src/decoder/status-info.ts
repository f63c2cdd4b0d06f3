import { reasonPhrases } from './read/read-status-text.ts';
import { squeezeReason, statusInfoIn } from './status-table.ts';
import type { HttpStatusTable, StatusInfo } from './types.ts';

/**
 * The one HTTP status table, for each status the catalog or the decoder speaks of: RFC 9110's
 * reason phrase and a one-line meaning (the decoder's answer when no entry matched), and in
 * {@link STATUS_MEANINGS} a paragraph for the status pages. Classes (`5xx`) have rows too: for a
 * status class an entry documents, and for a status outside the table. A content test checks that
 * every status in the catalog has its row.
 *
 * The paragraphs sit in their own object, typed by this table's keys (a status cannot have one
 * without the other). The decoder gets reason and line through its index
 * ({@link httpStatusTable}, built here), so the page's script carries no part of this table.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-status-codes
 */
export const HTTP_STATUSES = {
  '200': { reason: 'OK', line: 'Success; any error is in the body, not the status.' },
  '204': { reason: 'No Content', line: 'Success, with no body on purpose.' },
  '400': { reason: 'Bad Request', line: 'The request as sent is wrong; fix it before resending.' },
  '401': { reason: 'Unauthorized', line: 'Credentials are missing or rejected; get a valid token.' },
  '403': { reason: 'Forbidden', line: 'The caller is known but not allowed to do this.' },
  '404': { reason: 'Not Found', line: 'Nothing (visible to this caller) exists at this URL.' },
  '406': { reason: 'Not Acceptable', line: 'No response format the Accept header allows.' },
  '415': { reason: 'Unsupported Media Type', line: 'The server does not accept this Content-Type.' },
  '422': { reason: 'Unprocessable Content', line: 'Well-formed, but the values are not acceptable.' },
  '429': { reason: 'Too Many Requests', line: 'Rate limited: wait (see Retry-After), then retry.' },
  '500': { reason: 'Internal Server Error', line: 'The server failed; retry with backoff.' },
  '502': { reason: 'Bad Gateway', line: 'A gateway got a bad answer from the server behind it.' },
  '503': { reason: 'Service Unavailable', line: 'Overloaded or down for maintenance; retry later.' },
  '504': { reason: 'Gateway Timeout', line: 'A gateway timed out waiting for the server behind it.' },
  '1xx': { reason: 'Informational', line: 'Interim.' },
  '2xx': { reason: 'Success', line: 'Success.' },
  '3xx': { reason: 'Redirection', line: 'Redirect.' },
  '4xx': { reason: 'Client error', line: 'A client error: fix the request.' },
  '5xx': { reason: 'Server error', line: 'A server error: retry later.' },
} as const satisfies Record<string, { reason: string; line: string }>;

/** A key of {@link HTTP_STATUSES}: a status (`404`) or a class (`5xx`), as `statusKey` writes them. */
export type StatusKey = keyof typeof HTTP_STATUSES;

/** What each status means, at the length a status page wants. */
export const STATUS_MEANINGS: Record<StatusKey, string> = {
  '200':
    'The request succeeded. An error catalogued under 200 is a success status with a body that is not what the client needed — usually an empty one.',
  '204':
    'The request succeeded and the server deliberately sends no body. A client that always parses JSON will fail on it.',
  '400':
    'The server will not process the request because of something the client sent: syntax, a missing or malformed parameter, a value out of range. Sending it again unchanged fails again.',
  '401':
    'The request has no valid credentials: the token is missing, expired, malformed or for another service. Get a new token, then retry.',
  '403':
    'The server knows who is calling and refuses: the identity lacks a permission, a role or a consent. A new token with the same rights does not help.',
  '404':
    'Nothing exists at this URL, or the resource it names does not exist (or is hidden from this caller).',
  '406': 'The server cannot produce a response in any format the Accept header allows.',
  '415': 'The server does not accept the body in the format the Content-Type header names.',
  '422':
    'The server understood the body and its format, but the values in it break a rule of the API. Fix the values; sending it again unchanged fails again.',
  '429':
    'The caller sent too many requests in a window of time. Wait (honour Retry-After when present), then retry with backoff.',
  '500':
    'The server failed while handling a request it understood. Usually transient: retry with backoff, and report the request id if it persists.',
  '502':
    'A gateway or proxy in front of the API got an invalid answer from the server behind it. Usually transient: retry with backoff.',
  '503': 'The server is overloaded or down for maintenance. Retry later, honouring Retry-After when present.',
  '504':
    'A gateway or proxy in front of the API gave up waiting for the server behind it. The request may still have been carried out; retry with backoff, and make sure repeating it is safe.',
  '1xx': 'An interim answer before the final response; never an error on its own.',
  '2xx': 'Any status from 200 to 299: the request succeeded; an error, if any, is in the body.',
  '3xx': 'Any status from 300 to 399: the resource is elsewhere; follow the Location header.',
  '4xx':
    'Any status from 400 to 499: something in the request is wrong. Fix the request before sending it again.',
  '5xx':
    'Any status from 500 to 599: the server, or a gateway in front of it, failed. Retry with exponential backoff; report persistent failures with the request id.',
};

/** The key of a status (`404`) or class (`5XX`) in the table, or undefined when it has no row. */
export function statusKeyOf(status: number | string): StatusKey | undefined {
  const key = String(status).toLowerCase();
  return key in HTTP_STATUSES ? (key as StatusKey) : undefined;
}

/**
 * The table in the form the decoder index carries it (see build-index.ts and status-table.ts).
 * A function, not a constant, so that a bundle which never calls it (the page's script) drops the
 * table with it.
 */
export function httpStatusTable(): HttpStatusTable {
  const statuses = Object.entries(HTTP_STATUSES as Record<string, { reason: string; line: string }>)
    .filter(([key]) => /^\d+$/.test(key))
    .map(([key, row]): [number, string, string] => [Number(key), row.reason, row.line]);
  // RFC 7231's name for 422, which servers still send.
  const named: [string, number][] = [
    ...statuses.map(([code, reason]): [string, number] => [reason, code]),
    ['Unprocessable Entity', 422],
  ];
  return {
    statuses,
    // Squeezed here, at build time, so the page's script does not do it for every phrase.
    reasons: named.map(([reason, code]) => [squeezeReason(reason), code]),
    phrases: reasonPhrases(statuses.map(([, reason]) => reason)),
    classes: ['', ...(['1xx', '2xx', '3xx', '4xx', '5xx'] as const).map((key) => HTTP_STATUSES[key].line)],
  };
}

/** The general meaning of a status for the decoder; a status outside the table gets its class's. */
export function statusInfo(status: number): StatusInfo {
  return statusInfoIn(httpStatusTable(), status);
}

/**
 * Reason phrase and paragraph of a status or status class (`5XX`), for status pages and entries.
 * A status outside the table gets its class's row.
 */
export function describeStatus(status: number | string): { reason: string; meaning: string } {
  const key = statusKeyOf(status) ?? statusKeyOf(`${String(status)[0]}xx`);
  return key
    ? { reason: HTTP_STATUSES[key].reason, meaning: STATUS_MEANINGS[key] }
    : { reason: 'Status', meaning: 'A status outside the ones this catalog describes.' };
}

let byReason: Map<string, number> | undefined;

/** The status whose reason phrase this is (`Forbidden` → 403, `BadRequest` → 400), if any. */
export function statusForReason(text: string): number | undefined {
  byReason ??= new Map(httpStatusTable().reasons);
  return byReason.get(squeezeReason(text));
}
