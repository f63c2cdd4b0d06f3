/**
 * How a HAR opens, apart from the reader (read-har.ts): the page tests it on every paste and fetches
 * the reader only when it passes.
 */

/** A HAR starts with `{` and names its `log` object in the first few hundred characters. */
export const HAR_OPENING = /^\s*\{\s*"log"\s*:\s*\{/;

/**
 * Whether `readHar` (read-har.ts) may take `text` for a HAR: it opens as one within the characters
 * read there, plus one for a byte-order mark (which `\s` reads as a blank), so no HAR is missed.
 */
export function mayBeHar(text: string): boolean {
  return HAR_OPENING.test(text.slice(0, 513));
}
