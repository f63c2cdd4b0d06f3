import { reasonsOf, squeezeReason, statusInfoIn } from './status-table.ts';
import type { HttpStatusTable, StatusInfo } from './types.ts';

/**
 * What an HTTP status means in general, for answers where no entry matched. Reason phrases are
 * RFC 9110's; the meanings are one line each. The decoder gets this table through its index
 * (see build-index.ts), so the page's script does not carry it.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-status-codes
 */
export const HTTP_STATUS_TABLE: HttpStatusTable = {
  statuses: [
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
  ],
  // RFC 7231's name for 422, which servers still send.
  formerReasons: [['Unprocessable Entity', 422]],
  classes: [
    '',
    'Interim.',
    'Success.',
    'Redirect.',
    'A client error: fix the request.',
    'A server error: retry later.',
  ],
};

/** The general meaning of a status; a status outside the table gets its class's meaning. */
export function statusInfo(status: number): StatusInfo {
  return statusInfoIn(HTTP_STATUS_TABLE, status);
}

let byReason: Map<string, number> | undefined;

/** The status whose reason phrase this is (`Forbidden` → 403, `BadRequest` → 400), if any. */
export function statusForReason(text: string): number | undefined {
  // Built on first use: a module-level call would keep the table in every bundle that imports this file.
  byReason ??= reasonsOf(HTTP_STATUS_TABLE);
  return byReason.get(squeezeReason(text));
}
