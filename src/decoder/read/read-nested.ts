import { findJsonCandidates, MAX_ESCAPED_LENGTH } from './find-json.ts';
import { httpStatus, isObject } from './json-value.ts';
import { parseLooseJson } from './parse-loose-json.ts';

/**
 * Finds JSON documents written inside the string values of a parsed document: a structured log
 * record's `"response": "{\"error\":…}"`, a relay's `"message": "… Response was: {\"error\":…}"`, a
 * workflow engine's triple-escaped `innerError`. Parsing the outer document has already undone one
 * level of escaping, so each string is searched as plain text, and what it holds is searched again.
 *
 * The walk is bounded in depth, in values visited and in string length, and never recurses on the
 * JS stack beyond {@link MAX_NESTING} levels.
 */

/** Documents inside documents, at most this deep (a triple-escaped body is three levels down). */
export const MAX_NESTING = 4;
/** Values visited in one document at most. */
const MAX_VISITS = 2000;
/** Nested documents listed per outer document at most. */
const MAX_FOUND = 16;

/** A document found inside a string value. */
export interface NestedDocument {
  value: unknown;
  /** 1 for a document inside the outer one's string, 2 for one inside that, and so on. */
  depth: number;
  /** The document whose string held it. */
  parent: unknown;
  /** Its string sat inside an `innererror` of the outer document: the backend's detail, not a relayed body. */
  viaInner: boolean;
}

/** `innererror`, `innerError`, `inner_error`: where an API puts detail about its own error. */
const INNER_KEY = /^inner_?error$/i;

/** Keys a log record or a relay uses for the HTTP status of the response it carries. */
const STATUS_KEYS = ['status', 'statuscode', 'status_code', 'httpstatus', 'httpstatuscode', 'responsestatus'];

/** The HTTP status a wrapping record states beside the body it carries (`"statusCode": 403`). */
export function statusOfRecord(value: unknown): number | undefined {
  if (!isObject(value)) return undefined;
  for (const key of Object.keys(value).slice(0, 64)) {
    if (!STATUS_KEYS.includes(key.toLowerCase())) continue;
    const raw = value[key];
    const status = httpStatus(
      typeof raw === 'string' && /^[1-5][0-9][0-9]$/.test(raw.trim()) ? Number(raw) : raw,
    );
    if (status !== undefined) return status;
  }
  return undefined;
}

/** Strings worth searching: long enough to hold a body, and holding an object's opening. */
function mayHoldJson(s: string): boolean {
  return s.length >= 8 && s.length <= MAX_ESCAPED_LENGTH && /\{[ \t\n]{0,40}\\?["'}]/.test(s);
}

/** Lists the documents inside `root`'s strings, outermost first. */
export function findNestedDocuments(root: unknown): NestedDocument[] {
  const found: NestedDocument[] = [];
  let visits = 0;
  const search = (doc: unknown, depth: number, viaInner: boolean) => {
    if (depth > MAX_NESTING) return;
    const stack: [unknown, boolean][] = [[doc, viaInner]];
    while (stack.length > 0 && visits < MAX_VISITS && found.length < MAX_FOUND) {
      const [value, inner] = stack.pop()!;
      visits++;
      if (typeof value === 'string') {
        if (!mayHoldJson(value)) continue;
        for (const candidate of findJsonCandidates(value, 4)) {
          if (!candidate.closed) continue;
          const parsed = parseLooseJson(candidate.text);
          if (typeof parsed !== 'object' || parsed === null) continue;
          found.push({ value: parsed, depth, parent: doc, viaInner: inner });
          search(parsed, depth + 1, inner);
        }
      } else if (Array.isArray(value)) {
        for (let i = Math.min(value.length, 64) - 1; i >= 0; i--) stack.push([value[i], inner]);
      } else if (isObject(value)) {
        const keys = Object.keys(value).slice(0, 64).reverse();
        for (const key of keys) stack.push([value[key], inner || INNER_KEY.test(key)]);
      }
    }
  };
  search(root, 1, false);
  return found;
}
