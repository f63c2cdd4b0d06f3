/**
 * `npm run bench [-- --quick]`: measures the decoder, page weight, build scaling against a bare
 * Starlight site, search at 10,000 entries and Lighthouse; prints a table and writes
 * bench-results.json. `--quick` skips the 1,000–10,000-entry builds, the search figure and Lighthouse.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { bundleGzip } from '../support/bundle-size.ts';
import { measureDecoder } from './measure-decoder.ts';
import { measureBuild, type BuildFigure } from './measure-build.ts';
import { embeddedIndexSize, pageWeight, type PageWeight } from './measure-weight.ts';
import { errorsIndexSize } from './measure-errors-index.ts';

const root = resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');
// Inside the repo (ignored by git) so the bare Starlight baseline resolves this repo's node_modules.
mkdirSync(join(root, '.bench'), { recursive: true });
const work = mkdtempSync(join(root, '.bench', 'run-'));
const results: Record<string, unknown> = {};
const lines: string[] = [];
const say = (line: string) => {
  lines.push(line);
  console.log(line);
};

try {
  say(
    `Error Atlas bench — ${new Date().toISOString()} — ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${quick ? ' (quick)' : ''}`,
  );

  const decoder = measureDecoder(root);
  const decoderJs = await bundleGzip(join(root, 'src/components/decoder-island.ts'));
  results['decode'] = {
    typical_median_us: decoder.typical_median_us,
    har_1mb_ms: decoder.har_1mb_ms,
    paste_10mb_ms: decoder.paste_10mb_ms,
    catalog_72_median_us: decoder.catalog_72_median_us,
    catalog_10k_median_us: decoder.catalog_10k_median_us,
  };
  say('\nDecoder                                  measured      target');
  say(`  typical response, median               ${decoder.typical_median_us} µs      ≤ 50 µs`);
  say(`  1 MB HAR                               ${decoder.har_1mb_ms} ms      ≤ 50 ms`);
  say(`  10 MB paste                            ${decoder.paste_10mb_ms} ms      ≤ 500 ms`);
  say(
    `  median at 72 / 10,000 entries          ${decoder.catalog_72_median_us} / ${decoder.catalog_10k_median_us} µs  ≤ 2×`,
  );
  say(`  decoder island JS (minified, gzip)     ${decoderJs} B      ≤ 14,336 B (target)`);
  say(
    `  index at 72 / 10,000 entries (gzip)    ${decoder.index_gzip_72} / ${decoder.index_gzip_10k} B  ≤ 6,144 B at 72`,
  );

  const realCount = loadCatalog(root).catalog.entries.length;
  const sizes = quick ? [realCount] : [realCount, 1000, 5000, 10_000];
  const builds: (BuildFigure & { dist: string; baselineDist: string })[] = [];
  say('\nBuild             entries   seconds  baseline  ratio  peak MB  baseline MB  s/entry');
  for (const entries of sizes) {
    const figure = measureBuild(root, work, entries, realCount);
    builds.push(figure);
    say(
      `                  ${String(entries).padStart(7)}  ${String(figure.seconds).padStart(7)}  ${String(figure.baseline_seconds).padStart(8)}  ${String(figure.ratio).padStart(5)}  ${String(figure.peak_mb).padStart(7)}  ${String(figure.baseline_peak_mb).padStart(11)}  ${(figure.seconds / entries).toFixed(4)}`,
    );
  }
  results['build'] = builds.map(({ entries, seconds, baseline_seconds, peak_mb }) => ({
    entries,
    seconds,
    baseline_seconds,
    peak_mb,
  }));

  const small = builds[0]!;
  const entryPath = '/errors/azure-log-analytics/bad-argument-error/';
  const weights: Record<string, PageWeight> = {
    home: pageWeight(small.dist, '/'),
    entry: pageWeight(small.dist, entryPath),
    status: pageWeight(small.dist, '/status/400/'),
    decode: pageWeight(small.dist, '/decode/'),
    'bare Starlight page': pageWeight(small.baselineDist, '/page-1/'),
  };
  say('\nPage weight (gzip bytes)   HTML      JS     CSS');
  for (const [name, w] of Object.entries(weights))
    say(
      `  ${name.padEnd(22)} ${String(w.html).padStart(6)}  ${String(w.js).padStart(6)}  ${String(w.css).padStart(6)}`,
    );
  const size: Record<string, number> = {
    decoder_island_js_gzip: decoderJs,
    decoder_index_gzip: embeddedIndexSize(small.dist, '/decode/'),
    entry_page_js_gzip: weights['entry']!.js,
    baseline_page_js_gzip: weights['bare Starlight page']!.js,
    entry_html_gzip_72: weights['entry']!.html,
    errors_index_html_gzip_72: errorsIndexSize(small.dist).html,
  };
  const largest = builds.at(-1)!;
  if (largest.entries >= 10_000) {
    size['entry_html_gzip_10k'] = pageWeight(largest.dist, entryPath).html;
    const errorsIndex = errorsIndexSize(largest.dist);
    size['errors_index_html_gzip_10k'] = errorsIndex.html;
    size['errors_rows_json_gzip_10k'] = errorsIndex.rowsJson;
  }
  results['size'] = size;
  say(
    `  entry JS vs bare Starlight page JS: ${size['entry_page_js_gzip']} vs ${size['baseline_page_js_gzip']} B (target: equal)`,
  );
  if (size['entry_html_gzip_10k']) {
    say(
      `  entry HTML at 72 / 10,000 entries: ${size['entry_html_gzip_72']} / ${size['entry_html_gzip_10k']} B (target ≤ 1.2×)`,
    );
    say(
      `  /errors/ HTML at 72 / 10,000 entries: ${size['errors_index_html_gzip_72']} / ${size['errors_index_html_gzip_10k']} B (target ≤ 153,600); its rows.json at 10,000: ${size['errors_rows_json_gzip_10k']} B`,
    );
  }

  if (!quick) {
    const { measureSearch } = await import('./measure-search.ts');
    // An exact code (answered from one shard of the code map) and a phrase from an entry's text
    // (Pagefind), both leading to a real entry that every synthetic catalog keeps.
    const exact = {
      query: 'InvalidTokenHeader',
      expectedPath: '/errors/coveo-ua-write/invalid-token-header/',
    };
    const words = {
      query: 'refresh token expired',
      expectedPath: '/errors/azure-log-analytics/invalid-grant/',
    };
    const at1k = builds.find((b) => b.entries === 1000);
    const exact1k = at1k ? await measureSearch(at1k.dist, exact) : undefined;
    const exactLargest = await measureSearch(largest.dist, exact);
    const fullText = await measureSearch(largest.dist, words, { fullText: true });
    const n = largest.entries >= 10_000 ? '10k' : String(largest.entries);
    results['search'] = {
      [`exact_query_bytes_${n}`]: exactLargest.bytes,
      [`exact_query_requests_${n}`]: exactLargest.requests,
      ...(exact1k ? { exact_query_bytes_1k: exact1k.bytes } : {}),
      [`fulltext_query_bytes_${n}`]: fullText.bytes,
      [`first_result_ms_${n}`]: exactLargest.firstResultMs,
      [`fulltext_first_result_ms_${n}`]: fullText.firstResultMs,
    };
    say(`\nSearch at ${largest.entries} entries                 measured      target`);
    say(
      `  exact code: bytes / requests           ${exactLargest.bytes} B / ${exactLargest.requests}   ≤ 5,120 B / ≤ 2`,
    );
    if (exact1k) say(`  exact code at 1,000 entries: bytes     ${exact1k.bytes} B      flat from 1,000`);
    say(`  exact code: first result               ${exactLargest.firstResultMs} ms      ≤ 300 ms`);
    say(`  full text: bytes                       ${fullText.bytes} B      ≤ 122,880 B`);
    say(`  full text: first result                ${fullText.firstResultMs} ms`);

    const { measureLighthouse } = await import('./measure-lighthouse.ts');
    const scores = await measureLighthouse(small.dist, { home: '/', entry: entryPath, decode: '/decode/' });
    results['lighthouse'] = scores;
    say('\nLighthouse          perf  a11y  best  seo');
    for (const [name, s] of Object.entries(scores)) {
      say(
        `  ${name.padEnd(16)} ${String(s.performance).padStart(5)} ${String(s.accessibility).padStart(5)} ${String(s['best-practices']).padStart(5)} ${String(s.seo).padStart(4)}`,
      );
    }
  }

  writeFileSync(join(root, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  say('\nWrote bench-results.json');
} finally {
  rmSync(work, { recursive: true, force: true });
}
