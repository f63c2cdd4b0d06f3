import { isSecretName, isSecretParameter } from './names.ts';
import { REDACTED, type Removals } from './removals.ts';

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
 * Completes the redaction of a paste that is one JSON document, given what the text rules made of
 * it (`byText`, which keeps the document's own formatting): the walk adds what only the structure
 * shows (cookies, pairs, base64 bodies), and the document is written again only when it found any.
 * Returns undefined when the paste is not one JSON document.
 */
export function redactJsonDocument(
  original: string,
  byText: string,
  removals: Removals,
  redactText: RedactText,
): string | undefined {
  const parsed = parseDocument(byText);
  if (parsed !== undefined) {
    const before = removals.labels.length;
    // Every string has been through the text rules already.
    const redacted = walk(parsed, '', removals, { strings: (text) => text, bodies: redactText });
    return removals.labels.length === before ? byText : serialize(redacted, original);
  }
  // The text rules broke the document (a value ran past its closing quote): walk the original,
  // every string through the text rules, and forget what the text pass counted.
  const document = parseDocument(original);
  if (document === undefined) return undefined;
  removals.labels.length = 0;
  return serialize(walk(document, '', removals, { strings: redactText, bodies: redactText }), original);
}

/** The document as JSON again, with the original's indentation and trailing blank. */
const serialize = (value: Json, original: string): string =>
  JSON.stringify(value, null, indentOf(original)) + (/\s*$/.exec(original)?.[0] ?? '');

function parseDocument(text: string): Json | undefined {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed) as Json;
  } catch {
    return undefined;
  }
}
