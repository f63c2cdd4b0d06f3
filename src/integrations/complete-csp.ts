import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectComponentInlines, emptyInlines } from './csp/component-inlines.ts';
import { completePage } from './csp/complete-policy.ts';

/**
 * Completes the Content-Security-Policy that Astro writes into every page. Astro hashes the
 * scripts and styles it bundles; what it leaves out — Starlight's `is:inline` scripts and the
 * `style="…"` attributes of its components and of highlighted code — would be blocked. This adds a
 * hash for each of them, page by page, so the policy stays hash-based and never needs
 * 'unsafe-inline'. Only what a compiled component writes is hashed (see csp/complete-policy.ts):
 * while Vite loads each `.astro` file of the build, its inline scripts, styles and literal style
 * attributes are collected; after the build, each page's inline code is matched against them.
 * @see https://www.w3.org/TR/CSP3/#unsafe-hashes-usage
 */
export function completeCsp(): AstroIntegration {
  const known = emptyInlines();
  return {
    name: 'error-atlas:complete-csp',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'error-atlas:component-inlines',
                load(id) {
                  // A component's source as written, before Astro compiles it; returning nothing
                  // leaves the loading to Vite.
                  if (id.endsWith('.astro') && existsSync(id)) {
                    collectComponentInlines(readFileSync(id, 'utf8'), known);
                  }
                  return null;
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        let pages = 0;
        const blockedOn: string[] = [];
        for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const path = join(dist, file);
          const html = readFileSync(path, 'utf8');
          const completed = completePage(html, known);
          if (completed.blocked > 0) blockedOn.push(file);
          if (completed.html !== html) {
            writeFileSync(path, completed.html);
            pages++;
          }
        }
        logger.info(
          `Completed the Content-Security-Policy of ${pages} pages from ${known.scripts.size} component scripts.`,
        );
        // Content cannot write a script (the build refuses it), so a blocked one is a component's
        // script whose text Astro generates (define:vars, set:html): it will not run.
        if (blockedOn.length > 0) {
          logger.warn(
            `${blockedOn.length} pages hold inline scripts no component writes as text; the policy blocks them: ${blockedOn.slice(0, 3).join(', ')}`,
          );
        }
      },
    },
  };
}
