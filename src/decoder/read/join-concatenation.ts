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

/**
 * A literal on one line whose quote is group `n`: the quote, escapes (a backslash and any character)
 * or characters other than that quote, a backslash or a line break, then the same quote.
 */
const literal = (n: number) => `(["'])(?:\\\\[^]|(?!\\${n})[^\\\\\\n])*\\${n}`;

/**
 * What joins two literals: at most 64 characters before the next quote, blanks around one `+`, and
 * at most one line break, before or after the `+`.
 */
const JOIN = `(?=[ \\t\\r\\n+]{0,64}["'])[ \\t\\r]*(?:\\n[ \\t\\r]*\\+|\\+(?:[ \\t\\r]*\\n)?)[ \\t\\r]*`;

/** A literal and the literals joined to it, if any. */
const RUN = new RegExp(`${literal(1)}(?:${JOIN}${literal(2)})*`, 'g');

/** Each literal of a run, its quote as group 1. */
const LITERAL = new RegExp(literal(1), 'g');

/** The literal's text: its escapes undone the way JSON (and so JS, Java and C#) defines them. */
function decodeLiteral(body: string, quote: string): string {
  const json = quote === '"' ? body : body.replace(/\\'/g, "'").replace(/"/g, '\\"');
  try {
    return JSON.parse(`"${json}"`) as string;
  } catch {
    return body;
  }
}

/** Returns the text with each run of concatenated literals replaced by the text it builds. */
export function joinConcatenation(text: string): string {
  if (!CONCATENATION.test(text.slice(0, 1024 * 1024))) return text;
  return text.replace(RUN, (run) => {
    const literals = [...run.matchAll(LITERAL)];
    if (literals.length < 2) return run;
    return literals.map(([value, quote]) => decodeLiteral(value.slice(1, -1), quote!)).join('');
  });
}
