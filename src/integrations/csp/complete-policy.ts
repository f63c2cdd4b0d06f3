import { createHash } from 'node:crypto';
import { htmlToHast, type HastNode } from 'satteri';
import type { ComponentInlines } from './component-inlines.ts';

/**
 * Completes the Content-Security-Policy of one built page. The page is read with a real HTML parser
 * (the one Astro's Markdown engine ships), so a `<script>` written inside a `<title>` or a comment is
 * text, as it is to the browser. The rule, in one sentence: an inline script, style element or
 * style attribute is allowed by hash only when a component of the site or of its dependencies
 * writes it — its text is the text of a `<script>`, `<style>` or literal `style="…"` in a compiled
 * `.astro` file, or the style attribute sets nothing but CSS custom properties, which do nothing
 * until the components' own stylesheets read them. Everything else (content-authored HTML, which
 * the build refuses anyway) stays blocked.
 */

type Element = Extract<HastNode, { type: 'element' }>;

/**
 * Script types that run: none, a JavaScript MIME type, `module`, and the types CSP also governs.
 * Any other type (`application/ld+json`, `application/json`) makes the script a data block.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element
 * @see https://mimesniff.spec.whatwg.org/#javascript-mime-type
 */
const EXECUTABLE_TYPE =
  /^(|module|importmap|speculationrules|(application|text)\/(x-)?(java|ecma)script|text\/javascript1\.[0-5]|text\/(jscript|livescript))$/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const isElement = (node: { type: string }): node is Element => node.type === 'element';

/** Every element under `node` in document order, `<template>` contents included. */
function elements(node: HastNode): Element[] {
  // A loop with a stack rather than recursive generators: a page holds thousands of highlighted spans.
  const found: Element[] = [];
  const stack: HastNode[] = [node];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next.type === 'element') found.push(next);
    const content = (next as { content?: HastNode }).content;
    if (content) stack.push(content);
    if ('children' in next)
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as HastNode);
  }
  return found;
}

const textOf = (element: Element) =>
  element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

/**
 * Whether a style attribute only sets custom properties (`--depth: 1; --sl-icon-size: 1em`). Each
 * `;`-separated piece must start with `--`: a real declaration list splits only at some of those
 * semicolons, so each of its declarations starts with `--` too.
 */
function setsOnlyCustomProperties(style: string): boolean {
  const pieces = style
    .split(';')
    .map((piece) => piece.trim())
    .filter(Boolean);
  return pieces.length > 0 && pieces.every((piece) => piece.startsWith('--') && piece.includes(':'));
}

/** The hashes a page needs beyond what Astro already put in its policy. */
export function inlineHashes(tree: HastNode, known: ComponentInlines) {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const attributes = new Set<string>();
  /** Hashes of executable inline scripts no component writes as text. */
  const unknown = new Set<string>();
  for (const element of elements(tree)) {
    const { properties = {} } = element;
    if (element.tagName === 'script' && properties['src'] === undefined) {
      const type = String(properties['type'] ?? '')
        .trim()
        .toLowerCase();
      const text = textOf(element);
      if (EXECUTABLE_TYPE.test(type)) {
        (known.scripts.has(text) ? scripts : unknown).add(sha256(text));
      }
    }
    if (element.tagName === 'style' && known.styles.has(textOf(element))) styles.add(sha256(textOf(element)));
    const style = properties['style'];
    if (typeof style === 'string' && (known.styleAttributes.has(style) || setsOnlyCustomProperties(style))) {
      attributes.add(sha256(style));
    }
  }
  return { scripts, styles, attributes, unknown };
}

const POLICY_META = (policy: string) =>
  `<meta http-equiv="content-security-policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;

/**
 * Returns the page with the hashes of its component-written inline scripts, styles and style
 * attributes added to the policy Astro wrote in `<head>`. A page without a policy is returned as is.
 * Throws when the policy element cannot be found exactly once as Astro writes it.
 */
export function completePolicy(html: string, known: ComponentInlines): string {
  return completePage(html, known).html;
}

/** {@link completePolicy}, also counting the inline scripts it left blocked. */
export function completePage(html: string, known: ComponentInlines): { html: string; blocked: number } {
  const tree = htmlToHast(html);
  // A policy counts only in <head>; the parser puts <head> first, whatever the page's text says.
  const root = tree.type === 'root' ? tree.children.find(isElement) : undefined;
  const head = root?.children.find(isElement);
  const meta = (head?.tagName === 'head' ? elements(head) : []).find(
    (e) =>
      e.tagName === 'meta' &&
      String(e.properties?.['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy',
  );
  const policy = meta?.properties?.['content'];
  if (typeof policy !== 'string') return { html, blocked: 0 };
  const written = POLICY_META(policy);
  if (html.indexOf(written) !== html.lastIndexOf(written) || !html.includes(written)) {
    throw new Error(
      `The page's Content-Security-Policy element is not written exactly once as ${written.slice(0, 60)}…; ` +
        'the policy cannot be completed safely.',
    );
  }
  const { scripts, styles, attributes, unknown } = inlineHashes(tree, known);
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean);
  const add = (name: string, sources: Iterable<string>) => {
    const at = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    const existing = at >= 0 ? directives[at]!.split(/\s+/) : [name, "'self'"];
    const merged = [...new Set([...existing, ...sources])].join(' ');
    if (at >= 0) directives[at] = merged;
    else directives.push(merged);
  };
  add('script-src', scripts);
  // Astro's own inlined bundles are unknown as text but already in the policy.
  const allowed = new Set(directives.find((d) => d.startsWith('script-src '))?.split(/\s+/));
  const blocked = [...unknown].filter((source) => !allowed.has(source)).length;
  add('style-src', [...styles, ...(attributes.size > 0 ? ["'unsafe-hashes'", ...attributes] : [])]);
  return { html: html.replace(written, () => POLICY_META(directives.join('; '))), blocked };
}
