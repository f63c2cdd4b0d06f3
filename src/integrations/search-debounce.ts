import type { AstroIntegration } from 'astro';

/** Milliseconds Pagefind's UI waits after a keystroke before searching (its default is 300). */
export const SEARCH_DEBOUNCE_MS = 60;

const PAGEFIND_CONFIG = /\0virtual:starlight\/pagefind-config$/;

/**
 * Shortens the search box's debounce so an exact code shows its result well within 300 ms of the
 * last keystroke. Starlight's `pagefind` option does not pass `debounceTimeoutMs` through (its
 * schema strips unknown keys), so this adds it to the config module Starlight hands to PagefindUI.
 */
export function searchDebounce(ms = SEARCH_DEBOUNCE_MS): AstroIntegration {
  return {
    name: 'error-atlas:search-debounce',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'error-atlas:search-debounce',
                enforce: 'post',
                transform(code, id) {
                  if (!PAGEFIND_CONFIG.test(id)) return undefined;
                  return `${code}\npagefindUserConfig.debounceTimeoutMs = ${ms};\n`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
