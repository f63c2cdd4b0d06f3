/**
 * Parsing and checks on values of parsed JSON that the body, nested-document and HAR readers share:
 * a parse that never throws, a plain object (not an array, not null), and an HTTP status (a whole
 * number from 100 to 599).
 */

/** The parsed value, or `undefined` when `text` is not JSON. */
export function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A parsed JSON object, keys to values. */
export type JsonObject = Record<string, unknown>;

/** A plain object: not `null`, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it is a whole number an HTTP status can be (100–599), else `undefined`. */
export function httpStatus(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599
    ? value
    : undefined;
}
