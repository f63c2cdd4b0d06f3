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

/** A JSON escape: `\u` and four hex digits (group 1), or one of the one-letter escapes (group 2). */
const ESCAPE = /\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g;

/**
 * Undoes one level of JSON string escaping: `\"` → `"`, `\\` → `\`, `\n` → newline, `\u0041` → `A`.
 * A backslash that starts no escape stays.
 */
export function unescapeOnce(text: string): string {
  return text.replace(ESCAPE, (_, hex: string | undefined, letter: string) =>
    hex ? String.fromCharCode(parseInt(hex, 16)) : SIMPLE_ESCAPES[letter]!,
  );
}

/** What a scan returns when the text (or the length limit) runs out before the object closes. */
const NOT_CLOSED = -1;
/** What a scan returns when the object nests deeper than {@link MAX_DEPTH}. */
const TOO_DEEP = -2;

/**
 * Scans from `start` (an opening brace) to its matching brace: the offset just after it, or
 * {@link NOT_CLOSED} or {@link TOO_DEEP}. Braces inside strings do not count.
 *
 * An `escaped` object is written inside a string and scanned without unescaping it first: `\"`
 * opens and closes its strings, and inside one `\\` escapes the token after it (`\\\"` is a quote in
 * a value).
 */
function scanObject(text: string, start: number, escaped: boolean): number {
  let depth = 0;
  /** The quote of the string the scan is in (`"` for an escaped object's `\"`), or ''. */
  let quote = '';
  const limit = Math.min(text.length, start + (escaped ? MAX_ESCAPED_LENGTH : MAX_CANDIDATE_LENGTH));
  for (let i = start; i < limit; i++) {
    const ch = text[i];
    if (escaped && ch === '\\') {
      const next = text[i + 1];
      if (next === '"') quote = quote ? '' : '"';
      else if (next === '\\' && quote && text[i + 2] === '\\') i += 2; // an escaped escape: skip its token too
      i++;
    } else if (quote) {
      if (escaped) continue;
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (!escaped && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === '{' || ch === '[') {
      if (++depth > MAX_DEPTH) return TOO_DEEP;
    } else if (ch === '}' || ch === ']') {
      if (--depth === 0) return i + 1;
    }
  }
  return NOT_CLOSED;
}

function candidateAt(text: string, start: number): { candidate?: JsonCandidate; next: number; cost: number } {
  const head = text.slice(start, start + 48);
  if (!OBJECT_START.test(head)) return { next: start + 1, cost: 1 };
  const escaped = ESCAPED_START.test(head);
  const end = scanObject(text, start, escaped);
  const limit = escaped ? MAX_ESCAPED_LENGTH : MAX_CANDIDATE_LENGTH;
  const closed = end > 0;
  const cost = closed ? end - start : Math.min(text.length - start, limit);
  if (end === TOO_DEEP) return { next: start + 1, cost };
  const raw = text.slice(start, closed ? end : start + limit);
  const candidate = { start, text: escaped ? unescapeOnce(raw) : raw, closed, escaped };
  return { candidate, next: closed ? end : start + 1, cost: escaped ? cost * 2 : cost };
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
