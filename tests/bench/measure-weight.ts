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

/** The JS files `file` loads up front: itself and its static imports, transitively. */
function jsClosure(dist: string, file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
    const target = spec!.startsWith('/') ? join(dist, spec!) : join(dirname(file), spec!);
    jsClosure(dist, target, seen);
  }
}

/** The JS files the page at `path` loads up front, and the bodies of its inline scripts. */
function pageScripts(dist: string, path: string): { files: Set<string>; inline: string[] } {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const files = new Set<string>();
  const inline: string[] = [];
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g))
    jsClosure(dist, join(dist, src!), files);
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attrs!) || /\ssrc=/.test(attrs!)) continue;
    inline.push(body!);
    for (const [, spec] of body!.matchAll(STATIC_IMPORT)) jsClosure(dist, join(dist, spec!), files);
  }
  return { files, inline };
}

/** Weighs the page at site path `path` (e.g. `/errors/x/y/`) in a build at `dist` served at `/`. */
export function pageWeight(dist: string, path: string): PageWeight {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const scripts = pageScripts(dist, path);
  let js = 0;
  for (const file of scripts.files) js += gz(readFileSync(file));
  for (const body of scripts.inline) js += gz(body);
  let css = 0;
  for (const [, href] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g))
    css += gz(readFileSync(join(dist, href!)));
  for (const [, href] of html.matchAll(/<link[^>]*href="([^"]+\.css)"[^>]*rel="stylesheet"/g))
    css += gz(readFileSync(join(dist, href!)));
  for (const [, body] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) css += gz(body!);
  return { html: gz(html), js, css };
}

/**
 * Gzipped bytes of the JS the page at `path` loads for its decoder: the files it loads that the page
 * at `plainPath` (one without the decoder) does not. The index file is not JS and not counted.
 */
export function decoderIslandJs(dist: string, path: string, plainPath: string): number {
  const plain = pageScripts(dist, plainPath).files;
  let total = 0;
  for (const file of pageScripts(dist, path).files) if (!plain.has(file)) total += gz(readFileSync(file));
  return total;
}

/** Gzipped bytes of the decoder index file the page at `path` names in `data-index-url`. */
export function decoderIndexSize(dist: string, path: string): number {
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const url = /<decoder-island[^>]*\sdata-index-url="([^"]+)"/.exec(html)?.[1];
  if (!url) throw new Error(`${path} names no decoder index (data-index-url)`);
  return gz(readFileSync(join(dist, url)));
}
