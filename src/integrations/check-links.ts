import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentFileOf } from '../catalog/urls.ts';

/**
 * Fails the build when a page links to a page or an anchor that does not exist in the output.
 * Runs over the finished HTML, so links written in Markdown, in components and by Starlight are
 * all checked; the message names the page and, for catalog pages, the content file to fix.
 */
export function checkLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'error-atlas:check-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = findBrokenLinks(fileURLToPath(dir), base);
        if (problems.length > 0) {
          throw new Error(`Broken links:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
        logger.info('Every internal link and anchor resolves.');
      },
    },
  };
}

/** `href="…"` and `id="…"` attributes; pages are machine-written HTML, attributes double-quoted. */
const HREF = /\shref="([^"#]*)(#[^"]*)?"/g;
const ID = /\sid="([^"]+)"/g;

/** Lists `page: link` for every internal link in `dist` whose page or anchor is missing. */
export function findBrokenLinks(dist: string, base: string): string[] {
  const pages = new Map<string, Set<string>>();
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  const sitePath = (file: string) => base + file.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1');
  for (const file of files) {
    const html = readFileSync(join(dist, file), 'utf8');
    pages.set(sitePath(file), new Set([...html.matchAll(ID)].map((m) => m[1]!)));
  }
  const problems: string[] = [];
  for (const file of files) {
    if (file === '404.html') continue;
    const from = sitePath(file);
    const html = readFileSync(join(dist, file), 'utf8');
    for (const [, path = '', hash] of html.matchAll(HREF)) {
      if (/^[a-z]+:|^\/\//i.test(path)) continue; // another origin: not ours to check here
      const target = path === '' ? from : new URL(path, `http://site${from}`).pathname;
      if (!target.startsWith(base) || /\.(css|js|json|xml|svg|png|ico|txt|webmanifest)$/.test(target))
        continue;
      // A Markdown twin is a file, not a page: it must exist in the output.
      if (target.endsWith('.md')) {
        if (!existsSync(join(dist, decodeURIComponent(target.slice(base.length)))))
          problems.push(`${from} links to ${path}: no such file${sourceHint(from, base)}`);
        continue;
      }
      const ids = pages.get(target.endsWith('/') ? target : `${target}/`);
      const anchor = hash ? decodeURIComponent(hash.slice(1)) : '';
      if (!ids) problems.push(`${from} links to ${path}${hash ?? ''}: no such page${sourceHint(from, base)}`);
      else if (anchor && !ids.has(anchor))
        problems.push(`${from} links to ${path}${hash}: no such anchor${sourceHint(from, base)}`);
    }
  }
  return problems;
}

function sourceHint(page: string, base: string): string {
  const path = `/${page.slice(base.length)}`;
  const file = contentFileOf(path);
  return file ? ` (fix it in ${file})` : ` (page ${path})`;
}
