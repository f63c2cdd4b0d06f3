import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBaselineDocs, writeSyntheticCatalog } from './synthetic-catalog.ts';

/**
 * Builds the site and two bare Starlight sites of the same page count, the same way, and reports
 * wall-clock seconds and peak resident memory (from `/usr/bin/time -f %M`). The fair baseline has a
 * bounded sidebar (at most {@link BOUNDED_SIDEBAR_LINKS} links, as this site's); the other keeps
 * Starlight's default sidebar, which lists every page on every page and so grows quadratically.
 *
 * A shared machine's speed drifts by tens of percent within minutes, so one build of each can put
 * the ratio anywhere in a wide band. With `pairs` above one, the site and the bounded baseline are
 * built that many times, one after the other, each from a cold cache into an empty folder; the
 * figures are the medians, and the ratio is the median of each pair's ratio, so a drift that slows
 * both builds of a pair leaves their ratio alone.
 */

export interface BuildFigure {
  entries: number;
  seconds: number;
  peak_mb: number;
  /** Bare Starlight, bounded sidebar: the baseline the targets use. */
  baseline_bounded_seconds: number;
  baseline_bounded_peak_mb: number;
  ratio_bounded: number;
  /** Bare Starlight, default sidebar; `null` when the run skipped it (`--no-default-baseline`). */
  baseline_seconds: number | null;
  baseline_peak_mb: number | null;
  ratio: number | null;
  /** Each interleaved pair of builds, site and bounded baseline, when there was more than one. */
  pairs?: { seconds: number; baseline_bounded_seconds: number }[];
}

/** Links in the bounded baseline's sidebar: this site's sidebar lists at most 30 entries. */
export const BOUNDED_SIDEBAR_LINKS = 30;

/** Which sidebar a bare Starlight baseline has. */
export type BaselineSidebar = 'default' | 'bounded';

interface Timed {
  seconds: number;
  peakMb: number;
}

/** One `astro build` from a cold cache (`cacheDir`, removed first) into an empty `outDir`. */
function timedBuild(cwd: string, outDir: string, cacheDir: string, env: NodeJS.ProcessEnv): Timed {
  for (const dir of [outDir, cacheDir, join(cwd, '.astro')]) rmSync(dir, { recursive: true, force: true });
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', 'npx', 'astro', 'build', '--outDir', outDir], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0)
    throw new Error(`build in ${cwd} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
  const kb = Number(/peak-kb (\d+)/.exec(run.stderr)?.[1] ?? 0);
  return { seconds: Math.round(seconds * 10) / 10, peakMb: Math.round(kb / 1024) };
}

/** A catalog of `entries` entries: the real one, topped up with synthetic services. */
export function makeCatalog(root: string, dir: string, entries: number, realCount: number): string {
  const content = join(dir, `content-${entries}`);
  cpSync(join(root, 'content'), content, { recursive: true });
  if (entries > realCount) writeSyntheticCatalog(content, entries - realCount);
  return content;
}

/** A bare Starlight project with `pages` Markdown pages; it lives below the repo and uses its node_modules. */
export function makeBaseline(dir: string, pages: number, sidebar: BaselineSidebar = 'default'): string {
  const project = join(dir, `baseline-${sidebar}-${pages}`);
  const links = Array.from({ length: Math.min(pages, BOUNDED_SIDEBAR_LINKS) }, (_, i) => `page-${i + 1}`);
  const options =
    sidebar === 'bounded'
      ? `{ title: 'Baseline', sidebar: [{ label: 'Pages', items: ${JSON.stringify(links)} }] }`
      : "{ title: 'Baseline' }";
  mkdirSync(join(project, 'src/content'), { recursive: true });
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'baseline',
      type: 'module',
      private: true,
      dependencies: { astro: '*', '@astrojs/starlight': '*' },
    }),
  );
  writeFileSync(
    join(project, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n" +
      `export default defineConfig({ site: 'https://baseline.example', integrations: [starlight(${options})] });\n`,
  );
  writeFileSync(
    join(project, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n" +
      "import { docsSchema } from '@astrojs/starlight/schema';\n" +
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n',
  );
  writeBaselineDocs(join(project, 'src/content/docs'), pages);
  return project;
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
/** The median, to `places` decimals (the mean of the middle two of an even count). */
const median = (values: number[], places = 1): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2, places);
};
const ratio = (a: number, b: number) => round(a / b, 2);

export function measureBuild(
  root: string,
  dir: string,
  entries: number,
  realCount: number,
  { withDefaultBaseline = true, pairs = 1 } = {},
): BuildFigure & { dist: string; baselineDist: string } {
  const content = makeCatalog(root, dir, entries, realCount);
  const dist = join(dir, `dist-${entries}`);
  const boundedProject = makeBaseline(dir, entries, 'bounded');
  const boundedDist = join(dir, `baseline-bounded-dist-${entries}`);
  const runs: { ours: Timed; bounded: Timed }[] = [];
  for (let i = 0; i < pairs; i++) {
    // The site's content cache is named after its catalog (astro.config.mjs); the baseline's is Astro's default.
    const ours = timedBuild(root, dist, `${content}.astro-cache`, { ERROR_ATLAS_CONTENT: content });
    const bounded = timedBuild(boundedProject, boundedDist, join(boundedProject, 'node_modules/.astro'), {});
    runs.push({ ours, bounded });
  }
  const baselineDist = join(dir, `baseline-dist-${entries}`);
  const defaultProject = withDefaultBaseline ? makeBaseline(dir, entries, 'default') : undefined;
  const theirs = defaultProject
    ? timedBuild(defaultProject, baselineDist, join(defaultProject, 'node_modules/.astro'), {})
    : undefined;
  const seconds = median(runs.map((r) => r.ours.seconds));
  const bounded = median(runs.map((r) => r.bounded.seconds));
  return {
    entries,
    seconds,
    peak_mb: median(
      runs.map((r) => r.ours.peakMb),
      0,
    ),
    baseline_bounded_seconds: bounded,
    baseline_bounded_peak_mb: median(
      runs.map((r) => r.bounded.peakMb),
      0,
    ),
    ratio_bounded:
      runs.length > 1
        ? median(
            runs.map((r) => ratio(r.ours.seconds, r.bounded.seconds)),
            2,
          )
        : ratio(seconds, bounded),
    baseline_seconds: theirs?.seconds ?? null,
    baseline_peak_mb: theirs?.peakMb ?? null,
    ratio: theirs ? ratio(seconds, theirs.seconds) : null,
    ...(runs.length > 1
      ? { pairs: runs.map((r) => ({ seconds: r.ours.seconds, baseline_bounded_seconds: r.bounded.seconds })) }
      : {}),
    dist,
    baselineDist: theirs ? baselineDist : boundedDist,
  };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
