/**
 * Finds JSON objects inside pasted text without trusting it: a single forward scan per candidate that
 * knows strings and escapes, gives up past {@link MAX_DEPTH} levels or {@link MAX_CANDIDATE_LENGTH}
 * characters, and stops after {@link MAX_CANDIDATES} tries. Nothing here recurses.
 */

export const MAX_DEPTH = 64;
export const MAX_CANDIDATE_LENGTH = 512 * 1024;
export const MAX_CANDIDATES = 24;

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

/** What may follow `{` (after blanks) for it to be worth a scan: a key, an escaped key, or `}`. */
const OBJECT_START = /^\{[ \t\n]{0,40}(?:"|'|\\"|\})/;

/** Undoes one level of JSON string escaping: `\"` → `"`, `\\` → `\`, `\n` → newline, `\u0041` → `A`. */
export function unescapeOnce(text: string): string {
  return text.replace(/\\(?:u([0-9a-fA-F]{4})|(["\\/bfnrt]))/g, (_, hex: string | undefined, ch: string) => {
    if (hex) return String.fromCharCode(parseInt(hex, 16));
    return ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch === 'b' || ch === 'f' ? ' ' : ch;
  });
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

/** Where, in the escaped original, the first `length` unescaped characters end. */
function escapedOffset(text: string, start: number, length: number): number {
  let i = start;
  for (let out = 0; out < length && i < text.length; out++) {
    // The same escapes as unescapeOnce, each one output character.
    if (text[i] === '\\' && '"\\/bfnrt'.includes(text[i + 1] ?? 'x')) i += 2;
    else if (text[i] === '\\' && /^u[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 6))) i += 6;
    else i += 1;
  }
  return i;
}

function candidateAt(text: string, start: number): { candidate?: JsonCandidate; next: number } {
  const head = text.slice(start, start + 48);
  if (!OBJECT_START.test(head)) return { next: start + 1 };
  const escaped = /^\{[ \t\n]{0,40}\\"/.test(head);
  // An escaped object is unescaped first (a bounded window), then scanned like any other.
  const source = escaped ? unescapeOnce(text.slice(start, start + MAX_CANDIDATE_LENGTH)) : text;
  const from = escaped ? 0 : start;
  const { end, tooDeep } = scanObject(source, from);
  if (tooDeep) return { next: start + 1 };
  if (end === -1) {
    const body = source.slice(from, from + MAX_CANDIDATE_LENGTH);
    return { candidate: { start, text: body, closed: false, escaped }, next: start + 1 };
  }
  const next = escaped ? escapedOffset(text, start, end) : end;
  return { candidate: { start, text: source.slice(from, end), closed: true, escaped }, next };
}

/**
 * Lists the JSON object candidates in `text`, in order. A closed candidate is skipped over as a whole,
 * so its nested objects are not listed again.
 */
export function findJsonCandidates(text: string, limit = MAX_CANDIDATES): JsonCandidate[] {
  const found: JsonCandidate[] = [];
  let at = text.indexOf('{');
  let tries = 0;
  while (at !== -1 && found.length < limit && tries < limit * 8) {
    tries++;
    const { candidate, next } = candidateAt(text, at);
    if (candidate) found.push(candidate);
    at = text.indexOf('{', next);
  }
  return found;
}
