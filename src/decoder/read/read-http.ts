/**
 * Reads an HTTP response written out as text: a raw message, `curl -i`, or `curl -v` (request lines
 * after `> `, response lines after `< `, info after `* `).
 * @see https://www.rfc-editor.org/rfc/rfc9112#name-status-line
 */

/**
 * Status line: `HTTP/` version (1.0, 1.1, 2, 3 …), a three-digit status, then an optional reason (its
 * first 80 characters). Any case (`http/2 404`); curl's `< ` prefix allowed.
 */
export const STATUS_LINE =
  /^[ \t]*(?:< )?HTTP\/([0-9](?:\.[0-9])?)[ \t]+([1-5][0-9][0-9])(?![0-9])(?:[ \t]+([^\n]{0,80}))?/gim;

/** Header field: a token name, a colon, the value to the end of the line (RFC 9110 §5). */
export const HEADER_LINE = /^(?:< )?([A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}):[ \t]*([^\n]{0,4000})$/;

/** curl -v lines that are not part of the response: request (`> `), info (`* `), data markers (`{ [`). */
export const CURL_NOISE_LINE = /^(?:> |\* |[{}] \[)/;

/** Largest body kept for reading; the rest of a huge paste is not looked at. */
const MAX_BODY = 1024 * 1024;

/** A response written out as text. */
export interface HttpReading {
  /** How the response was written: raw, by curl, or as an entry of a HAR file. */
  form: 'http' | 'curl' | 'har';
  status: number;
  reason?: string | undefined;
  headers: [string, string][];
  /** Everything after the header block; empty when the response had no body. */
  body: string;
}

/** The last status line that is not an interim 1xx (a `100 Continue` comes before the real answer). */
function lastFinalStatusLine(text: string): RegExpExecArray | undefined {
  let found: RegExpExecArray | undefined;
  const pattern = new RegExp(STATUS_LINE);
  for (let m = pattern.exec(text), n = 0; m && n < 1000; m = pattern.exec(text), n++) {
    if (!m[2]!.startsWith('1')) found = m;
  }
  return found;
}

/**
 * A 204 or 304 never has content, and `Content-Length: 0` says this one has none: whatever text
 * follows the head in a paste (a log line, the reporter's prose) is not the body.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-content-length
 */
export function hasNoContent(status: number, headers: [string, string][]): boolean {
  if (status === 204 || status === 304) return true;
  return headers.some(([name, value]) => name === 'content-length' && value.trim() === '0');
}

/** Reads the response, or `undefined` when the text has no status line. */
export function readHttp(text: string): HttpReading | undefined {
  const statusLine = lastFinalStatusLine(text);
  if (!statusLine) return undefined;
  const curl = /^[ \t]*< /.test(statusLine[0]);
  const headers: [string, string][] = [];
  let at = text.indexOf('\n', statusLine.index);
  while (at !== -1 && headers.length < 200) {
    const end = text.indexOf('\n', at + 1);
    const line = text.slice(at + 1, end === -1 ? undefined : end);
    const noise = curl && CURL_NOISE_LINE.test(line);
    const header = noise ? null : HEADER_LINE.exec(line);
    if (header) headers.push([header[1]!.toLowerCase(), header[2]!.trim()]);
    else if (!noise) break; // the blank line (or `<` alone) ending the head
    at = end;
  }
  let body = at === -1 ? '' : text.slice(at + 1, at + 1 + MAX_BODY);
  if (curl) {
    body = body
      .split('\n')
      .filter((line) => !CURL_NOISE_LINE.test(line) && !/^<[ \t]*$/.test(line))
      .join('\n');
  }
  const status = Number(statusLine[2]);
  return {
    form: curl ? 'curl' : 'http',
    status,
    reason: statusLine[3]?.trim() || undefined,
    headers,
    body: hasNoContent(status, headers) ? '' : body.trim(),
  };
}
