import { redactJsonDocument } from './json-walk.ts';
import { redactHarPairs, redactNamedValues } from './named-values.ts';
import { describeRemovals, Removals } from './removals.ts';
import { redactShapes } from './shapes.ts';

export { REDACTED, describeRemovals } from './removals.ts';

/**
 * Removes credentials from a paste before it is shared: what the link of the decoder page carries,
 * and what `error-atlas redact` prints. Error codes, messages, request ids, the status line and
 * URLs without their secrets stay, so the redacted paste decodes to the same entry. E-mail
 * addresses, tenant and subscription ids, user names and host names are not secrets and stay.
 */

export interface Redaction {
  /** The paste with every secret replaced by `[REDACTED]`. */
  text: string;
  /** What was removed, one label per value ("Authorization header", "cookie", "sig="). */
  removed: string[];
}

/**
 * The text rules, in order: named values first, so a header is removed whole and named for what it
 * is, then the shapes that are left (a token in prose, a key in a URL).
 */
function redactText(text: string, removals: Removals): string {
  return redactShapes(redactNamedValues(redactHarPairs(text, removals), removals), removals);
}

/** Redacts the whole paste, whatever its length. Never throws. */
export function redact(text: string): Redaction {
  if (typeof text !== 'string') return { text: '', removed: [] };
  const removals = new Removals();
  const byText = redactText(text, removals);
  return { text: redactJsonDocument(text, byText, removals, redactText) ?? byText, removed: removals.labels };
}

/** The redacted text alone. */
export const redactSecrets = (text: string): string => redact(text).text;

/** One line for people: "Authorization header, 2 cookies, sig=" or "nothing". */
export const removedSummary = (redaction: Redaction): string =>
  describeRemovals(redaction.removed) || 'nothing';
