import { closingQuote } from './closing-quote.ts';
import { isCredentialHeader, isSecretName, isSecretParameter } from './names.ts';
import { REDACTED, type Removals } from './removals.ts';

/**
 * Values under a credential name, in every way tools print a name and its value: header lines
 * (`Authorization: …`, `> cookie: …` from `curl -v`), JSON and dict members at any escape depth
 * (`"access_token": "…"`, `\"password\":\"…\"`), `name=value` in query strings, form bodies, log
 * fields and connection strings (`;AccountKey=…;`), and HAR `{"name": …, "value": …}` pairs.
 */

/**
 * A name and its separator, then the value's opening quote if it has one. The name is either quoted
 * (its quote may carry escaping backslashes) or bare; a bare name starts a word, or follows an
 * escaped line break (`\r\nCookie: …` inside a JSON string).
 */
export const NAMED =
  /(?:(\\{0,15})(["'])([A-Za-z][\w.-]{0,63})\1\2|(?<=^|[^\w.\\-]|\\[nrt])([A-Za-z][\w.-]{0,63}))[ \t]{0,16}(:|=>|=)[ \t]{0,16}(?:\[[ \t]{0,16}(?=\\{0,15}["']))?(?:(\\{0,15})(["']))?/g;

/** A HAR name/value pair written out as text, at any escape depth; the value's opening quote ends it. */
export const HAR_PAIR =
  /(\\{0,15})"name\1"\s{0,64}:\s{0,64}\1"([^"\\\n]{1,128})\1"\s{0,64},\s{0,64}\1"value\1"\s{0,64}:\s{0,64}\1"/g;

/** An unquoted `name=value` value: an optional `[` and auth scheme, then up to the next delimiter. */
export const BARE_VALUE =
  /\[?(?:(?:Bearer|Basic|Token|SharedAccessSignature|Negotiate|NTLM)[ \t]+)?[^\s&;'"<>\\,)\]}|#]+/y;

/** What may stand before a header name at the start of a line: indentation and `curl -v` markers. */
export const LINE_START = /(?:^|[\r\n])[ \t>*<+-]*$/;

/** `Authorization header` for a header, `sig=` for a parameter, `access_token` for a member. */
function labelFor(name: string, separator: string): string {
  if (separator !== ':') return `${name}=`;
  return isCredentialHeader(name) ? `${name} header` : name;
}

/** Replaces the span [start, end) of `text` when it is not already redacted. */
function replaceValue(out: string[], text: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  if (value.trim() === '' || value.startsWith(REDACTED.slice(0, -1))) {
    out.push(value);
    return false;
  }
  out.push(REDACTED);
  return true;
}

/** The quote (and its backslashes) just before `at`, skipping blanks, if any. */
function quoteBefore(text: string, at: number): { quote: string; backslashes: number } | undefined {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  const quote = text[i];
  if (quote !== '"' && quote !== "'") return undefined;
  let backslashes = 0;
  while (i - backslashes - 1 >= 0 && text[i - backslashes - 1] === '\\') backslashes++;
  return { quote, backslashes };
}

/** End of an unquoted value after `Name:`; undefined when the name is not a header there. */
function colonValueEnd(
  text: string,
  nameStart: number,
  valueStart: number,
  name: string,
): number | undefined {
  const lineStart = LINE_START.test(text.slice(Math.max(0, nameStart - 200), nameStart));
  const quoted = quoteBefore(text, nameStart);
  if (quoted && isSecretName(name)) {
    // A header value holds no line break, so an escaped one (`\r\n` in a JSON string) ends it too.
    const end = closingQuote(text, valueStart, quoted.quote, quoted.backslashes);
    const escapedBreak = text.slice(valueStart, end).search(/\\[rn]/);
    return escapedBreak === -1 ? end : valueStart + escapedBreak;
  }
  if (lineStart && isSecretName(name)) {
    const eol = text.slice(valueStart).search(/[\r\n]/);
    return eol === -1 ? text.length : valueStart + eol;
  }
  if (!isCredentialHeader(name)) return undefined;
  return midLineValueEnd(text, valueStart);
}

/**
 * Where a credential header's value written mid-line ends: at a quote, a line break or an escaped
 * one, or at a `]` or `}` that closes what held the value. Brackets the value opens itself are part
 * of it (`Cookie: prefs=[1,2]; sid=…`, Go's `Cookie:[a=1; sid=…]`), so a bracket inside a cookie
 * does not end the value early and leave the cookies after it in the text.
 */
function midLineValueEnd(text: string, valueStart: number): number {
  let depth = 0;
  for (let i = valueStart; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') {
      if (depth === 0) return i;
      // The value's own bracket closes: a value that opened with it ends here.
      if (--depth === 0 && (text[valueStart] === '[' || text[valueStart] === '{')) return i + 1;
    } else if (ch === '"' || ch === "'" || ch === '\r' || ch === '\n') return i;
    else if (ch === '\\' && /[rnt]/.test(text[i + 1] ?? '')) return i;
  }
  return text.length;
}

/** Redacts HAR-style name/value pairs written as text. */
export function redactHarPairs(text: string, removals: Removals): string {
  const out: string[] = [];
  let done = 0;
  for (const match of text.matchAll(HAR_PAIR)) {
    const name = match[2]!;
    if (!isSecretParameter(name)) continue;
    const start = match.index + match[0].length;
    const end = closingQuote(text, start, '"', match[1]!.length);
    out.push(text.slice(done, start));
    if (replaceValue(out, text, start, end))
      removals.add(isCredentialHeader(name) ? `${name} header` : `${name}=`);
    done = end;
  }
  return done === 0 ? text : out.join('') + text.slice(done);
}

/** Redacts the values of credential names in every form this module describes. */
export function redactNamedValues(text: string, removals: Removals): string {
  const out: string[] = [];
  let done = 0;
  NAMED.lastIndex = 0;
  for (let match = NAMED.exec(text); match; match = NAMED.exec(text)) {
    const name = match[3] ?? match[4]!;
    const separator = match[5]!;
    const nameStart = match.index + (match[3] ? match[1]!.length + 1 : 0);
    const valueStart = match.index + match[0].length;
    let end: number | undefined;
    if (match[8]) {
      end = isSecretName(name) ? closingQuote(text, valueStart, match[8], match[7]!.length) : undefined;
    } else if (separator === ':') {
      end = colonValueEnd(text, nameStart, valueStart, name);
    } else {
      const after = text[nameStart - 1];
      const secret = isSecretName(name) || ((after === '?' || after === '&') && isSecretParameter(name));
      BARE_VALUE.lastIndex = valueStart;
      end = secret && BARE_VALUE.test(text) ? BARE_VALUE.lastIndex : undefined;
    }
    if (end === undefined) continue;
    out.push(text.slice(done, valueStart));
    if (replaceValue(out, text, valueStart, end)) removals.add(labelFor(name, separator));
    done = end;
    NAMED.lastIndex = Math.max(end, valueStart + 1);
  }
  return done === 0 ? text : out.join('') + text.slice(done);
}
