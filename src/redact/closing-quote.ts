/**
 * Finds where a quoted value ends when the text may hold JSON escaped inside a string once or
 * several times: the opening quote of such a value is preceded by `2^L - 1` backslashes at escape
 * level L (`"`, `\"`, `\\\"`), and its closing quote is a quote preceded by the same number of
 * backslashes modulo `2^(L+1)` (more backslashes are escaped quotes or backslashes inside the value).
 */

/**
 * Returns the index where the value starting at `from` ends (the first of its closing backslashes
 * or its closing quote), or the end of the line when the quote is never closed.
 * @param backslashes how many backslashes preceded the opening quote
 */
export function closingQuote(text: string, from: number, quote: string, backslashes: number): number {
  const level = Math.floor(Math.log2(backslashes + 1));
  const own = 2 ** level - 1;
  const period = 2 ** (level + 1);
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') return i;
    if (c !== quote) continue;
    let count = 0;
    while (i - count - 1 >= from && text[i - count - 1] === '\\') count++;
    if (count >= own && (count - own) % period === 0) return i - own;
  }
  return text.length;
}
