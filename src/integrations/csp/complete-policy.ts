import { createHash } from 'node:crypto';
import { scanHtml, type PageScan } from '../html/scan-html.ts';
import type { ComponentInlines } from './component-inlines.ts';

/**
 * Completes the Content-Security-Policy of one built page. The page is read as the browser's HTML
 * tokenizer reads it (html/scan-html.ts), so a `<script>` written inside a `<title>` or a comment is
 * text, as it is to the browser. The rule, in one sentence: an inline script, style element or
 * style attribute is allowed by hash only when a component of the site or of its dependencies
 * writes it — its text is the text of a `<script>`, `<style>` or literal `style="…"` in a compiled
 * `.astro` file, or the style attribute sets nothing but CSS custom properties, which do nothing
 * until the components' own stylesheets read them. Everything else (content-authored HTML, which
 * the build refuses anyway) stays blocked.
 */

/**
 * Script types that run: none, a JavaScript MIME type, `module`, and the types CSP also governs.
 * Any other type (`application/ld+json`, `application/json`) makes the script a data block.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element
 * @see https://mimesniff.spec.whatwg.org/#javascript-mime-type
 */
const EXECUTABLE_TYPE =
  /^(|module|importmap|speculationrules|(application|text)\/(x-)?(java|ecma)script|text\/javascript1\.[0-5]|text\/(jscript|livescript))$/;

/** Hashes already computed: the same scripts and highlighted-code styles recur on every page. */
const hashes = new Map<string, string>();
const HASHES_KEPT = 50_000;

function sha256(text: string): string {
  let hash = hashes.get(text);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    if (hashes.size >= HASHES_KEPT) hashes.clear();
    hashes.set(text, hash);
  }
  return hash;
}

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
export function inlineHashes(page: PageScan, known: ComponentInlines) {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const attributes = new Set<string>();
  /** Hashes of executable inline scripts no component writes as text. */
  const unknown = new Set<string>();
  for (const { type, text } of page.scripts) {
    if (EXECUTABLE_TYPE.test(type.trim().toLowerCase())) {
      (known.scripts.has(text) ? scripts : unknown).add(sha256(text));
    }
  }
  for (const text of page.styleElements) if (known.styles.has(text)) styles.add(sha256(text));
  for (const style of new Set(page.styleAttributes)) {
    if (known.styleAttributes.has(style) || setsOnlyCustomProperties(style)) attributes.add(sha256(style));
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

/**
 * {@link completePolicy}, also counting the inline scripts it left blocked. `page` is the page
 * already scanned, when the caller has read it for something else too.
 */
export function completePage(
  html: string,
  known: ComponentInlines,
  page: PageScan = scanHtml(html),
): { html: string; blocked: number } {
  const { policy } = page;
  if (policy === undefined) return { html, blocked: 0 };
  const written = POLICY_META(policy);
  if (html.indexOf(written) !== html.lastIndexOf(written) || !html.includes(written)) {
    throw new Error(
      `The page's Content-Security-Policy element is not written exactly once as ${written.slice(0, 60)}…; ` +
        'the policy cannot be completed safely.',
    );
  }
  const { scripts, styles, attributes, unknown } = inlineHashes(page, known);
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
