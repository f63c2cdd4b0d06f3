import { describe, expect, it } from 'vitest';
import { decodeReferences, scanHtml } from '../../../src/integrations/html/scan-html.ts';

describe('scanHtml', () => {
  it('reads inline scripts with their type, and leaves out scripts with a src', () => {
    const page = scanHtml(
      '<script>a()</script><SCRIPT type="module">b()</SCRIPT ><script src="/x.js"></script><script type=importmap>{}</script>',
    );
    expect(page.scripts).toEqual([
      { type: '', text: 'a()' },
      { type: 'module', text: 'b()' },
      { type: 'importmap', text: '{}' },
    ]);
  });

  it('takes the text of a script up to its end tag, tags inside included', () => {
    const page = scanHtml('<script>if (a < b) x("<p id=\'no\'>", "</scriptx>")</script><p id="yes"></p>');
    expect(page.scripts[0]!.text).toBe('if (a < b) x("<p id=\'no\'>", "</scriptx>")');
    expect(page.ids).toEqual(['yes']);
  });

  it('reads a <script> in a comment, an attribute, a <title> or a <textarea> as text', () => {
    const page = scanHtml(
      '<!-- <script>c()</script> --><p title="<script>d()</script>"></p><title><script>e()</script></title>' +
        '<textarea><script>f()</script></textarea><!--><script>g()</script>',
    );
    expect(page.scripts).toEqual([{ type: '', text: 'g()' }]);
  });

  it('ends a comment at --> or --!>, and reads "<!-->" as an empty comment', () => {
    expect(scanHtml('<!-- a -- b --!><p id="one"></p>').ids).toEqual(['one']);
    expect(scanHtml('<!---><p id="two"></p>').ids).toEqual(['two']);
    expect(scanHtml('<!-- <p id="no"> -->').ids).toEqual([]);
  });

  it('reads attributes quoted either way or unquoted, the first of a repeated name, references decoded', () => {
    const page = scanHtml(
      `<a href='/a/?x=1&amp;y=2' id=top ID="second">x</a><p style="font-family: &quot;A&quot;;"></p><br/>`,
    );
    expect(page.hrefs).toEqual(['/a/?x=1&y=2']);
    expect(page.ids).toEqual(['top']);
    expect(page.styleAttributes).toEqual(['font-family: "A";']);
  });

  it('finds the policy <meta> of the head only', () => {
    const meta = (c: string) => `<meta http-equiv="Content-Security-Policy" content="${c}">`;
    expect(scanHtml(`<html><head>${meta('a')}${meta('b')}</head><body></body></html>`).policy).toBe('a');
    expect(scanHtml(`<html><head></head><body>${meta('c')}</body></html>`).policy).toBeUndefined();
  });

  it('keeps the text of style elements', () => {
    expect(scanHtml('<style>p{color:red}</style><style media="print">a{}</style>').styleElements).toEqual([
      'p{color:red}',
      'a{}',
    ]);
  });

  it('names the search attributes outside <main>, and none inside it or in its own tag', () => {
    const page = scanHtml(
      '<html lang="en"><head><meta data-pagefind-meta="title:x"></head><body>' +
        '<nav data-pagefind-ignore data-pagefind-filter="a"></nav>' +
        '<main data-pagefind-body><section><p data-pagefind-weight="2">x</p></section><main data-pagefind-ignore></main>' +
        '<dd data-pagefind-filter="status:403">403</dd></main>' +
        '<footer data-pagefind-sort="date"></footer></body></html>',
    );
    expect(page.searchAttributesOutsideRoot).toEqual([
      '<meta data-pagefind-meta>',
      '<nav data-pagefind-ignore>',
      '<nav data-pagefind-filter>',
      '<footer data-pagefind-sort>',
    ]);
    expect(
      scanHtml('<p data-pagefind-body-like="x" data-pagefindx></p>').searchAttributesOutsideRoot,
    ).toEqual(['<p data-pagefind-body-like>']);
  });

  it('never stops on a page cut short', () => {
    for (const html of ['<p id="x', '<script>a(', '<!-- open', '<a href=', '<', '</', '<!'])
      expect(() => scanHtml(html)).not.toThrow();
  });
});

describe('decodeReferences', () => {
  it('decodes named, decimal and hexadecimal references, and leaves unknown names', () => {
    expect(decodeReferences('&lt;&amp;&#39;&#x27;&quot;&copy;&#0;')).toBe("<&''\"&copy;\ufffd");
  });
});
