import { describe, expect, it } from 'vitest';
import { bodyStartLine, checkContentHtml, formatContentProblems } from '../../../src/catalog/content-html.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS } from '../../../src/catalog/raw-html.ts';

const FILE = 'content/errors/demo-api/x.md';
const check = (body: string) => checkContentHtml(body, FILE);

/** Each forbidden form in a body, the line it is on, and words the message must hold. */
const REFUSED: [form: string, body: string, line: number, message: RegExp][] = [
  ['<script> block', 'Intro.\n\n<script>alert(1)</script>\n', 3, /<script> is not allowed/],
  ['<script> inline', 'Text <script>alert(1)</script> more.', 1, /<script> is not allowed/],
  ['<script> later in an HTML block', 'Intro.\n\n<kbd>A</kbd>\n<script>x()</script>\n', 4, /<script>/],
  ['<style>', '<style>body{display:none}</style>', 1, /<style> is not allowed/],
  ['<iframe>', '<iframe src="https://example.com"></iframe>', 1, /<iframe> is not allowed/],
  ['<object>', '<object data="x.swf"></object>', 1, /<object> is not allowed/],
  ['<embed>', 'See <embed src="x.swf">.', 1, /<embed> is not allowed/],
  ['<form>', '<form action="https://evil.example"><button>Go</button></form>', 1, /<form> is not allowed/],
  [
    '<meta http-equiv=refresh>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    1,
    /<meta>/,
  ],
  ['<link>', '<link rel="stylesheet" href="https://evil.example/x.css">', 1, /<link> is not allowed/],
  ['<base>', '<base href="https://evil.example/">', 1, /<base> is not allowed/],
  ['<svg> with a script', '<svg><script>alert(1)</script></svg>', 1, /<svg> is not allowed/],
  ['<math>', '<math><mi>x</mi></math>', 1, /<math> is not allowed/],
  ['<template>', '<template><script>x()</script></template>', 1, /<template> is not allowed/],
  ['<textarea>', '<textarea>x</textarea>', 1, /<textarea> is not allowed/],
  ['<div>', '<div>\nHello\n</div>', 1, /<div> is not allowed.*backticks/],
  ['a placeholder written as a tag', 'Grant consent for <tenant>.', 1, /<tenant> is not allowed.*`<tenant>`/],
  ['a raw <a>', '<a href="https://example.com">x</a>', 1, /write a Markdown link/],
  ['a raw <img>', '<img src="x.png" alt="x">', 1, /write a Markdown image/],
  ['onclick', 'Press <kbd onclick="alert(1)">A</kbd>.', 1, /event-handler attribute onclick.*run code/],
  [
    'onmouseover in capitals',
    'Press <kbd ONMOUSEOVER="x()">A</kbd>.',
    1,
    /event-handler attribute onmouseover/,
  ],
  ['style attribute', 'Press <kbd style="position:fixed">A</kbd>.', 1, /style attribute on <kbd>/],
  ['class attribute', 'Press <kbd class="sl-hidden">A</kbd>.', 1, /attribute class is not allowed on <kbd>/],
  ['id attribute', '<abbr id="decoder" title="x">X</abbr>', 1, /attribute id is not allowed/],
  ['an unclosed comment', 'Intro.\n\n<!-- the rest of the page\n', 3, /comment ends with -->/],
  ['an unterminated attribute', 'Intro.\n\n<kbd>\n<kbd title="open\n', 3, /quoted attribute/],
  ['a stray </div>', 'Intro.\n\n<kbd>A</kbd>\n</div>\n', 4, /closes one it did not open/],
  ['a stray </main> inline', 'Text </main> more.', 1, /closes one it did not open/],
  ['a javascript: link', 'See [the docs](javascript:alert(1)).', 1, /javascript: scheme/],
  ['a JavaScript: link in capitals', 'See [x](JavaScript:alert(1)).', 1, /javascript: scheme/],
  ['an entity-encoded javascript: link', 'See [x](&#106;avascript:alert(1)).', 1, /javascript: scheme/],
  ['a javascript: autolink', 'See <javascript:alert(1)>.', 1, /javascript: scheme/],
  ['a vbscript: link', 'See [x](vbscript:msgbox(1)).', 1, /vbscript: scheme/],
  ['a data: link', 'See [x](data:text/html,<script>alert(1)</script>).', 1, /data: scheme/],
  ['a file: link', 'See [x](file:///etc/passwd).', 1, /file: scheme/],
  ['a javascript: reference definition', 'See [x].\n\n[x]: javascript:alert(1)\n', 3, /javascript: scheme/],
  ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 1, /image .*data: scheme/],
  ['a remote image', '![x](https://tracker.example/pixel.png)', 1, /another site/],
  ['a protocol-relative image', '![x](//tracker.example/pixel.png)', 1, /another site/],
  ['a remote image by reference', '![x][p]\n\n[p]: https://tracker.example/p.png\n', 1, /another site/],
];

describe('checkContentHtml refuses active content', () => {
  it.each(REFUSED)('%s', (_form, body, line, message) => {
    const problems = check(body);
    expect(problems.length, formatContentProblems(problems)).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ filePath: FILE, line });
    expect(problems[0]!.message).toMatch(message);
  });
});

/** What content may keep writing. */
const ALLOWED: [form: string, body: string][] = [
  ['plain Markdown', '## What it means\n\nNothing has that **id**. Use `<token>` in code.'],
  [
    'every allowed element',
    Object.keys(ALLOWED_ELEMENTS)
      .map((e) => `<${e}>x</${e}>`)
      .join(' '),
  ],
  ['the allowed attributes', `<abbr ${ALLOWED_ATTRIBUTES.map((a) => `${a}="ltr"`).join(' ')}>TLS</abbr>`],
  ['a line break in a table cell', '| a | b |\n| - | - |\n| one<br>two | three |'],
  ['a closed comment', '<!-- a note for the next contributor -->\n\nText.'],
  ['an https link', 'See [the docs](https://learn.microsoft.com/en-us/graph/errors).'],
  ['an http autolink', 'See <http://example.com/x>.'],
  ['a relative link inside the site', 'See [the other error](../not-found/) and [top](#what-it-means).'],
  ['an image of the site', '![diagram](./diagram.png)'],
  ['a tag inside a code block', '```html\n<script>alert(1)</script>\n```'],
  ['a tag escaped as text', 'Write \\<tenant\\> or &lt;script&gt;.'],
];

describe('checkContentHtml lets the allow-list through', () => {
  it.each(ALLOWED)('%s', (_form, body) => {
    expect(formatContentProblems(check(body))).toBe('');
  });
});

describe('where a problem is', () => {
  it('names the line of the file, counting the frontmatter', () => {
    const file = '---\ntitle: x\n---\n\n## Heading\n\nText <script>x()</script>\n';
    const body = file.slice(file.indexOf('\n## '));
    const [problem] = checkContentHtml(body, FILE, bodyStartLine(file, body));
    expect(problem?.line).toBe(7);
    expect(formatContentProblems([problem!])).toMatch(/^content\/errors\/demo-api\/x\.md:7: <script>/);
  });

  it('finds the body line for a trimmed body too', () => {
    const file = '---\na: 1\n---\n\n\nBody\n';
    expect(bodyStartLine(file, 'Body')).toBe(6);
    expect(bodyStartLine(file, '')).toBe(1);
  });
});
