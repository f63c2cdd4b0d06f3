import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

/**
 * Gzipped bytes of what the site ships for `entry` when a page loads it: the entry and everything
 * it imports statically, bundled and minified by Vite, the bundler Astro builds the site's scripts
 * with, with Astro's client settings (ES modules, `esnext`, default minifier). Code behind a
 * dynamic `import()` is a chunk the page fetches only when that code is used (the redaction behind
 * "Copy link"), so it is not counted; measure it as its own entry.
 *
 * `shared` picks modules the built site ships in a chunk that other pages' scripts load as well
 * (Vite's dynamic-import helper, which search also uses): they are bundled into a chunk of their
 * own here and not counted either.
 */
export async function bundleGzip(entry: string, shared?: RegExp): Promise<number> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'esnext',
      modulePreload: false,
      rollupOptions: {
        input: entry,
        output: shared ? { manualChunks: (id: string) => (shared.test(id) ? 'shared' : undefined) } : {},
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = new Map<string, Rollup.OutputChunk>();
  for (const { output } of outputs)
    for (const file of output) if (file.type === 'chunk') chunks.set(file.fileName, file);
  const loaded = new Set<string>();
  const visit = (name: string) => {
    const chunk = chunks.get(name);
    if (!chunk || loaded.has(name) || (shared && chunk.name === 'shared')) return;
    loaded.add(name);
    chunk.imports.forEach(visit);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return [...loaded].reduce((total, name) => total + gzipSync(chunks.get(name)!.code).length, 0);
}
