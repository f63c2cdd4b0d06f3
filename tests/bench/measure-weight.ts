import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes a page costs: its HTML, and the JS and CSS it loads up front (not lazy imports). */
export interface PageWeight {
  html: number;
  js: number;
  css: number;
}

const gz = (text: string | Buffer) => gzipSync(text).length;

/** Static `import … from "./x.js"` and `import "./x.js"` in a bundled module. */
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

function jsClosure(dist: string, file: string, seen: Set<string>): number {
  if (seen.has(file) || !existsSync(file)) return 0;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let total = gz(code);
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    const target = spec!.startsWith('/') ? join(dist, spec!) : join(dirname(file), spec!);
    total += jsClosure(dist, target, seen);
  }
  return total;
}

/** Weighs the page at site path `path` (e.g. `/errors/x/y/`) in a build at `dist` served at `/`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const seen = new Set<string>();
  let js = 0;
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
    js += jsClosure(dist, join(dist, src!), seen);
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attrs!) || /\ssrc=/.test(attrs!)) continue;
    js += gz(body!);
    for (const [, spec] of body!.matchAll(STATIC_IMPORT)) js += jsClosure(dist, join(dist, spec!), seen);
  }
  let css = 0;
  for (const [, href] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
    css += gz(readFileSync(join(dist, href!)));
  for (const [, href] of html.matchAll(/<link[^>]*href="([^"]+\.css)"[^>]*rel="stylesheet"/g))
    css += gz(readFileSync(join(dist, href!)));
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(body!);
  return { html: gz(html), js, css };
}

/** Gzipped size of the JSON the decoder page embeds as its index. */
export function embeddedIndexSize(dist: string, path: string): number {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const json = /<script type="application\/json" data-index>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return gz(json);
}
