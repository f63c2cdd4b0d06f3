import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { completePolicy } from '../../../src/integrations/complete-csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-AAA='; style-src 'self'"></head><body>${body}</body></html>`;

describe('completePolicy', () => {
  it('adds a hash for each inline script, style element and style attribute', () => {
    const html = completePolicy(
      page('<script>alert(1)</script><style>p{}</style><p style="--0:#FFF;a&amp;b"></p>'),
    );
    const policy = /content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toContain(`script-src 'self' 'sha256-AAA=' ${hash('alert(1)')}`);
    expect(policy).toContain(hash('p{}'));
    expect(policy).toContain(`'unsafe-hashes' ${hash('--0:#FFF;a&b')}`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('leaves data scripts and external scripts alone', () => {
    const html = completePolicy(
      page('<script type="application/json">{"a":1}</script><script type="module" src="/x.js"></script>'),
    );
    expect(html).not.toContain(hash('{"a":1}'));
    expect(html).not.toContain(hash(''));
  });

  it('treats JSON-LD structured data as data, not script', () => {
    const ld = '{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[]}';
    const html = completePolicy(page(`<script type="application/ld+json">${ld}</script>`));
    expect(html).not.toContain(hash(ld));
    expect(/script-src ([^;"]*)/.exec(html)![1]).toBe("'self' 'sha256-AAA='");
  });

  it('leaves a page without a policy unchanged', () => {
    expect(completePolicy('<p style="x">hi</p>')).toBe('<p style="x">hi</p>');
  });
});
