import { statusInfo } from '../decoder/status-info.ts';
import type { Status } from './schema.ts';

/**
 * The general meaning of each HTTP status the catalog uses, at the length a status page wants.
 * Reason phrases come from the decoder's table, which answers "not recognised" pastes with them.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15
 */
const MEANINGS: Record<string, string> = {
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
  '429':
    'The caller sent too many requests in a window of time. Wait (honour Retry-After when present), then retry with backoff.',
  '500':
    'The server failed while handling a request it understood. Usually transient: retry with backoff, and report the request id if it persists.',
  '5xx':
    'Any status from 500 to 599: the server, or a gateway in front of it, failed. Retry with exponential backoff; report persistent failures with the request id.',
};

/** Reason phrase and general meaning of a status or status class (`5XX`). */
export function describeStatus(status: Status): { reason: string; meaning: string } {
  const key = String(status).toLowerCase();
  const general = typeof status === 'number' ? statusInfo(status) : undefined;
  return {
    reason:
      general?.reason ??
      (key.startsWith('5') ? 'Server error' : key.startsWith('4') ? 'Client error' : 'Status class'),
    meaning: MEANINGS[key] ?? general?.meaning ?? 'A status outside the ones this catalog describes.',
  };
}
