import { joinConcatenation } from './join-concatenation.ts';

/**
 * Undoes what copying does to a response before anything reads it: byte-order mark, CRLF, terminal
 * colours, Markdown fences and quote marks, a message flattened into one line with literal `\r\n`.
 * Every step is one linear pass.
 */

/** ECMA-48 CSI sequence: ESC `[`, up to 32 parameter bytes, a final letter (colours, cursor moves). */
// eslint-disable-next-line no-control-regex -- matching the ESC control character is the point
export const ANSI_ESCAPE = /\x1b\[[0-9;?]{0,32}[A-Za-z]/g;

/** A Markdown code fence line: three backticks or tildes, an optional info string such as `json`. */
export const FENCE_LINE = /^[ \t]{0,3}(?:```|~~~)[\w+-]{0,20}[ \t]*$/gm;

/** A status line followed by a literal backslash-r-backslash-n: the whole message was flattened into one string. */
export const FLATTENED_MESSAGE = /HTTP\/[0-9.]{1,3} [1-5][0-9][0-9][^\n]{0,80}?\\r\\n/;

/** A Markdown quote prefix (`>`, `> >`) at the start of a line. */
export const QUOTE_PREFIX = /^(?:[ \t]{0,3}>[ \t]?)+/gm;

/** curl -v response lines start with `< `; their presence means `> ` lines are requests, not quotes. */
export const CURL_RESPONSE_LINE = /^< (?:HTTP\/|[A-Za-z-]{1,64}:)/m;

/** PowerShell 7's error view: a `Line |` gutter before the failing command. */
export const POWERSHELL_GUTTER_HEADER = /^[ \t]*Line \|[ \t]*$/m;

/** The gutter itself: line number or spaces, a bar, one space. */
export const POWERSHELL_GUTTER = /^[ \t]{0,8}[0-9]{0,6}[ \t]{0,3}\|[ \t]?/gm;

/**
 * A box-drawing gutter: Terraform and other CLIs frame an error in `│ ` (U+2502) or `┃ ` lines,
 * the Azure SDK for Go's response dump included.
 */
export const BOX_GUTTER = /^[ \t]{0,8}[│┃║][ \t]?/gm;

/** A line that starts with a quote mark, and any non-blank line. */
const QUOTED_LINE = /^[ \t]{0,3}>/gm;
const NON_BLANK_LINE = /^[ \t]*\S/gm;

/** Returns the text as a person meant it; never throws. */
export function normalizeText(input: string): string {
  let text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  text = text.replace(/\r\n?/g, '\n');
  if (text.includes('\x1b')) text = text.replace(ANSI_ESCAPE, '');
  if (FLATTENED_MESSAGE.test(text.slice(0, 4096))) text = text.replace(/\\r\\n/g, '\n');
  if (text.includes('```') || text.includes('~~~')) text = text.replace(FENCE_LINE, '');
  if (POWERSHELL_GUTTER_HEADER.test(text)) text = text.replace(POWERSHELL_GUTTER, '');
  if (/[│┃║]/.test(text)) text = text.replace(BOX_GUTTER, '');
  // A quoted reply in an issue: strip the quote marks, unless this is curl -v whose `> ` lines matter.
  const head = text.slice(0, 64 * 1024);
  const quoted = head.match(QUOTED_LINE)?.length ?? 0;
  if (
    quoted > 0 &&
    !CURL_RESPONSE_LINE.test(text) &&
    quoted * 2 >= (head.match(NON_BLANK_LINE)?.length ?? 0)
  ) {
    text = text.replace(QUOTE_PREFIX, '');
  }
  return joinConcatenation(text);
}
