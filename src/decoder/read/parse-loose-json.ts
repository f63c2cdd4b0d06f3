/**
 * Parses a JSON candidate the way people paste it: strict JSON first, then a Python dict repr
 * (`{'error': {'code': 'X'}}`, `True`, `None`), then with terminal line wraps joined. Returns
 * `undefined` when nothing parses; never throws. Depth was bounded by the scanner before this runs.
 */

/** Python literals that differ from JSON, as whole words. */
const PYTHON_WORDS: Record<string, string> = { True: 'true', False: 'false', None: 'null' };

/** Rewrites a Python dict repr as JSON: single-quoted strings become double-quoted, literals renamed. */
export function pythonReprToJson(text: string): string {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== ch) {
        const c = text[j]!;
        if (c === '\\' && j + 1 < text.length) {
          const next = text[j + 1]!;
          value += next === "'" ? "'" : c + next;
          j += 2;
          continue;
        }
        value += c === '"' ? '\\"' : c;
        j++;
      }
      out.push('"', value, '"');
      i = j + 1;
      continue;
    }
    if (ch === 'T' || ch === 'F' || ch === 'N') {
      const word = /^[A-Za-z]+/.exec(text.slice(i, i + 6))?.[0] ?? ch;
      out.push(Object.hasOwn(PYTHON_WORDS, word) ? PYTHON_WORDS[word]! : word);
      i += word.length;
      continue;
    }
    out.push(ch);
    i++;
  }
  return out.join('');
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
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
