/**
 * Finds JSON objects inside pasted text without trusting it: a single forward scan per candidate that
 * knows strings and escapes, gives up past {@link MAX_DEPTH} levels or {@link MAX_CANDIDATE_LENGTH}
 * characters, and stops after {@link MAX_CANDIDATES} tries. Nothing here recurses.
 */

export const MAX_DEPTH = 64;
/** Longest object scanned; a longer one reads as cut short. */
export const MAX_CANDIDATE_LENGTH = 512 * 1024;
/** An object written inside a string is a log line's worth, not a whole body. */
export const MAX_ESCAPED_LENGTH = 64 * 1024;
/** Objects listed per text at most. */
export const MAX_CANDIDATES = 24;
/** Characters scanned over all candidates of one text: bait such as `{\"{\"{\"…` costs no more than this. */
export const SCAN_BUDGET = 4 * 1024 * 1024;

/** One object found in the text. */
export interface JsonCandidate {
  /** Offset of the opening brace in the scanned text. */
  start: number;
  /** The candidate's text; for an escaped candidate, already unescaped once. */
  text: string;
  /** The braces balanced; false means the text ran out first (a body cut short). */
  closed: boolean;
  /** The object was written inside a string (`{\"error\":...}`) and was unescaped. */
  escaped: boolean;
}

/**
 * What may follow `{` (after blanks, or the escaped blanks `\r` `\n` `\t` of a body written inside a
 * string) for it to be worth a scan: a key, an escaped key, or `}`.
 */
const OBJECT_START = /^\{(?:[ \t\n]|\\[rnt]){0,40}(?:"|'|\\"|\})/;
/** The same start, with an escaped key: the object is written inside a string. */
const ESCAPED_START = /^\{(?:[ \t\n]|\\[rnt]){0,40}\\"/;

const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: ' ',
  f: ' ',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Undoes one level of JSON string escaping: `\"` → `"`, `\\` → `\`, `\n` → newline, `\u0041` → `A`. */
export function unescapeOnce(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let at = text.indexOf('\\');
  while (at !== -1 && at < text.length - 1) {
    const next = text[at + 1]!;
    const hex = next === 'u' ? text.slice(at + 2, at + 6) : '';
    const replacement = Object.hasOwn(SIMPLE_ESCAPES, next)
      ? SIMPLE_ESCAPES[next]!
      : /^[0-9a-fA-F]{4}$/.test(hex)
        ? String.fromCharCode(parseInt(hex, 16))
        : undefined;
    if (replacement === undefined) {
      at = text.indexOf('\\', at + 1); // not an escape: the backslash stays
      continue;
    }
    parts.push(text.slice(copied, at), replacement);
    copied = at + (next === 'u' ? 6 : 2);
    at = text.indexOf('\\', copied);
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Scans from `start` (an opening brace) to its matching brace; `end` is -1 when never closed. */
export function scanObject(text: string, start: number): { end: number; tooDeep: boolean } {
  let depth = 0;
  let quote = '';
  const limit = Math.min(text.length, start + MAX_CANDIDATE_LENGTH);
  for (let i = start; i < limit; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') {
      if (++depth > MAX_DEPTH) return { end: -1, tooDeep: true };
    } else if (ch === '}' || ch === ']') {
      if (--depth === 0) return { end: i + 1, tooDeep: false };
    }
  }
  return { end: -1, tooDeep: false };
}

/**
 * The same scan over an object written inside a string, without unescaping it first: `\"` opens and
 * closes strings, and inside a string `\\` escapes the token after it (`\\\"` is a quote in a value).
 */
export function scanEscapedObject(text: string, start: number): { end: number; tooDeep: boolean } {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, start + MAX_ESCAPED_LENGTH);
  for (let i = start; i < limit; i++) {
    const ch = text[i];
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === '"') inString = !inString;
      else if (next === '\\' && inString && text[i + 2] === '\\') i += 2; // an escaped escape: skip its token too
      i++;
    } else if (!inString && (ch === '{' || ch === '[')) {
      if (++depth > MAX_DEPTH) return { end: -1, tooDeep: true };
    } else if (!inString && (ch === '}' || ch === ']')) {
      if (--depth === 0) return { end: i + 1, tooDeep: false };
    }
  }
  return { end: -1, tooDeep: false };
}

function candidateAt(text: string, start: number): { candidate?: JsonCandidate; next: number; cost: number } {
  const head = text.slice(start, start + 48);
  if (!OBJECT_START.test(head)) return { next: start + 1, cost: 1 };
  const escaped = ESCAPED_START.test(head);
  const { end, tooDeep } = escaped ? scanEscapedObject(text, start) : scanObject(text, start);
  const limit = escaped ? MAX_ESCAPED_LENGTH : MAX_CANDIDATE_LENGTH;
  const cost = end === -1 ? Math.min(text.length - start, limit) : end - start;
  if (tooDeep) return { next: start + 1, cost };
  const raw = text.slice(start, end === -1 ? start + limit : end);
  const candidate = { start, text: escaped ? unescapeOnce(raw) : raw, closed: end !== -1, escaped };
  return { candidate, next: end === -1 ? start + 1 : end, cost: escaped ? cost * 2 : cost };
}

/**
 * Lists the JSON object candidates in `text`, in order. A closed candidate is skipped over as a whole,
 * so its nested objects are not listed again.
 */
export function findJsonCandidates(text: string, limit = MAX_CANDIDATES): JsonCandidate[] {
  const found: JsonCandidate[] = [];
  let at = text.indexOf('{');
  let tries = 0;
  let spent = 0;
  while (at !== -1 && found.length < limit && tries < limit * 8 && spent < SCAN_BUDGET) {
    tries++;
    const { candidate, next, cost } = candidateAt(text, at);
    spent += cost;
    if (candidate) found.push(candidate);
    at = text.indexOf('{', next);
  }
  return found;
}
