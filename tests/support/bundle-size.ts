import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped bytes of `entry` bundled with everything it imports statically, minified as a browser
 * would get it. Code behind a dynamic `import()` is a separate chunk that the page fetches only
 * when it is used (the redaction behind "Copy link"), so it is not counted here.
 */
export async function bundleGzip(entry: string): Promise<number> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    metafile: true,
    write: false,
  });
  const outputs = out.metafile.outputs;
  const entryFile = Object.keys(outputs).find((file) => outputs[file]!.entryPoint)!;
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const link of outputs[file]!.imports) if (link.kind === 'import-statement') visit(link.path);
  };
  visit(entryFile);
  return out.outputFiles
    .filter((file) => [...loaded].some((path) => file.path.endsWith(path)))
    .reduce((sum, file) => sum + gzipSync(file.contents).length, 0);
}
