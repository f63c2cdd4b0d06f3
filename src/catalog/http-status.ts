import type { Status } from './schema.ts';

/**
 * The general meaning of each HTTP status the catalog uses, for status pages.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
const MEANINGS: Record<string, { reason: string; meaning: string }> = {
  '200': {
    reason: 'OK',
    meaning:
      'The request succeeded. An error catalogued under 200 is a success status with a body that is not what the client needed — usually an empty one.',
  },
  '204': {
    reason: 'No Content',
    meaning:
      'The request succeeded and the server deliberately sends no body. A client that always parses JSON will fail on it.',
  },
  '400': {
    reason: 'Bad Request',
    meaning:
      'The server will not process the request because of something the client sent: syntax, a missing or malformed parameter, a value out of range. Sending it again unchanged fails again.',
  },
  '401': {
    reason: 'Unauthorized',
    meaning:
      'The request has no valid credentials: the token is missing, expired, malformed or for another service. Get a new token, then retry.',
  },
  '403': {
    reason: 'Forbidden',
    meaning:
      'The server knows who is calling and refuses: the identity lacks a permission, a role or a consent. A new token with the same rights does not help.',
  },
  '404': {
    reason: 'Not Found',
    meaning:
      'Nothing exists at this URL, or the resource it names does not exist (or is hidden from this caller).',
  },
  '406': {
    reason: 'Not Acceptable',
    meaning: 'The server cannot produce a response in any format the Accept header allows.',
  },
  '415': {
    reason: 'Unsupported Media Type',
    meaning: 'The server does not accept the body in the format the Content-Type header names.',
  },
  '429': {
    reason: 'Too Many Requests',
    meaning:
      'The caller sent too many requests in a window of time. Wait (honour Retry-After when present), then retry with backoff.',
  },
  '500': {
    reason: 'Internal Server Error',
    meaning:
      'The server failed while handling a request it understood. Usually transient: retry with backoff, and report the request id if it persists.',
  },
  '5xx': {
    reason: 'Server error',
    meaning:
      'Any status from 500 to 599: the server, or a gateway in front of it, failed. Retry with exponential backoff; report persistent failures with the request id.',
  },
};

/** Reason phrase and general meaning of a status or status class. */
export function describeStatus(status: Status): { reason: string; meaning: string } {
  const key = String(status).toLowerCase();
  return (
    MEANINGS[key] ??
    MEANINGS[`${key[0]}xx`] ?? {
      reason: 'HTTP status',
      meaning: 'A status outside the ones this catalog describes.',
    }
  );
}
