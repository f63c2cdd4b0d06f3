import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';

/**
 * Completes the Content-Security-Policy that Astro writes into every page. Astro hashes the
 * scripts and styles it bundles; what it leaves out — Starlight's `is:inline` scripts and the
 * `style="…"` attributes of highlighted code — would be blocked. This adds a hash for each of them,
 * page by page, so the policy stays hash-based and never needs 'unsafe-inline'. It runs as a
 * middleware on each page as it is rendered (complete-csp-middleware.ts), so the build does not
 * read and write every page a second time.
 * @see https://www.w3.org/TR/CSP3/#unsafe-hashes-usage
 */
export function completeCsp(): AstroIntegration {
  return {
    name: 'error-atlas:complete-csp',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({
          order: 'post',
          entrypoint: new URL('./complete-csp-middleware.ts', import.meta.url),
        });
      },
    },
  };
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
/** An inline `<script>` (no src): executable unless its type is a data type such as JSON. */
const INLINE_SCRIPT = /<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g;
/** `style="…"` as Astro writes attributes: double-quoted, entities escaped. */
const STYLE_ATTRIBUTE = /\sstyle="([^"]*)"/g;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function unescapeAttribute(value: string): string {
  return value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** Returns the page with every inline script, style element and style attribute allowed by hash. */
export function completePolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const scripts = new Set<string>();
  for (const [, attrs = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
    scripts.add(sha256(body));
  }
  const styles = new Set<string>();
  for (const [, body = ''] of html.matchAll(INLINE_STYLE)) styles.add(sha256(body));
  const attributes = new Set<string>();
  for (const [, value = ''] of html.matchAll(STYLE_ATTRIBUTE))
    attributes.add(sha256(unescapeAttribute(value)));

  const directives = meta[1]!
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
  add('style-src', [...styles, ...(attributes.size > 0 ? ["'unsafe-hashes'", ...attributes] : [])]);
  return html.replace(
    meta[0],
    `<meta http-equiv="content-security-policy" content="${directives.join('; ')}">`,
  );
}
