import { createHash } from 'node:crypto';
import { htmlToHast, type HastNode } from 'satteri';

/**
 * Raw HTML in content: the few phrasing elements Markdown has no syntax for, and nothing that can
 * run code, load or submit anything, or restyle the page. Each piece of raw HTML is read with a
 * real HTML parser (the one Astro's Markdown engine ships), so what is checked is what a browser
 * builds, not what a pattern guesses.
 */

/** The elements content may write as raw HTML, each with what it is for. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, string>> = {
  kbd: 'a key or key combination to press',
  abbr: 'an abbreviation, expanded in its title attribute',
  br: 'a line break inside a paragraph or table cell',
  sup: 'a superscript',
  sub: 'a subscript',
  code: 'code inside text where backticks do not fit',
  em: 'emphasis',
  strong: 'strong importance',
};

/** The attributes those elements may carry (hast property names, which equal the HTML names here). */
export const ALLOWED_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** One problem in a piece of raw HTML; `near` is text to look for to find its line. */
export interface RawHtmlProblem {
  message: string;
  near: string;
}

type Element = Extract<HastNode, { type: 'element' }>;

/** `className` → `class`, `onClick` → `onclick`, `dataFoo` → `data-foo`: the name the author wrote. */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

const allowedList = Object.keys(ALLOWED_ELEMENTS)
  .map((name) => `<${name}>`)
  .join(', ');

function elementProblem(name: string): string {
  if (name === 'a') return '<a> is not allowed in content; write a Markdown link instead: [text](https://…).';
  if (name === 'img')
    return '<img> is not allowed in content; write a Markdown image instead: ![text](./file.png).';
  return (
    `<${name}> is not allowed in content, which may only use ${allowedList}. ` +
    `Remove it or say it in Markdown; to show the tag itself as text, put it in backticks: \`<${name}>\`.`
  );
}

function attributeProblem(element: string, attribute: string): string {
  if (/^on/.test(attribute)) {
    return `the event-handler attribute ${attribute} on <${element}> would run code; remove it.`;
  }
  if (attribute === 'style') {
    return `the style attribute on <${element}> is not allowed: the site's stylesheet styles content; remove it.`;
  }
  return `the attribute ${attribute} is not allowed on <${element}> (only ${ALLOWED_ATTRIBUTES.join(', ')}); remove it.`;
}

function* elements(node: HastNode): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child as HastNode);
  // A <template>'s markup is parsed into a separate fragment, `content`.
  const content = (node as { content?: HastNode }).content;
  if (content) yield* elements(content);
}

/** Text nodes in document order, each with whether it lies inside `scope`. */
function* texts(node: HastNode, scope: HastNode, inside = false): Generator<[string, boolean]> {
  const within = inside || node === scope;
  if (node.type === 'text') yield [node.value, within];
  if ('children' in node) for (const child of node.children) yield* texts(child as HastNode, scope, within);
}

/**
 * Whether `html`, placed in a `<div>`, leaves what follows it in that `<div>` as ordinary text: it
 * does not swallow the page after it into a comment, an attribute value or a raw-text element, and
 * does not close an element it did not open. A unique marker (derived from the HTML, so the HTML
 * cannot contain it) is placed after it and must come out as the last text, inside the `<div>`.
 */
function leavesPageIntact(html: string): boolean {
  const marker = `end-${createHash('sha256').update(html).digest('hex').slice(0, 16)}`;
  const tree = htmlToHast(`<main><div>${html}${marker}</div></main>`, { fragment: true });
  const main = tree.type === 'root' ? tree.children[0] : undefined;
  const div = main && 'children' in main ? main.children[0] : undefined;
  if (!div) return false;
  const all = [...texts(tree, div)];
  const last = all.at(-1);
  return last !== undefined && last[1] && last[0].endsWith(marker);
}

/** Checks one piece of raw HTML from a Markdown file against the allow-list. */
export function checkRawHtml(html: string): RawHtmlProblem[] {
  const problems: RawHtmlProblem[] = [];
  for (const element of elements(htmlToHast(html, { fragment: true }))) {
    const name = element.tagName;
    if (!Object.hasOwn(ALLOWED_ELEMENTS, name)) {
      problems.push({ message: elementProblem(name), near: `<${name}` });
      continue;
    }
    for (const property of Object.keys(element.properties ?? {})) {
      if (ALLOWED_ATTRIBUTES.includes(property)) continue;
      const attribute = attributeName(property);
      problems.push({ message: attributeProblem(name, attribute), near: attribute });
    }
  }
  if (problems.length === 0 && !leavesPageIntact(html)) {
    problems.push({
      message:
        'this HTML leaves a comment, a quoted attribute or an element open, or closes one it did not open, ' +
        'so it would swallow or break the page around it; close what it opens (a comment ends with -->).',
      near: '<',
    });
  }
  return problems;
}
