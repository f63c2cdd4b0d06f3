import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentFileOf } from '../catalog/urls.ts';

/**
 * Which internal links of the built site lead nowhere: a page or an anchor that does not exist in
 * the output. Runs over the finished HTML, so links written in Markdown, in components and by
 * Starlight are all checked; each problem names the page and, for catalog pages, the content file
 * to fix. The pages are read once, by the pass that also completes their policy (finish-pages.ts).
 */

/** What the check needs of one page: the `id`s it holds and the `href`s it links to. */
export interface PageLinks {
  ids: Set<string>;
  hrefs: string[];
}

/** The site path of a built file: `errors/a/index.html` → `/errors/a/` under `base`. */
export const sitePathOf = (file: string, base: string): string =>
  base + file.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1');

/**
 * Lists `page: link` for every internal link whose page or anchor is missing. `pages` holds every
 * HTML page by its site path; `dist` is where a linked file (a Markdown twin) must exist.
 */
export function brokenLinks(pages: Map<string, PageLinks>, dist: string, base: string): string[] {
  const problems: string[] = [];
  for (const [from, { hrefs }] of pages) {
    if (from === `${base}404.html`) continue;
    for (const href of hrefs) {
      const cut = href.indexOf('#');
      const path = cut < 0 ? href : href.slice(0, cut);
      const hash = cut < 0 ? undefined : href.slice(cut);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(path)) continue; // another origin: not ours to check here
      const target = path === '' ? from : new URL(path, `http://site${from}`).pathname;
      if (!target.startsWith(base) || /\.(css|js|json|xml|svg|png|ico|txt|webmanifest)$/.test(target))
        continue;
      // A Markdown twin is a file, not a page: it must exist in the output.
      if (target.endsWith('.md')) {
        if (!existsSync(join(dist, decodeURIComponent(target.slice(base.length)))))
          problems.push(`${from} links to ${path}: no such file${sourceHint(from, base)}`);
        continue;
      }
      const ids = pages.get(target.endsWith('/') ? target : `${target}/`)?.ids;
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
