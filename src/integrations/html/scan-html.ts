/**
 * Reads a built page once, the way a browser's HTML tokenizer splits it, and keeps what the
 * build's checks need: the inline scripts and style elements with their text, the style attributes,
 * the Content-Security-Policy `<meta>` of the head, every `id` and `href`, and the search
 * attributes outside the element the search index reads. A `<script>` inside a comment, an
 * attribute value, a `<title>` or a `<textarea>` is text, as it is to the browser; the text of
 * `<script>`, `<style>` and the other raw-text elements is not read for tags.
 *
 * It is a tokenizer, not a tree builder, and it leaves out what no page of this site contains:
 * the escaped states of script text (`<!--<script>` inside a script), CDATA sections and raw-text
 * rules inside inline `<svg>` and `<math>`. Neither check relies on them for safety: the policy
 * completion hashes only text a component writes, wherever it is found (see csp/complete-policy.ts).
 * @see https://html.spec.whatwg.org/multipage/parsing.html#tokenization
 */

/** An inline `<script>` (one without `src`): its `type` attribute and its text. */
export interface InlineScript {
  type: string;
  text: string;
}

export interface PageScan {
  scripts: InlineScript[];
  /** The text of each `<style>` element. */
  styleElements: string[];
  /** The value of each `style` attribute, character references decoded. */
  styleAttributes: string[];
  /** The `content` of the first `<meta http-equiv="content-security-policy">` before the body. */
  policy: string | undefined;
  ids: string[];
  hrefs: string[];
  /**
   * Each `data-pagefind-*` attribute found outside {@link SEARCH_ROOT}, with its element (`<nav
   * data-pagefind-filter>`): the search index reads nothing there.
   */
  searchAttributesOutsideRoot: string[];
}

/**
 * The element the search index reads each page from (search-index.ts): Starlight marks `<main>`
 * as the page's searchable body. The scan names what a page marks for search outside it.
 */
export const SEARCH_ROOT = 'main';

/** Elements whose text is not read for tags, up to their end tag (raw text and escapable raw text). */
const RAW_TEXT = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'title',
  'textarea',
]);

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references Astro and its Markdown engine write (`&amp;`, `&quot;`,
 * `&#39;`, `&#x27;`, …). A named reference outside that short list is left as written.
 */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,6}));/g,
    (whole, dec, hex, name) => {
      if (name !== undefined) return NAMED[name as string] ?? whole;
      const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** Where the text after the tag starts. */
  end: number;
}

/** `/`, `>` and `=`: where a tag's name or an attribute's name ends, besides white space. */
const SLASH = 0x2f;
const GREATER = 0x3e;
const EQUALS = 0x3d;

/**
 * Reads the tag whose name starts at `at` (after `<` or `</`), with its attributes. It compares
 * character codes rather than one-character strings: every tag of every page goes through here.
 */
function readTag(html: string, at: number): Tag {
  const length = html.length;
  let i = at;
  let c = html.charCodeAt(i);
  while (i < length && !isSpace(c) && c !== SLASH && c !== GREATER) c = html.charCodeAt(++i);
  const name = html.slice(at, i).toLowerCase();
  const attributes = new Map<string, string>();
  while (i < length) {
    c = html.charCodeAt(i);
    while (i < length && (isSpace(c) || c === SLASH)) c = html.charCodeAt(++i);
    if (i >= length || c === GREATER) break;
    const nameStart = i;
    c = html.charCodeAt(++i); // an attribute name may start with "="
    while (i < length && !isSpace(c) && c !== SLASH && c !== GREATER && c !== EQUALS)
      c = html.charCodeAt(++i);
    const attribute = html.slice(nameStart, i).toLowerCase();
    while (i < length && isSpace(c)) c = html.charCodeAt(++i);
    let value = '';
    if (c === EQUALS) {
      c = html.charCodeAt(++i);
      while (i < length && isSpace(c)) c = html.charCodeAt(++i);
      if (c === 0x22 || c === 0x27) {
        const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
        const stop = close < 0 ? length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const start = i;
        while (i < length && !isSpace(c) && c !== GREATER) c = html.charCodeAt(++i);
        value = html.slice(start, i);
      }
    }
    // The first of two attributes with one name counts, as in the browser.
    if (!attributes.has(attribute)) attributes.set(attribute, decodeReferences(value));
  }
  return { name, attributes, end: Math.min(i + 1, length) };
}

/** Where the end tag `</name` of a raw-text element starts, at or after `from` (the end of the page if none). */
function rawTextEnd(html: string, name: string, from: number): number {
  let i = from;
  for (;;) {
    i = html.indexOf('</', i);
    if (i < 0) return html.length;
    const after = html.charCodeAt(i + 2 + name.length);
    if (
      html.slice(i + 2, i + 2 + name.length).toLowerCase() === name &&
      (Number.isNaN(after) || isSpace(after) || after === 0x2f || after === 0x3e)
    )
      return i;
    i += 2;
  }
}

/** Where a comment that starts at `at` (`<!--`) ends, after its `-->`. */
function commentEnd(html: string, at: number): number {
  // "<!-->" and "<!--->" are empty comments.
  if (html.startsWith('>', at + 4)) return at + 5;
  if (html.startsWith('->', at + 4)) return at + 6;
  const close = html.indexOf('--', at + 4);
  for (let i = close; i >= 0; i = html.indexOf('--', i + 1)) {
    if (html[i + 2] === '>') return i + 3;
    if (html.startsWith('!>', i + 2)) return i + 4;
  }
  return html.length;
}

/** Reads one built page; see the module comment for what is kept. */
export function scanHtml(html: string): PageScan {
  const scan: PageScan = {
    scripts: [],
    styleElements: [],
    styleAttributes: [],
    policy: undefined,
    ids: [],
    hrefs: [],
    searchAttributesOutsideRoot: [],
  };
  let inHead = true;
  let rootDepth = 0;
  let i = 0;
  while (i < html.length) {
    const open = html.indexOf('<', i);
    if (open < 0) break;
    const next = html.charCodeAt(open + 1);
    if (html.startsWith('!--', open + 1)) {
      i = commentEnd(html, open);
    } else if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE …>, <![CDATA[…]> and <?…> are read to the next ">".
      const close = html.indexOf('>', open);
      i = close < 0 ? html.length : close + 1;
    } else if (next === 0x2f && isLetter(html.charCodeAt(open + 2))) {
      const tag = readTag(html, open + 2);
      if (tag.name === 'head') inHead = false;
      if (tag.name === SEARCH_ROOT && rootDepth > 0) rootDepth--;
      i = tag.end;
    } else if (isLetter(next)) {
      const tag = readTag(html, open + 1);
      i = tag.end;
      const { name, attributes } = tag;
      if (name === 'body') inHead = false;
      if (name === SEARCH_ROOT) rootDepth++;
      else if (rootDepth === 0) {
        for (const attribute of attributes.keys())
          if (attribute.startsWith('data-pagefind-'))
            scan.searchAttributesOutsideRoot.push(`<${name} ${attribute}>`);
      }
      const id = attributes.get('id');
      if (id !== undefined) scan.ids.push(id);
      const href = attributes.get('href');
      if (href !== undefined) scan.hrefs.push(href);
      const style = attributes.get('style');
      if (style !== undefined) scan.styleAttributes.push(style);
      if (
        inHead &&
        name === 'meta' &&
        scan.policy === undefined &&
        attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy'
      )
        scan.policy = attributes.get('content');
      if (name === 'plaintext') break; // the rest of the page is text
      if (RAW_TEXT.has(name)) {
        const end = rawTextEnd(html, name, i);
        const raw = html.slice(i, end);
        if (name === 'script' && !attributes.has('src'))
          scan.scripts.push({ type: attributes.get('type') ?? '', text: raw });
        if (name === 'style') scan.styleElements.push(raw);
        i = end;
      }
    } else {
      i = open + 1;
    }
  }
  return scan;
}
