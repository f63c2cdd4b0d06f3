import { parse } from '@astrojs/compiler-rs';

/**
 * What the site's own components put into pages as written: the text of the `<script>` and
 * `<style>` elements and the literal `style="…"` attributes of an `.astro` file. The policy
 * completion hashes an inline script or style only when its text is one of these, so HTML that
 * came from anywhere else (a content file, a pasted string) is never allowed to run.
 */
export interface ComponentInlines {
  scripts: Set<string>;
  styles: Set<string>;
  styleAttributes: Set<string>;
}

export const emptyInlines = (): ComponentInlines => ({
  scripts: new Set(),
  styles: new Set(),
  styleAttributes: new Set(),
});

interface AstNode {
  type?: string;
  start?: number;
  end?: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null;

function* nodes(value: unknown): Generator<AstNode> {
  if (Array.isArray(value)) for (const item of value) yield* nodes(item);
  else if (isNode(value)) {
    yield value;
    // The frontmatter is code, not markup: a '<script>' in a string there is never emitted.
    for (const [key, child] of Object.entries(value)) if (key !== 'frontmatter') yield* nodes(child);
  }
}

/**
 * Adds the inline scripts, styles and literal style attributes of one component to `into`.
 * `source` is the `.astro` file as written; it is read with Astro's own compiler, so the elements
 * found are the ones Astro renders.
 */
export function collectComponentInlines(source: string, into: ComponentInlines): void {
  for (const node of nodes(parse(source).ast)) {
    if (node.type === 'JSXAttribute') {
      const name = node['name'] as AstNode & { name?: string };
      const value = node['value'] as AstNode & { value?: unknown };
      if (name.name === 'style' && value?.type === 'Literal' && typeof value.value === 'string') {
        into.styleAttributes.add(value.value);
      }
    }
    if (node.type !== 'JSXElement') continue;
    const opening = node['openingElement'] as AstNode & { name: { name?: string } };
    const closing = node['closingElement'] as AstNode | null;
    const tag = opening.name.name;
    if ((tag !== 'script' && tag !== 'style') || !closing) continue;
    // Offsets are UTF-16 indices into `source`, as JavaScript strings count.
    const text = source.slice(opening.end, closing.start);
    if (text.trim() === '') continue;
    (tag === 'script' ? into.scripts : into.styles).add(text);
  }
}
