import { squeezeReason } from '../status-table.ts';
import type { Knowledge } from './knowledge.ts';

/**
 * Finds the HTTP status in text that has no status line: what SDKs, shells and loggers print.
 * Patterns are tried in order; each is anchored on a word that says "status".
 */

/** `Status code 401`, `Status: 404 (Not Found)`, `StatusCode: 400`, `status_code=403`, `HTTP Error 403`, `status: 403,`. */
export const STATUS_WORD =
  /\b(?:status[ _-]?code|statuscode|status|http error|http)['"]?[ \t]*[:=]?[ \t]*\(?([1-5][0-9][0-9])\b/i;

/** Python requests: `403 Client Error: Forbidden for url`. */
export const REQUESTS_ERROR = /\b([1-5][0-9][0-9]) (?:Client|Server) Error\b/;

/**
 * The reason phrases {@link statusWithReason} may look for: plain words only (each becomes part of a
 * pattern), longest first (longer phrases are tried first). Run when the index is built; the index
 * carries the result (`httpStatuses.phrases`).
 */
export function reasonPhrases(phrases: string[]): string[] {
  return phrases.filter((p) => /^[A-Za-z][A-Za-z -]{0,40}$/.test(p)).sort((a, b) => b.length - a.length);
}

/**
 * A status followed by its own reason phrase: `403 Forbidden`, `404: Not Found`, and the .NET and
 * PowerShell spellings `(404) Not Found`, `400 (Bad Request)`. The phrase is checked against the status.
 * `phrases` are the index's, as {@link reasonPhrases} leaves them.
 */
export function statusWithReason(phrases: string[]): RegExp {
  return new RegExp(`\\(?\\b([1-5][0-9][0-9])\\)?[ \\t:-]{1,3}\\(?(${phrases.join('|')})\\b`, 'i');
}

/** The status named in the text, if one is. */
export function readStatusText(
  text: string,
  known: Pick<Knowledge, 'reasons' | 'statusWithReason'>,
): number | undefined {
  const window = text.slice(0, 256 * 1024);
  for (const pattern of [STATUS_WORD, REQUESTS_ERROR]) {
    const m = pattern.exec(window);
    if (m) return Number(m[1]);
  }
  const withReason = known.statusWithReason.exec(window);
  return withReason && known.reasons.get(squeezeReason(withReason[2]!)) === Number(withReason[1])
    ? Number(withReason[1])
    : undefined;
}
