/**
 * The human-readable messages inside an example response, so search can find an entry by a phrase
 * someone copies from a real response. They are the string values, at any depth of a JSON body, of
 * keys that name a message: `message`, `error_description`, `detail`, `description`, `title`.
 */

/** Keys whose string values are messages for people, in the envelopes the catalog knows. */
const MESSAGE_KEY = /^(message|error_description|detail|description|title)$/i;

/** The body of a response as text: everything after the first blank line. */
function bodyOf(example: string): string {
  const blank = /\r?\n\r?\n/.exec(example);
  return blank ? example.slice(blank.index + blank[0].length) : '';
}

function collect(value: unknown, into: string[]): void {
  if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'string' && MESSAGE_KEY.test(key)) into.push(inner);
      else collect(inner, into);
    }
  }
}

/** The distinct messages in an example's JSON body, in order; none when the body is not JSON. */
export function exampleMessages(example: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(bodyOf(example));
  } catch {
    return [];
  }
  const messages: string[] = [];
  collect(body, messages);
  return [...new Set(messages.map((m) => m.trim()).filter(Boolean))];
}
