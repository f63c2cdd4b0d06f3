import { httpStatus, isObject, tryParse } from './json-value.ts';

/**
 * Reads a browser's HAR export: one response per entry, with its request. The parsed tree is only
 * walked along fixed paths (`log.entries[i].response.status` …), never recursively, so nesting depth
 * costs nothing here; a parser that gives up on a deep file throws, which reads as "not a HAR".
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */

export const MAX_HAR_LENGTH = 32 * 1024 * 1024;
/** Entries read from one HAR; a longer recording is read in part. */
export const MAX_HAR_ENTRIES = 5000;
const MAX_BODY = 256 * 1024;

/** A HAR starts with `{` and names its `log` object in the first few hundred characters. */
export const HAR_OPENING = /^\s*\{\s*"log"\s*:\s*\{/;

/** One entry of the HAR: its response, and the request it answered. */
export interface HarResponse {
  /** 1-based position in `log.entries`. */
  position: number;
  status: number;
  reason?: string | undefined;
  headers: [string, string][];
  body: string;
  method?: string | undefined;
  url?: string | undefined;
}

const field = (o: unknown, key: string): unknown =>
  isObject(o) && Object.hasOwn(o, key) ? o[key] : undefined;
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Base64 encodes 3 bytes in 4 characters: this many characters hold the body limit, whole blocks. */
const MAX_BASE64 = Math.ceil(MAX_BODY / 3) * 4;

/** The body as text: base64 bodies are decoded in whole 4-character blocks and read as UTF-8. */
function decodeBody(content: unknown): string {
  const body = text(field(content, 'text')) ?? '';
  if (field(content, 'encoding') !== 'base64') return body.slice(0, MAX_BODY);
  try {
    const base64 = body.replace(/\s+/g, '').slice(0, MAX_BASE64);
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes).slice(0, MAX_BODY);
  } catch {
    return '';
  }
}

function readHeaders(list: unknown): [string, string][] {
  if (!Array.isArray(list)) return [];
  const headers: [string, string][] = [];
  for (const h of list.slice(0, 200)) {
    const name = text(field(h, 'name'));
    const value = text(field(h, 'value'));
    if (name && value !== undefined) headers.push([name.toLowerCase(), value.slice(0, 4000)]);
  }
  return headers;
}

/** The HAR's responses, or `undefined` when the text is not a HAR. */
export function readHar(source: string): { responses: HarResponse[]; total: number } | undefined {
  if (!HAR_OPENING.test(source.slice(0, 512)) || source.length > MAX_HAR_LENGTH) return undefined;
  // Text that does not parse has no `log.entries` either.
  const entries = field(field(tryParse(source), 'log'), 'entries');
  if (!Array.isArray(entries)) return undefined;
  const responses: HarResponse[] = [];
  entries.slice(0, MAX_HAR_ENTRIES).forEach((entry, i) => {
    const response = field(entry, 'response');
    const request = field(entry, 'request');
    const status = httpStatus(field(response, 'status'));
    if (status === undefined) return;
    responses.push({
      position: i + 1,
      status,
      reason: text(field(response, 'statusText')) || undefined,
      headers: readHeaders(field(response, 'headers')),
      body: decodeBody(field(response, 'content')),
      method: text(field(request, 'method')),
      url: text(field(request, 'url')),
    });
  });
  return { responses, total: entries.length };
}
