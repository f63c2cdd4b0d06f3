/**
 * "Did you mean …?" for a misspelt field name: the known name at the smallest edit distance, when it
 * is close enough to be the one meant.
 */

/**
 * Levenshtein distance between two strings, compared case-insensitively (`innercode` is
 * `innerCode` misspelt by case alone, distance 0).
 */
export function editDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The candidate closest to `word`, or undefined when none is within a third of the word's length
 * (at least 2 edits): beyond that a suggestion is a guess, not a correction.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word, name);
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
