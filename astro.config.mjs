// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { finishPages } from './src/integrations/finish-pages.ts';

// `ERROR_ATLAS_BASE` serves the site from a sub-path, as a project page host would.
const base = process.env.ERROR_ATLAS_BASE ?? '/';
// `ERROR_ATLAS_CONTENT` builds another catalog (failure tests, benchmarks): give it its own
// content cache so its entries never mix with the real catalog's.
const otherContent = process.env.ERROR_ATLAS_CONTENT;

export default defineConfig({
  site: 'https://error-atlas.example',
  base,
  trailingSlash: 'always',
  // Four pages render at a time, so the main thread has a next page to render while the build's
  // second thread finishes earlier ones (src/integrations/finisher.ts) and their files are written.
  // With two, it sat waiting for about a sixth of the page generation at 10,000 entries.
  build: { concurrency: 4 },
  ...(otherContent ? { cacheDir: `${otherContent.replace(/\/$/, '')}.astro-cache` } : {}),
  // Every page carries a Content-Security-Policy with hashes for its scripts and styles: nothing
  // loads from or is sent to another origin. Pagefind's search runs WebAssembly, hence
  // 'wasm-unsafe-eval'; connect-src 'self' lets it fetch its own index and nothing else.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "connect-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [
    finishPages(),
    starlight({
      title: 'Error Atlas',
      description:
        'Every documented HTTP API error, what it means and how to fix it — and a decoder that reads your pasted response without it leaving the browser.',
      customCss: ['./src/styles/atlas.css'],
      components: {
        // The title wraps long codes at word boundaries and draws an entry's breadcrumbs above itself.
        PageTitle: './src/components/PageTitle.astro',
        // Search answers exact codes from a static map, then full text from Pagefind's JS API.
        Search: './src/components/Search.astro',
      },
      disable404Route: true,
      // The search index is built once the pages are finished, by the site's own step
      // (src/integrations/search-index.ts), which tells Pagefind where in a page to read.
      pagefind: false,
    }),
  ],
});
