/**
 * Joins string literals that code concatenates with `+` (JavaScript, Java, C#, Python):
 *
 *     "{\"error\":{\"code\":" +
 *       "\"Forbidden\"}}"
 *
 * means the text `{"error":{"code":"Forbidden"}}`. A test or a snippet that builds a body this way
 * is pasted as code; joining the literals gives back the body. One forward pass; a literal never
 * spans a line break, and a run needs at least two literals joined by `+`.
 */

/** A literal, then `+` between blanks and at most one line break, then the next literal's quote. */
export const CONCATENATION =
  /["'][ \t]{0,8}\+[ \t]{0,8}\n?[ \t]{0,40}["']|["'][ \t]{0,8}\n[ \t]{0,40}\+[ \t]{0,8}["']/;

/** Reads the literal whose opening quote is at `start`; `end` is after its closing quote. */
function readLiteral(text: string, start: number): { value: string; end: number } | undefined {
  const quote = text[start]!;
  let i = start + 1;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '\n') return undefined;
    if (ch === '\\') i += 2;
    else if (ch === quote) break;
    else i++;
  }
  if (i >= text.length) return undefined;
  const body = text.slice(start + 1, i);
  return { value: decodeLiteral(body, quote), end: i + 1 };
}

/** The literal's text: its escapes undone the way JSON (and so JS, Java and C#) defines them. */
function decodeLiteral(body: string, quote: string): string {
  const json = quote === '"' ? body : body.replace(/\\'/g, "'").replace(/"/g, '\\"');
  try {
    return JSON.parse(`"${json}"`) as string;
  } catch {
    return body;
  }
}

/** The `+` and blanks between two literals: the index of the next literal's quote, or -1. */
function nextLiteral(text: string, from: number): number {
  let i = from;
  let plus = false;
  let lines = 0;
  while (i < text.length && i - from < 64) {
    const ch = text[i]!;
    if (ch === '+' && !plus) plus = true;
    else if (ch === '\n' && ++lines > 1) return -1;
    else if (ch !== ' ' && ch !== '\t' && ch !== '\n' && ch !== '\r') break;
    i++;
  }
  return plus && (text[i] === '"' || text[i] === "'") ? i : -1;
}

/** Returns the text with each run of concatenated literals replaced by the text it builds. */
export function joinConcatenation(text: string): string {
  if (!CONCATENATION.test(text.slice(0, 1024 * 1024))) return text;
  const out: string[] = [];
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '"' && ch !== "'") {
      i++;
      continue;
    }
    const first = readLiteral(text, i);
    if (!first) {
      i++;
      continue;
    }
    const parts = [first.value];
    let end = first.end;
    for (let next = nextLiteral(text, end); next !== -1; next = nextLiteral(text, end)) {
      const literal = readLiteral(text, next);
      if (!literal) break;
      parts.push(literal.value);
      end = literal.end;
    }
    if (parts.length >= 2) {
      out.push(text.slice(copied, i), parts.join(''));
      copied = end;
    }
    i = end;
  }
  out.push(text.slice(copied));
  return out.join('');
}
