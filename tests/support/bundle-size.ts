import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

/**
 * Gzipped bytes of what the site ships for `entry`: the entry and everything it imports, bundled
 * and minified by Vite, the bundler Astro builds the site's scripts with, with Astro's client
 * settings (ES modules, `esnext`, default minifier). Every chunk counts, so code split off still
 * weighs in.
 */
export async function bundleGzip(entry: string): Promise<number> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'esnext',
      modulePreload: false,
      rollupOptions: { input: entry },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  let total = 0;
  for (const { output } of outputs)
    for (const file of output) if (file.type === 'chunk') total += gzipSync(file.code).length;
  return total;
}
