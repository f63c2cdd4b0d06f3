/**
 * Matches a message against an entry's documented template, `Hash value {the invalid hash} is invalid.`,
 * and reports what filled each placeholder.
 *
 * A template compiles into literal pieces when the index is built (the index keeps them, so the
 * page's script does not compile). Each placeholder behaves like the bounded, non-greedy group
 * `(.{1,300}?)`, but is matched with `indexOf` — leftmost next literal, last literal anchored at
 * the end — which is what that regex would find, with no backtracking at all.
 */

/** `{name}`: braces around 1–80 characters that are not braces. */
export const PLACEHOLDER = /\{([^{}]{1,80})\}/g;

/** Longest value a placeholder may take. */
export const MAX_VALUE = 300;

/** A template cut at its placeholders. */
export interface CompiledTemplate {
  /** Lower-cased literal text around the placeholders: always one more than {@link names}. */
  literals: string[];
  names: string[];
  /** Characters of literal text; a template that is almost all placeholder proves little. */
  literalLength: number;
}

/** Collapses runs of blanks and drops a final full stop, so line wraps and punctuation do not decide. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/** Cuts a template at its `{placeholders}`; blanks are folded and literals lower-cased. */
export function compileTemplate(template: string): CompiledTemplate {
  // Split at the placeholders, the captured names come between the literals: `[literal, name, …, literal]`.
  const parts = fold(template).split(PLACEHOLDER);
  const literals = parts.filter((_, i) => i % 2 === 0).map((part) => part.trim().toLowerCase());
  const names = parts.filter((_, i) => i % 2 === 1).map((name) => name.trim());
  return { literals, names, literalLength: literals.join('').length };
}

/** The placeholder values when `message` fits the template, `undefined` when it does not. */
export function matchTemplate(
  compiled: CompiledTemplate,
  message: string,
): Record<string, string> | undefined {
  const original = fold(message);
  const lower = original.toLowerCase();
  // Values are cut from the original text; lower-casing must not have moved any character.
  const source = lower.length === original.length ? original : lower;
  const { literals, names } = compiled;
  const first = literals[0]!;
  const lastLiteral = literals[literals.length - 1]!;
  if (!lower.startsWith(first)) return undefined;
  const filled: Record<string, string> = Object.create(null);
  if (names.length === 0) return lower === first ? filled : undefined;
  if (!lower.endsWith(lastLiteral)) return undefined;
  const end = lower.length - lastLiteral.length;
  let at = first.length;
  for (let i = 0; i < names.length; i++) {
    const next = i === names.length - 1 ? end : lower.indexOf(literals[i + 1]!, at + 1);
    if (next === -1 || next > end) return undefined;
    const value = source.slice(at, next).trim();
    if (value === '' || value.length > MAX_VALUE) return undefined;
    filled[names[i]!] = value;
    at = next + (i === names.length - 1 ? 0 : literals[i + 1]!.length);
  }
  return filled;
}
