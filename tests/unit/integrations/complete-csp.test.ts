import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectComponentInlines, emptyInlines } from '../../../src/integrations/csp/component-inlines.ts';
import { completePage, completePolicy } from '../../../src/integrations/csp/complete-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const META = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self'">`;
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head>${META}${head}</head><body>${body}</body></html>`;
const policyOf = (html: string) => /content-security-policy" content="([^"]*)"/.exec(html)![1]!;
const scriptSrc = (html: string) => /script-src ([^;]*)/.exec(policyOf(html))![1];

/** A component as Starlight writes them: an inline script, an inline style, a literal style attribute. */
const COMPONENT = `---
const note = '<script>fromFrontmatter()</script>';
---
<kbd style="display: none;">K</kbd>
<script is:inline>
	window.theme = 'dark';
</script>
<style is:inline>p{color:red}</style>
<div style={\`--w: \${note}\`}></div>
`;
const known = emptyInlines();
collectComponentInlines(COMPONENT, known);
const THEME_SCRIPT = "\n\twindow.theme = 'dark';\n";

describe('collectComponentInlines', () => {
  it('reads the scripts, styles and literal style attributes a component writes', () => {
    expect([...known.scripts]).toEqual([THEME_SCRIPT]);
    expect([...known.styles]).toEqual(['p{color:red}']);
    expect([...known.styleAttributes]).toEqual(['display: none;']);
  });
});

describe('completePolicy', () => {
  it("hashes a component's inline script, style element and style attributes", () => {
    const html = completePolicy(
      page(
        `<script>${THEME_SCRIPT}</script><style>p{color:red}</style><kbd style="display: none;">K</kbd><li style="--depth: 1;"></li>`,
      ),
      known,
    );
    const policy = policyOf(html);
    expect(scriptSrc(html)).toBe(`'self' 'sha256-AAA=' ${hash(THEME_SCRIPT)}`);
    expect(policy).toContain(hash('p{color:red}'));
    expect(policy).toContain(`'unsafe-hashes' ${hash('display: none;')} ${hash('--depth: 1;')}`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('does not hash a script no component writes, such as one from a content file', () => {
    const { html, blocked } = completePage(
      page(`<div class="sl-markdown-content"><p>Intro</p><script>alert(document.cookie)</script></div>`),
      known,
    );
    expect(html).not.toContain(hash('alert(document.cookie)'));
    expect(scriptSrc(html)).toBe("'self' 'sha256-AAA='");
    expect(blocked).toBe(1);
  });

  it('counts a script Astro already hashed as allowed, not blocked', () => {
    const bundled = 'bundled()';
    const html = page(`<script type="module">${bundled}</script>`).replace("'sha256-AAA='", hash(bundled));
    expect(completePage(html, known)).toEqual({ html, blocked: 0 });
  });

  it('reads a <script> inside <title>, a comment or an attribute as the text it is', () => {
    const html = completePolicy(
      page(
        `<!-- <script>${THEME_SCRIPT}</script> --><p title="<script>${THEME_SCRIPT}</script>">x</p>`,
        `<title>&lt;script>${THEME_SCRIPT}</title><title><script>${THEME_SCRIPT}</script></title>`,
      ),
      known,
    );
    expect(scriptSrc(html)).toBe("'self' 'sha256-AAA='");
  });

  it('does not hash a style no component writes, unless it only sets custom properties', () => {
    const html = completePolicy(
      page(
        '<p style="position:fixed;inset:0">x</p><p style="--a: 1; color: red">y</p><style>body{}</style><p style="--ok: 2">z</p>',
      ),
      known,
    );
    const policy = policyOf(html);
    expect(policy).not.toContain(hash('position:fixed;inset:0'));
    expect(policy).not.toContain(hash('--a: 1; color: red'));
    expect(policy).not.toContain(hash('body{}'));
    expect(policy).toContain(hash('--ok: 2'));
  });

  it('treats JSON-LD and other data blocks as data, and leaves external scripts alone', () => {
    const ld = '{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}';
    const data = emptyInlines();
    data.scripts.add(ld);
    const html = completePolicy(
      page(`<script type="application/ld+json">${ld}</script><script type="module" src="/x.js"></script>`),
      data,
    );
    expect(scriptSrc(html)).toBe("'self' 'sha256-AAA='");
  });

  it('leaves a page with no inline code as it is', () => {
    const html = page('<p>no inline code</p>');
    expect(completePolicy(html, known)).toBe(html);
  });

  it('refuses to guess which policy to complete when its text appears twice', () => {
    expect(() => completePolicy(page(`<!-- ${META} -->`), known)).toThrow(/exactly once/);
  });

  it('leaves a page without a policy unchanged', () => {
    expect(completePolicy('<p style="--x: 1">hi</p>', known)).toBe('<p style="--x: 1">hi</p>');
  });
});
