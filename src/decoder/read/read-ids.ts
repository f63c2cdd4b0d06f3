/**
 * Reads the identifiers support asks for — request ids, trace and correlation ids, numbered family
 * codes — from headers and from loose text (log lines, Python header dicts, error descriptions).
 * Which headers and families a service uses is content (its frontmatter); this file knows shapes.
 */

/** Request id headers that many APIs use by convention; services add their own in frontmatter. */
export const CONVENTIONAL_ID_HEADERS = ['request-id', 'x-request-id', 'x-correlation-id'] as const;

/** A header name as the services list them: a token of letters, digits and dashes. */
const HEADER_NAME = /^[a-z0-9-]{1,64}$/;

/**
 * One of `names` anywhere in the text: `x-ms-request-id: …`, `'request-id': '…'`,
 * `"client-request-id":"…"`. The name must not be part of a longer name; the value is an id-like token.
 */
export function looseIdHeader(names: readonly string[]): RegExp {
  const safe = names.filter((n) => HEADER_NAME.test(n));
  return new RegExp(
    `(?<![\\w-])['"]?(${safe.join('|')})['"]?[ \\t]*[:=][ \\t]*['"]?([\\w.:/+=@|-]{1,200})`,
    'gi',
  );
}

/** `Retry-After: 30` or an HTTP date, as a header or a dict entry. */
export const LOOSE_RETRY_AFTER = /(?<![\w-])['"]?retry-after['"]?[ \t]*[:=][ \t]*['"]?([^\n'"]{1,64})/i;

/** A family prefix as services list it: two to ten capital letters (`AADSTS`). */
export const FAMILY_PREFIX = /^[A-Z]{2,10}$/;

/** `AADSTS70008` — the number ends where the digits end (AADSTS70008 is not AADSTS700082). */
export function familyNumber(prefix: string): RegExp {
  return new RegExp(`\\b${FAMILY_PREFIX.test(prefix) ? prefix : '(?!)'}([0-9]{4,9})(?![0-9])`, 'g');
}

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
  names: readonly string[] = CONVENTIONAL_ID_HEADERS,
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
    if (names.includes(name)) add(name, value);
  }
  let seen = 0;
  for (const m of text.slice(0, 1024 * 1024).matchAll(looseIdHeader(names))) {
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

/**
 * Family codes written in the text (`AADSTS70008`), plus an OAuth body's `error_codes` numbers under
 * each family the text names (the description that carries them names the family).
 */
export function readFamilyCodes(text: string, numbers: number[], families: readonly string[]): string[] {
  const found = new Set<string>();
  const window = text.slice(0, 1024 * 1024);
  for (const prefix of families) {
    let named = false;
    for (const m of window.matchAll(familyNumber(prefix))) {
      named = true;
      if (found.size >= 16) break;
      found.add(`${prefix}${m[1]!}`);
    }
    if (named) for (const n of numbers.slice(0, 16)) found.add(`${prefix}${n}`);
  }
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
