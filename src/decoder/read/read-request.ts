/**
 * Finds which request the response answered: method, URL and host. Only places that name the request
 * count (a request line, a `Host` header, a command line, a logged URL); a URL inside an error message
 * or a `documentation_url` field says nothing about where the response came from.
 */

const METHOD = '(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)';

/** A URL: scheme, then characters that cannot end a URL in prose, at most 2000. */
const URL_PATTERN = '(https?://[^\\s\'"<>)\\]]{1,2000})';

/** Request line (`GET /api/machines HTTP/1.1`), raw or after curl's `> `; target is a path or a URL. */
export const REQUEST_LINE = new RegExp(
  `^[ \\t]*(?:> )?${METHOD}[ \\t]+(\\S{1,2000})[ \\t]+HTTP\\/[0-9.]{1,3}[ \\t]*$`,
  'm',
);

/** `Host:` header, raw, after `> `, or as a Python dict entry; or `host='…'` in urllib3's messages. */
export const HOST_HEADER =
  /(?:^|[\s'"{,(])host['"]?[ \t]*[:=][ \t]*['"]?([A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?)/im;

/** A method followed by a URL: `POST https://…` (`-Method Get -Uri …` is read by {@link NAMED_URL}). */
export const METHOD_URL = new RegExp(`\\b${METHOD}[ \\t'"]{1,3}${URL_PATTERN}`);

/** A curl command line and its first URL. */
export const CURL_COMMAND = new RegExp(`\\bcurl\\b[^\\n]{0,2000}?${URL_PATTERN}`);

/**
 * A URL after a word that names one: `Request URL: '…'`, `for url: …`, `-Uri …`, `baseUrl = new
 * Uri("…")`. The word must not follow a quote, underscore or letter, so JSON keys such as
 * `"documentation_url"` or `"error_uri"` do not count.
 */
export const NAMED_URL = new RegExp(
  `(?<![\\w"'])(?:url|uri|endpoint|[a-z]{1,12}(?:Url|Uri))\\b['"]?[ \\t]*[:=(]?[ \\t]*(?:new Uri\\()?['"]?${URL_PATTERN}`,
  'i',
);

/** What is known about the request; every field optional. */
export interface RequestReading {
  method?: string | undefined;
  url?: string;
  host?: string;
  path?: string;
}

/** Method, URL, host and path of an absolute URL; empty when it does not parse. */
export function fromUrl(url: string, method?: string): RequestReading {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed) return {};
  return {
    method: method?.toUpperCase(),
    url,
    host: parsed.hostname,
    path: parsed.pathname,
  };
}

/** Reads the request; every field is optional. */
export function readRequest(text: string): RequestReading {
  const window = text.slice(0, 1024 * 1024);
  const line = REQUEST_LINE.exec(window);
  const host = HOST_HEADER.exec(window)?.[1]
    ?.toLowerCase()
    .replace(/:[0-9]+$/, '');
  if (line) {
    const target = line[2]!;
    if (/^https?:\/\//i.test(target)) return fromUrl(target, line[1]);
    const reading: RequestReading = { method: line[1]!.toUpperCase(), path: target };
    if (host) Object.assign(reading, { host, url: `https://${host}${target}` });
    return reading;
  }
  if (!window.includes('://')) return host ? { host } : {};
  const methodUrl = METHOD_URL.exec(window);
  if (methodUrl) return fromUrl(methodUrl[2]!, methodUrl[1]);
  const named = CURL_COMMAND.exec(window) ?? NAMED_URL.exec(window);
  if (named) return fromUrl(named[1]!);
  return host ? { host } : {};
}
