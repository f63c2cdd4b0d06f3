import { markdownToMdast, type MdastNode } from 'satteri';
import { checkRawHtml } from './raw-html.ts';
import { urlProblem } from './web-url.ts';

/**
 * Content cannot carry active content: the Markdown of an entry or service may use only the raw HTML
 * that src/catalog/raw-html.ts allows, and its links and images only the URLs that
 * src/catalog/web-url.ts allows. Both the site build (src/content.config.ts) and the CLI loader
 * (src/catalog/load-catalog.ts) run this check, so a file the one refuses the other refuses too.
 */

/** One reason a content file is refused: where, and what to do about it. */
export interface ContentProblem {
  filePath: string;
  line: number;
  message: string;
}

/**
 * The Markdown features the site renders content with: Astro's defaults (GFM, smart punctuation)
 * and the directives Starlight turns on. Parsing with the same engine and features makes the check
 * see the nodes the page is built from.
 */
const FEATURES = { gfm: true, smartPunctuation: true, directive: true };

type Node = MdastNode & { url?: string; identifier?: string; value?: string };

function* walk(node: Node): Generator<Node> {
  yield node;
  if ('children' in node && Array.isArray(node.children))
    for (const child of node.children) yield* walk(child);
}

/** The line of `value` (0-based) where `near` first appears, ignoring case; 0 when it does not. */
function lineWithin(value: string, near: string): number {
  const at = value.toLowerCase().indexOf(near.toLowerCase());
  return at < 0 ? 0 : value.slice(0, at).split('\n').length - 1;
}

/**
 * Checks the Markdown `body` of `filePath`. `firstLine` is the line of the file the body starts on
 * (after the frontmatter), so each problem names the line of the file. Returns the problems found,
 * none when the body is fine.
 */
export function checkContentHtml(body: string, filePath: string, firstLine = 1): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const tree = markdownToMdast(body, { features: FEATURES }) as Node;
  const nodes = [...walk(tree)];
  // `![text][ref]` takes its URL from a definition, which must then hold an image's URL.
  const definitions = new Map(nodes.filter((n) => n.type === 'definition').map((n) => [n.identifier, n.url]));
  for (const node of nodes) {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    const report = (message: string | undefined, offset = 0) => {
      if (message) problems.push({ filePath, line: line + offset, message });
    };
    if (node.type === 'html') {
      const html = node.value ?? '';
      for (const problem of checkRawHtml(html)) report(problem.message, lineWithin(html, problem.near));
    } else if (node.type === 'link' || node.type === 'definition') {
      report(urlProblem(node.url ?? '', 'link'));
    } else if (node.type === 'image') {
      report(urlProblem(node.url ?? '', 'image'));
    } else if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) report(urlProblem(url, 'image'));
    }
  }
  return problems;
}

/** The line of a file on which its Markdown body (the text after the frontmatter) starts. */
export function bodyStartLine(fileText: string, body: string): number {
  const at = body.trim() === '' ? -1 : fileText.lastIndexOf(body);
  return at < 0 ? 1 : fileText.slice(0, at).split('\n').length;
}

/** The problems as the build and the CLI print them: `file:line: what is wrong and what to do`. */
export function formatContentProblems(problems: readonly ContentProblem[]): string {
  return problems.map((p) => `${p.filePath}:${p.line}: ${p.message}`).join('\n');
}
