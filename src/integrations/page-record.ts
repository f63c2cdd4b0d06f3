import type { PageLinks } from './check-links.ts';
import type { ComponentInlines } from './csp/component-inlines.ts';
import { completePage } from './csp/complete-policy.ts';
import { scanHtml } from './html/scan-html.ts';

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
}

const KEY = Symbol.for('error-atlas.page-record');

/** The build's record, created on first use. */
export function pageRecord(): PageRecord {
  const global = globalThis as { [KEY]?: PageRecord };
  global[KEY] ??= {
    known: { scripts: new Set(), styles: new Set(), styleAttributes: new Set() },
    pages: new Map(),
    completed: 0,
    blocked: [],
  };
  return global[KEY];
}

/**
 * Reads a rendered page once: completes its Content-Security-Policy with the hashes of the inline
 * code its components wrote (csp/complete-policy.ts) and records its ids and links for the link
 * check. Returns the page as it should be written.
 */
export function finishPage(html: string, sitePath: string, record = pageRecord()): string {
  const page = scanHtml(html);
  record.pages.set(sitePath, { ids: new Set(page.ids), hrefs: page.hrefs });
  const result = completePage(html, record.known, page);
  if (result.blocked > 0) record.blocked.push(sitePath);
  if (result.html !== html) record.completed++;
  return result.html;
}
