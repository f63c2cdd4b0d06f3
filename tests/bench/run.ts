/**
 * `npm run bench [-- --quick | --at N] [--no-default-baseline] [--pairs K]`: measures the decoder, page weight, build scaling against
 * bare Starlight (bounded and default sidebar), search at 10,000 entries and Lighthouse; prints a
 * table and writes bench-results.json. `--quick` skips the 1,000–10,000-entry builds, the search
 * figure and Lighthouse; `--at N` builds at the real catalog's size and at N entries only, and skips
 * the search figure and Lighthouse, so one size can be checked in a few minutes;
 * `--no-default-baseline` leaves out the default-sidebar baseline (its figures are then `null`);
 * `--pairs K` sets how many interleaved builds of the site and the bounded baseline the largest
 * size takes (3 unless told; measure-build.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { measureDecoder } from './measure-decoder.ts';
import { measureBuild, type BuildFigure } from './measure-build.ts';
import { decoderIndexSize, decoderIslandJs, pageWeight, type PageWeight } from './measure-weight.ts';
import { errorsIndexSize } from './measure-errors-index.ts';

const root = resolve(import.meta.dirname, '../..');
const quick = process.argv.includes('--quick');
/** `--at N`: the one catalog size to build besides the real one. */
function atSize(): number | undefined {
  const at = process.argv.indexOf('--at');
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 100)
    throw new Error(
      `--at needs a whole number of entries of at least 100, got "${process.argv[at + 1] ?? ''}"`,
    );
  return value;
}
const at = atSize();
// The default-sidebar baseline grows quadratically (14 minutes at 10,000 pages on an idle machine).
const withDefaultBaseline = !process.argv.includes('--no-default-baseline');
/**
 * `--pairs K`: how many interleaved builds of the site and the bounded baseline to take at the
 * largest size, whose ratio carries the target (measure-build.ts); 3 unless told.
 */
function pairCount(): number {
  const at = process.argv.indexOf('--pairs');
  if (at < 0) return 3;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--pairs needs a whole number of at least 1, got "${process.argv[at + 1] ?? ''}"`);
  return value;
}
const pairs = pairCount();
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
  say(
    `  index at 72 / 10,000 entries (gzip)    ${decoder.index_gzip_72} / ${decoder.index_gzip_10k} B  ≤ 6,144 B at 72`,
  );

  const realCount = loadCatalog(root).catalog.entries.length;
  const sizes = quick ? [realCount] : at ? [realCount, at] : [realCount, 1000, 5000, 10_000];
  const builds: (BuildFigure & { dist: string; baselineDist: string })[] = [];
  say(
    '\nBuild          entries  seconds  bounded  ratio  default  ratio  peak MB  bounded MB  default MB  s/entry',
  );
  for (const entries of sizes) {
    const figure = measureBuild(root, work, entries, realCount, {
      withDefaultBaseline,
      pairs: entries === sizes.at(-1) && entries > realCount ? pairs : 1,
    });
    builds.push(figure);
    const cells = [
      [entries, 7],
      [figure.seconds, 7],
      [figure.baseline_bounded_seconds, 7],
      [figure.ratio_bounded, 5],
      [figure.baseline_seconds, 7],
      [figure.ratio, 5],
      [figure.peak_mb, 7],
      [figure.baseline_bounded_peak_mb, 10],
      [figure.baseline_peak_mb, 10],
    ] as const;
    say(
      `            ${cells.map(([v, w]) => String(v ?? '—').padStart(w)).join('  ')}  ${(figure.seconds / entries).toFixed(4)}`,
    );
    if (figure.pairs)
      say(
        `              medians of ${figure.pairs.length} interleaved pairs (site / bounded s): ` +
          figure.pairs.map((p) => `${p.seconds} / ${p.baseline_bounded_seconds}`).join(', ') +
          "; the ratio is the median of the pairs' ratios",
      );
  }
  results['build'] = builds.map((b) => ({
    entries: b.entries,
    seconds: b.seconds,
    peak_mb: b.peak_mb,
    baseline_bounded_seconds: b.baseline_bounded_seconds,
    baseline_bounded_peak_mb: b.baseline_bounded_peak_mb,
    baseline_seconds: b.baseline_seconds,
    baseline_peak_mb: b.baseline_peak_mb,
    ...(b.pairs ? { ratio_bounded: b.ratio_bounded, pairs: b.pairs } : {}),
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
    decoder_island_js_gzip: decoderIslandJs(small.dist, '/decode/', '/status/400/'),
    entry_page_js_gzip: weights['entry']!.js,
    baseline_page_js_gzip: weights['bare Starlight page']!.js,
    entry_html_gzip_72: weights['entry']!.html,
    errors_index_html_gzip_72: errorsIndexSize(small.dist).html,
  };
  // The pages with the decoder and the index file, at each size built: the pages must stay flat.
  for (const build of builds.length > 1 ? [small, builds.at(-1)!] : [small]) {
    size[`home_html_gzip_${build.entries}`] = pageWeight(build.dist, '/').html;
    size[`decode_html_gzip_${build.entries}`] = pageWeight(build.dist, '/decode/').html;
    size[`decoder_index_gzip_${build.entries}`] = decoderIndexSize(build.dist, '/decode/');
  }
  const largest = builds.at(-1)!;
  say(`  decoder island JS, index excluded: ${size['decoder_island_js_gzip']} B (target ≤ 14,336)`);
  if (largest !== small) {
    const [n, m] = [small.entries, largest.entries];
    const ratio = (key: string) => (size[`${key}_${m}`]! / size[`${key}_${n}`]!).toFixed(2);
    say(
      `  home HTML at ${n} / ${m} entries: ${size[`home_html_gzip_${n}`]} / ${size[`home_html_gzip_${m}`]} B, ${ratio('home_html_gzip')}× (target ≤ 1.1×)`,
    );
    say(
      `  /decode/ HTML at ${n} / ${m} entries: ${size[`decode_html_gzip_${n}`]} / ${size[`decode_html_gzip_${m}`]} B, ${ratio('decode_html_gzip')}× (target ≤ 1.1×)`,
    );
    const perEntry = (size[`decoder_index_gzip_${m}`]! - size[`decoder_index_gzip_${n}`]!) / (m - n);
    say(
      `  decoder index file at ${n} / ${m} entries: ${size[`decoder_index_gzip_${n}`]} / ${size[`decoder_index_gzip_${m}`]} B gzip, ${perEntry.toFixed(1)} B per added entry`,
    );
  } else {
    say(
      `  decoder index file at ${small.entries} entries: ${size[`decoder_index_gzip_${small.entries}`]} B gzip`,
    );
  }
  // The first entry of the largest synthetic service (928 entries at 1,000, 2,000 from 2,000 up),
  // whose page lists its service's other errors of its status: it must not grow with the service.
  const syntheticBuilds = builds.filter((b) => b.entries > realCount);
  for (const build of syntheticBuilds)
    size[`largest_service_entry_html_gzip_${build.entries}`] = pageWeight(
      build.dist,
      '/errors/synthetic-001/error-1/',
    ).html;
  if (syntheticBuilds.length > 0)
    say(
      `  entry of the largest service at ${syntheticBuilds.map((b) => b.entries).join(' / ')} entries: ` +
        `${syntheticBuilds.map((b) => size[`largest_service_entry_html_gzip_${b.entries}`]).join(' / ')} B`,
    );
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

  if (!quick && !at) {
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
