import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBaselineDocs, writeSyntheticCatalog } from './synthetic-catalog.ts';

/**
 * Builds the site and two bare Starlight sites of the same page count, the same way, and reports
 * wall-clock seconds and peak resident memory (from `/usr/bin/time -f %M`). The fair baseline has a
 * bounded sidebar (at most {@link BOUNDED_SIDEBAR_LINKS} links, as this site's); the other keeps
 * Starlight's default sidebar, which lists every page on every page and so grows quadratically.
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
}

/** Links in the bounded baseline's sidebar: this site's sidebar lists at most 30 entries. */
export const BOUNDED_SIDEBAR_LINKS = 30;

/** Which sidebar a bare Starlight baseline has. */
export type BaselineSidebar = 'default' | 'bounded';

interface Timed {
  seconds: number;
  peakMb: number;
}

function timedBuild(cwd: string, outDir: string, env: NodeJS.ProcessEnv): Timed {
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

export function measureBuild(
  root: string,
  dir: string,
  entries: number,
  realCount: number,
  withDefaultBaseline = true,
): BuildFigure & { dist: string; baselineDist: string } {
  const content = makeCatalog(root, dir, entries, realCount);
  const dist = join(dir, `dist-${entries}`);
  const ours = timedBuild(root, dist, { ERROR_ATLAS_CONTENT: content });
  const boundedDist = join(dir, `baseline-bounded-dist-${entries}`);
  const bounded = timedBuild(makeBaseline(dir, entries, 'bounded'), boundedDist, {});
  const baselineDist = join(dir, `baseline-dist-${entries}`);
  const theirs = withDefaultBaseline
    ? timedBuild(makeBaseline(dir, entries, 'default'), baselineDist, {})
    : undefined;
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    entries,
    seconds: ours.seconds,
    peak_mb: ours.peakMb,
    baseline_bounded_seconds: bounded.seconds,
    baseline_bounded_peak_mb: bounded.peakMb,
    ratio_bounded: ratio(ours.seconds, bounded.seconds),
    baseline_seconds: theirs?.seconds ?? null,
    baseline_peak_mb: theirs?.peakMb ?? null,
    ratio: theirs ? ratio(ours.seconds, theirs.seconds) : null,
    dist,
    baselineDist: theirs ? baselineDist : boundedDist,
  };
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
