import { tryParse } from './json-value.ts';

/**
 * Parses a JSON candidate the way people paste it: strict JSON first, then a Python dict repr
 * (`{'error': {'code': 'X'}}`, `True`, `None`), then with terminal line wraps joined. Returns
 * `undefined` when nothing parses; never throws. Depth was bounded by the scanner before this runs.
 */

/** Python literals that differ from JSON, as whole words. */
const PYTHON_WORDS: Record<string, string> = { True: 'true', False: 'false', None: 'null' };

/**
 * What the rewrite touches, in one left-to-right pass: a string in either quote (group 1 the quote,
 * group 2 what is inside, each escape kept whole; a string the text cuts off is closed), or a word
 * of up to six letters starting with `T`, `F` or `N` outside strings.
 */
const PYTHON_TOKEN = /(["'])((?:\\[^]?|(?!\1)[^\\])*)\1?|[TFN][A-Za-z]{0,5}/g;

/** Inside a string: an escape (group 1 the escaped character), or a double quote. */
const STRING_PART = /\\([^])|"/g;

/** Rewrites a Python dict repr as JSON: single-quoted strings become double-quoted, literals renamed. */
export function pythonReprToJson(text: string): string {
  return text.replace(PYTHON_TOKEN, (token, quote: string | undefined, inside: string) => {
    if (!quote) return Object.hasOwn(PYTHON_WORDS, token) ? PYTHON_WORDS[token]! : token;
    // `\'` needs no escape in JSON; a bare `"` (inside single quotes) does; other escapes stay.
    const json = inside.replace(STRING_PART, (part, escaped: string | undefined) =>
      escaped === undefined ? '\\"' : escaped === "'" ? "'" : part,
    );
    return `"${json}"`;
  });
}

/** A line break plus the padding a terminal adds around it. */
const WRAPPED_LINE = /[ \t]*\n[ \t]*/g;

/** Parses one candidate; `undefined` when it is not JSON in any of the accepted spellings. */
export function parseLooseJson(text: string): unknown {
  const strict = tryParse(text);
  if (strict !== undefined) return strict;
  const python = text.includes("'") ? tryParse(pythonReprToJson(text)) : undefined;
  if (python !== undefined) return python;
  if (!text.includes('\n')) return undefined;
  // A terminal wrapped a long one-line body (sometimes mid-word): join the lines and try again.
  const joined = text.replace(WRAPPED_LINE, '');
  return tryParse(joined) ?? (joined.includes("'") ? tryParse(pythonReprToJson(joined)) : undefined);
}
