import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks, sitePathOf } from './check-links.ts';
import { collectComponentInlines } from './csp/component-inlines.ts';
import { startFinisher } from './finisher.ts';
import { finishPage, pageRecord } from './page-record.ts';
import { buildSearchIndex } from './search-index.ts';

/**
 * Finishes the built pages, reading each one once:
 * - it completes the Content-Security-Policy that Astro writes into every page. Astro hashes the
 *   scripts and styles it bundles; what it leaves out — Starlight's `is:inline` scripts and the
 *   `style="…"` attributes of its components and of highlighted code — would be blocked. A hash is
 *   added for each of them, page by page, so the policy stays hash-based and never needs
 *   'unsafe-inline'. Only what a compiled component writes is hashed (see csp/complete-policy.ts):
 *   while Vite loads each `.astro` file of the build, its inline scripts, styles and literal style
 *   attributes are collected; each page's inline code is matched against them;
 * - it fails the build when a page links to a page or an anchor that does not exist (check-links.ts).
 *
 * Both happen as each page is rendered, before Astro writes it: a middleware hands the page to the
 * build's second thread (finisher.ts), which also writes the files that mirror the pages. After
 * the build, a page the middleware did not see (one Astro wrote without rendering it through the
 * middleware) is read from disk and finished the same way, so no page escapes either check.
 *
 * Last, it builds the search index of the finished pages (search-index.ts).
 * @see https://www.w3.org/TR/CSP3/#unsafe-hashes-usage
 */
export function finishPages(): AstroIntegration {
  const record = pageRecord();
  let base = '/';
  return {
    name: 'error-atlas:finish-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig, addMiddleware }) => {
        addMiddleware({
          order: 'post',
          entrypoint: new URL('./finish-pages-middleware.ts', import.meta.url),
        });
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'error-atlas:component-inlines',
                load(id) {
                  // A component's source as written, before Astro compiles it; returning nothing
                  // leaves the loading to Vite.
                  if (id.endsWith('.astro') && existsSync(id)) {
                    collectComponentInlines(readFileSync(id, 'utf8'), record.known);
                  }
                  return null;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        record.outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        record.finisher = startFinisher(() => record.known);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        if (!record.finisher) throw new Error('The page finisher was not started with the build.');
        const report = await record.finisher.close();
        record.finisher = undefined;
        if (report.writeFailure) throw new Error(report.writeFailure);
        for (const [sitePath, links] of report.pages) record.pages.set(sitePath, links);
        record.completed += report.completed;
        record.blocked.push(...report.blocked);
        let readBack = 0;
        for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const sitePath = sitePathOf(file, base);
          if (record.pages.has(sitePath)) continue;
          const path = join(dist, file);
          const html = readFileSync(path, 'utf8');
          const finished = finishPage(html, sitePath, record);
          if (finished !== html) writeFileSync(path, finished);
          readBack++;
        }
        logger.info(
          `Completed the Content-Security-Policy of ${record.completed} pages from ${record.known.scripts.size} component scripts` +
            ` (${readBack} read back after the build).`,
        );
        // Content cannot write a script (the build refuses it), so a blocked one is a component's
        // script whose text Astro generates (define:vars, set:html): it will not run.
        if (record.blocked.length > 0) {
          logger.warn(
            `${record.blocked.length} pages hold inline scripts no component writes as text; the policy blocks them: ${record.blocked.slice(0, 3).join(', ')}`,
          );
        }
        const problems = brokenLinks(record.pages, dist, base);
        if (problems.length > 0) {
          throw new Error(`Broken links:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        }
        logger.info('Every internal link and anchor resolves.');
        await buildSearchIndex(dist, logger);
      },
    },
  };
}
