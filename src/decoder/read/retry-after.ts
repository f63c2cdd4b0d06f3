/**
 * Reads a Retry-After value: a number of seconds or an HTTP date.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-retry-after
 */

/** delay-seconds: one or more digits (at most 9 here: longer than 30 years is not a wait). */
export const DELAY_SECONDS = /^[0-9]{1,9}$/;

/** IMF-fixdate's shape, loosely: `Sun, 06 Nov 1994 08:49:37 GMT`; anything Date.parse reads is tried. */
export const HTTP_DATE = /^[A-Za-z]{3},? [0-9]{1,2} [A-Za-z]{3} [0-9]{4} [0-9:]{8} GMT$/;

/**
 * The wait in seconds and the moment it ends, counted from `now`; `undefined` when the value is
 * neither form. A date in the past means no wait (0 seconds).
 */
export function parseRetryAfter(value: string, now: number): { seconds: number; until: string } | undefined {
  const text = value.trim();
  if (DELAY_SECONDS.test(text)) {
    const seconds = Number(text);
    return { seconds, until: new Date(now + seconds * 1000).toISOString() };
  }
  if (!HTTP_DATE.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return { seconds: Math.max(0, Math.round((at - now) / 1000)), until: new Date(at).toISOString() };
}
