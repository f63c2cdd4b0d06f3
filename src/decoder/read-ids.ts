/**
 * Reads the identifiers support asks for — request ids, Azure AD trace and correlation ids, AADSTS
 * numbers — from headers and from loose text (log lines, Python header dicts, error descriptions).
 */

/** Headers that carry a request or correlation id, in the order they are reported. */
export const REQUEST_ID_HEADERS = [
  'x-ms-request-id',
  'request-id',
  'client-request-id',
  'x-ms-correlation-request-id',
  'x-correlation-id',
  'x-request-id',
] as const;

/**
 * One of those headers anywhere in the text: `x-ms-request-id: …`, `'request-id': '…'`,
 * `"client-request-id":"…"`. The name must not be part of a longer name; the value is an id-like token.
 */
export const LOOSE_ID_HEADER = new RegExp(
  `(?<![\\w-])['"]?(${REQUEST_ID_HEADERS.join('|')})['"]?[ \\t]*[:=][ \\t]*['"]?([\\w.:/+=@|-]{1,200})`,
  'gi',
);

/** `Retry-After: 30` or an HTTP date, as a header or a dict entry. */
export const LOOSE_RETRY_AFTER = /(?<![\w-])['"]?retry-after['"]?[ \t]*[:=][ \t]*['"]?([^\n'"]{1,64})/i;

/** `AADSTS70008` — the number ends where the digits end (AADSTS70008 is not AADSTS700082). */
export const AADSTS_NUMBER = /\bAADSTS([0-9]{4,9})(?![0-9])/g;

/** Azure AD appends `Trace ID: …` to its descriptions; the two below likewise. */
export const AAD_TRACE_ID = /\bTrace ID:[ \t]*([0-9a-fA-F-]{16,64})/;
/** `Correlation ID: …` in an Azure AD description. */
export const AAD_CORRELATION_ID = /\bCorrelation ID:[ \t]*([0-9a-fA-F-]{16,64})/;
/** `Timestamp: 2024-04-15 18:41:56Z` in an Azure AD description. */
export const AAD_TIMESTAMP = /\bTimestamp:[ \t]*([0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9:]{8}Z?)/;

/** A header-like pair: an id's name and its value. */
export type NamedValue = { name: string; value: string };

/** Request ids from the body (`found`), a header list and the text, without repeats. */
export function readRequestIds(
  headers: [string, string][],
  text: string,
  found: NamedValue[] = [],
): NamedValue[] {
  const add = (name: string, value: string) => {
    const item = { name: name.toLowerCase(), value: value.trim() };
    if (
      item.value &&
      found.length < 16 &&
      !found.some((f) => f.name === item.name && f.value === item.value)
    ) {
      found.push(item);
    }
  };
  for (const [name, value] of headers) {
    if ((REQUEST_ID_HEADERS as readonly string[]).includes(name)) add(name, value);
  }
  let seen = 0;
  for (const m of text.slice(0, 1024 * 1024).matchAll(LOOSE_ID_HEADER)) {
    if (++seen > 64) break;
    add(m[1]!, m[2]!);
  }
  return found;
}

/** The Retry-After value from headers or text, as written. */
export function readRetryAfterValue(headers: [string, string][], text: string): string | undefined {
  const header = headers.find(([name]) => name === 'retry-after');
  return header?.[1] ?? LOOSE_RETRY_AFTER.exec(text.slice(0, 1024 * 1024))?.[1]?.trim();
}

/** AADSTS numbers written in the text plus those in an OAuth body's `error_codes`, as `AADSTS70008`. */
export function readAadsts(text: string, numbers: number[]): string[] {
  const found = new Set<string>();
  for (const m of text.slice(0, 1024 * 1024).matchAll(AADSTS_NUMBER)) {
    if (found.size >= 16) break;
    found.add(`AADSTS${m[1]!}`);
  }
  for (const n of numbers) found.add(`AADSTS${n}`);
  return [...found];
}

/** Trace id, correlation id and timestamp written into an Azure AD description. */
export function readAadTrace(
  text: string,
): Record<'traceId' | 'correlationId' | 'timestamp', string | undefined> {
  return {
    traceId: AAD_TRACE_ID.exec(text)?.[1],
    correlationId: AAD_CORRELATION_ID.exec(text)?.[1],
    timestamp: AAD_TIMESTAMP.exec(text)?.[1],
  };
}
