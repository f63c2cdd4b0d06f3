/**
 * The first step of an entry's "How to fix it" section, as plain text: what the decoder shows beside
 * each candidate when it cannot tell them apart. Read from the entry's own Markdown, never kept twice.
 */

/** The section heading whose first list item is the first step. */
const FIX_HEADING = /^##[ \t]+How to fix it[ \t]*$/m;

/** A list item's marker: `1.` or `-` or `*`, then a blank. */
const LIST_ITEM = /^[ \t]*(?:[0-9]{1,3}\.|[-*])[ \t]+/;

/** Markdown that reads as clutter in plain text: code ticks, emphasis, link targets. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]{1,200})\]\([^)\n]{1,500}\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first item (numbered or bulleted) of the section, or its first paragraph; empty when absent. */
export function firstFixStep(body: string | undefined): string {
  if (!body) return '';
  const heading = FIX_HEADING.exec(body);
  if (!heading) return '';
  const rest = body.slice(heading.index + heading[0].length);
  const section = rest.split(/^##[ \t]/m)[0] ?? '';
  const lines = section.split('\n');
  const start = lines.findIndex((line) => LIST_ITEM.test(line));
  if (start === -1) return plain(section.trim().split(/\n[ \t]*\n/)[0] ?? '');
  const item = [lines[start]!.replace(LIST_ITEM, '')];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || LIST_ITEM.test(line)) break;
    item.push(line);
  }
  const text = item.join(' ');
  return plain(text);
}
