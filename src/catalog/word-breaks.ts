/**
 * Where a long error code may wrap: only at word boundaries — before a camel-case hump
 * (`Insufficient|Access|Error`), before a run of capitals that starts a word (`OData|Error`), and
 * after `_`, `-`, `/` and `.`. Every place that prints a code (headings, tables, sidebar, breadcrumbs)
 * goes through here, so a code never breaks mid-word on a narrow screen.
 */

/** Inside a word: lower → upper, and before the capital that ends a run of two or more (`HTTP|Response`). */
const HUMP = /(?<=[a-z])(?=[A-Z])|(?<=[A-Z]{2})(?=[A-Z][a-z])/g;
/** After a separator that is not the last character. */
const AFTER_SEPARATOR = /(?<=[_\-/.])(?=.)/g;

/** Splits `text` at its break opportunities; joining the parts gives `text` back. */
export function breakParts(text: string): string[] {
  const marked = text.replace(HUMP, '\u0000').replace(AFTER_SEPARATOR, '\u0000');
  return marked.split('\u0000');
}

/** For plain-text labels (the sidebar): a zero-width space at each break opportunity. */
export function withZeroWidthBreaks(text: string): string {
  return breakParts(text).join('\u200b');
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** For HTML: the text escaped, with `<wbr>` at each break opportunity. */
export function withWbr(text: string): string {
  return breakParts(text).map(escapeHtml).join('<wbr>');
}
