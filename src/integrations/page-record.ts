import { join } from 'node:path';
import type { PageLinks } from './check-links.ts';
import { emptyInlines, type ComponentInlines } from './csp/component-inlines.ts';
import { completePage } from './csp/complete-policy.ts';
import type { Finisher } from './finisher.ts';
import { SEARCH_ROOT, scanHtml } from './html/scan-html.ts';

/**
 * What the build learns about its pages as it renders them, shared by the integration (which runs
 * in the build's own module graph) and its middleware (bundled into the pages): the component
 * inlines collected while Vite loads the `.astro` files, and for each page its ids, links and
 * whether its policy left a script blocked. The record lives on `globalThis` under a registered
 * symbol, since the two are separate copies of this module in one process.
 */
export interface PageRecord {
  known: ComponentInlines;
  /** Ids and links of each page rendered, by site path (`/errors/a/b/`). */
  pages: Map<string, PageLinks>;
  /** Pages whose policy was completed. */
  completed: number;
  /** Site paths of pages holding an inline script no component writes. */
  blocked: string[];
  /** The folder the build writes to, set by the integration once the configuration is final. */
  outDir: string | undefined;
  /** The thread that finishes pages and writes files beside them during a build (finisher.ts). */
  finisher: Finisher | undefined;
}

const KEY = Symbol.for('error-atlas.page-record');

/** A record with nothing in it yet; the build has one ({@link pageRecord}), tests make their own. */
export function emptyPageRecord(): PageRecord {
  return {
    known: emptyInlines(),
    pages: new Map(),
    completed: 0,
    blocked: [],
    outDir: undefined,
    finisher: undefined,
  };
}

/** The build's record, created on first use. */
export function pageRecord(): PageRecord {
  const global = globalThis as { [KEY]?: PageRecord };
  global[KEY] ??= emptyPageRecord();
  return global[KEY];
}

/**
 * The same strings, copied out of the page they were read from. A string sliced from a page keeps
 * the whole page in memory while it lives, and the record keeps every page's ids and links until
 * the build ends: without the copy, a 10,000-entry build would hold all of its pages' HTML. Joined,
 * the parts are one new string, and splitting it gives parts of that string alone.
 */
function detached(list: string[]): string[] {
  const parts = list.join('\0').split('\0');
  // A part holding the separator itself (never seen in a page) leaves the list as it was.
  return parts.length === list.length ? parts : list;
}

/**
 * Reads a rendered page once: completes its Content-Security-Policy with the hashes of the inline
 * code its components wrote (csp/complete-policy.ts) and records its ids and links for the link
 * check. Returns the page as it should be written; throws for a page that marks something for the
 * search index where the index does not read it.
 */
export function finishPage(html: string, sitePath: string, record = pageRecord()): string {
  const page = scanHtml(html);
  if (page.searchAttributesOutsideRoot.length > 0)
    throw new Error(
      `${sitePath} has ${page.searchAttributesOutsideRoot.join(', ')} outside <${SEARCH_ROOT}>, which the search index does not read (search-index.ts): move it into <${SEARCH_ROOT}>.`,
    );
  record.pages.set(sitePath, { ids: new Set(detached(page.ids)), hrefs: detached(page.hrefs) });
  const result = completePage(html, record.known, page);
  if (result.blocked > 0) record.blocked.push(sitePath);
  if (result.html !== html) record.completed++;
  return result.html;
}

/**
 * Writes a file that mirrors the page being rendered (an entry's JSON and Markdown twins) into the
 * build's output, at `sitePath` (without the base). A build of 10,000 entries renders 20,000 such
 * files; as Astro routes, each one went through the whole request pipeline (route match, props,
 * middleware, response) and they took longer to build than the pages themselves. Here the page
 * that already holds the entry hands them to the build's second thread, which writes them while
 * the next pages render; a failed write fails the build when the thread is closed.
 */
export function writeBeside(sitePath: string, text: string, record = pageRecord()): void {
  const { outDir, finisher } = record;
  if (!outDir) throw new Error(`Cannot write ${sitePath}: the build's output folder is not known yet.`);
  if (!finisher) throw new Error(`Cannot write ${sitePath}: the build's page finisher has not started.`);
  finisher.write(join(outDir, sitePath), text);
}
