import { z } from 'astro/zod';
import { closest } from './suggest.ts';

/**
 * Builders for the schema's contributor-facing messages, so that each check says its own thing:
 * a missing field says it is required, a wrong type says what was found, and a too-short value
 * never claims to be missing.
 */

/** What a value is, in a few words, for "found …" in a message. */
export function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return input === '' ? 'an empty string' : `the text "${input.slice(0, 40)}"`;
  if (typeof input === 'object') return 'a mapping of fields';
  return `${typeof input === 'number' ? 'the number' : typeof input} ${String(input)}`;
}

/**
 * The error of a field's type check: "`field` is required: …" when it is absent, else
 * "`field` must be …, found …".
 */
export function expected(field: string, what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `${field} is required: ${what}`
      : `${field} must be ${what} (found ${describeValue(issue.input)})`;
}

/** The message for keys a strict object does not know, with the nearest known key for each. */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[], where: string): string {
  return keys
    .map((key) => {
      const suggestion = closest(key, known);
      return suggestion
        ? `"${key}" is not a field of ${where}: did you mean ${suggestion}?`
        : `"${key}" is not a field of ${where} (the fields are: ${known.join(', ')})`;
    })
    .join('; ');
}

/**
 * A `z.strictObject`: a key it does not know fails with "did you mean …?" instead of being dropped,
 * so a misspelt optional field (`innercode:`) cannot silently lose its value.
 * `where` names the object in messages ("an entry", "handling").
 */
export function strictObject<Shape extends z.ZodRawShape>(shape: Shape, where: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') return unknownKeysMessage(issue.keys, known, where);
      if (issue.code === 'invalid_type')
        return `${where} must be a mapping of fields (found ${describeValue(issue.input)})`;
      return undefined;
    },
  });
}
