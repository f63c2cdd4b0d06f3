import { isSecretName, isSecretParameter } from './names.ts';
import { REDACTED, Removals } from './removals.ts';

/**
 * Redacts a paste that is one JSON document (a HAR file, an SDK's JSON dump) by walking it, so that
 * what comes out is still valid JSON of the same shape: HAR `headers`, `cookies`, `queryString` and
 * `postData.params` pairs, members under a credential name, and every string run through the text
 * rules (a URL's `sig=`, a body escaped inside a string). A base64 HAR body is decoded, redacted and
 * encoded again.
 * @see http://www.softwareishard.com/blog/har-12-spec/
 */

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type RedactText = (text: string, removals: Removals) => string;

const isPair = (o: { [key: string]: Json }): boolean =>
  typeof o['name'] === 'string' && typeof o['value'] === 'string';

function pairLabel(name: string, parentKey: string): string {
  if (parentKey === 'cookies') return 'cookie';
  return parentKey === 'headers' ? `${name} header` : `${name}=`;
}

function redactBase64(body: string, removals: Removals, redactText: RedactText): string {
  try {
    const bytes = Uint8Array.from(atob(body.replace(/\s+/g, '')), (c) => c.charCodeAt(0));
    // Only text bodies are redacted; a binary body (an image) is left as it came.
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const before = removals.labels.length;
    const redacted = redactText(decoded, removals);
    if (removals.labels.length === before) return body;
    let binary = '';
    for (const byte of new TextEncoder().encode(redacted)) binary += String.fromCharCode(byte);
    return btoa(binary);
  } catch {
    return body;
  }
}

/** How the walk treats strings: ordinary ones, and base64 bodies once decoded. */
interface StringRules {
  strings: RedactText;
  bodies: RedactText;
}

function walk(value: Json, parentKey: string, removals: Removals, rules: StringRules): Json {
  if (typeof value === 'string') return rules.strings(value, removals);
  if (Array.isArray(value)) return value.map((item) => walk(item, parentKey, removals, rules));
  if (value === null || typeof value !== 'object') return value;
  const pairSecret = isPair(value) && (parentKey === 'cookies' || isSecretParameter(value['name'] as string));
  const out: { [key: string]: Json } = {};
  for (const [key, member] of Object.entries(value)) {
    const secret = pairSecret ? key === 'value' : isSecretName(key);
    if (typeof member === 'string' && secret && member !== '' && !member.startsWith(REDACTED)) {
      removals.add(pairSecret ? pairLabel(value['name'] as string, parentKey) : key);
      out[key] = REDACTED;
    } else if (key === 'text' && typeof member === 'string' && value['encoding'] === 'base64') {
      out[key] = redactBase64(member, removals, rules.bodies);
    } else {
      out[key] = walk(member, key, removals, rules);
    }
  }
  return out;
}

/** The indentation of a pretty-printed document (its first indented line), or none. */
const indentOf = (text: string): string => /^[[{][ \t]*\r?\n([ \t]+)/.exec(text.trimStart())?.[1] ?? '';

/**
 * Returns the redacted document, or undefined when the text is not one JSON document. A document
 * in which nothing was found comes back exactly as it was written.
 */
export function redactJsonDocument(
  text: string,
  removals: Removals,
  redactText: RedactText,
): string | undefined {
  const original = parseDocument(text);
  if (original === undefined) return undefined;
  // The text rules keep the document's own formatting; the walk then finds what only its structure
  // shows (cookies, pairs, base64 bodies) and writes the document again only when it found any.
  const textual = new Removals();
  const byText = redactText(text, textual);
  const parsed = parseDocument(byText);
  if (parsed !== undefined) removals.labels.push(...textual.labels);
  const before = removals.labels.length;
  // After a successful text pass every string has been through the text rules already.
  const redacted =
    parsed === undefined
      ? walk(original, '', removals, { strings: redactText, bodies: redactText })
      : walk(parsed, '', removals, { strings: (text) => text, bodies: redactText });
  if (parsed !== undefined && removals.labels.length === before) return byText;
  const end = /\s*$/.exec(text)?.[0] ?? '';
  return JSON.stringify(redacted, null, indentOf(text)) + end;
}

function parseDocument(text: string): Json | undefined {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    return undefined;
  }
}
