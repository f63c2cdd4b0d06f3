/**
 * The full-text half of search: Pagefind's own JS API (`/pagefind/pagefind.js`), loaded the first
 * time a query needs it. Filters are read only when {@link loadFilters} is called, that is when the
 * reader opens the filter panel; a plain search never fetches the filter indexes.
 * @see https://pagefind.app/docs/api/
 */

/** One full-text hit, as the dialog shows it. */
export interface PageHit {
  url: string;
  title: string;
  /** Pagefind's excerpt: text with the matched words in `<mark>`. */
  excerpt: string;
}

/** Selected filter values by filter name (`service`, `status`). */
export type FilterSelection = Record<string, string[]>;

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string,
    options?: { filters?: Record<string, { any: string[] }> },
  ) => Promise<{
    results: PagefindResult[];
  } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * Ranking weights: an exact term counts far more than a similar one (a code typed in full must beat
 * its longer neighbours), and page length and term frequency count little (entry pages differ in
 * length for reasons unrelated to relevance).
 */
const RANKING = { termSimilarity: 10, pageLength: 0.1, termFrequency: 0.2 };

let api: Promise<PagefindApi> | undefined;

function pagefind(base: string): Promise<PagefindApi> {
  api ??= (async () => {
    const prefix = base.replace(/\/$/, '');
    const module = (await import(/* @vite-ignore */ `${prefix}/pagefind/pagefind.js`)) as PagefindApi;
    // In the page's own thread: the index is small, and the worker would be one more file to fetch.
    await module.options({ baseUrl: base, ranking: RANKING, excerptLength: 24, noWorker: true });
    return module;
  })();
  api.catch(() => (api = undefined));
  return api;
}

/** The first `limit` full-text hits for `term` (after `offset`), narrowed by the selected filters. */
export async function searchPages(
  term: string,
  base: string,
  filters: FilterSelection,
  offset: number,
  limit: number,
): Promise<{ hits: PageHit[]; total: number }> {
  const chosen = Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  const found = await (await pagefind(base)).search(term, { filters: chosen });
  const results = found?.results ?? [];
  const hits = await Promise.all(
    results.slice(offset, offset + limit).map(async (result) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, excerpt: data.excerpt };
    }),
  );
  return { hits, total: results.length };
}

/** Every filter and its values with page counts; this is what fetches the filter indexes. */
export async function loadFilters(base: string): Promise<Record<string, Record<string, number>>> {
  return (await pagefind(base)).filters();
}
