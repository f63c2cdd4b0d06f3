import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of `entry` bundled with everything it imports, minified as a browser would get it. */
export async function bundleGzip(entry: string): Promise<number> {
  const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false });
  return gzipSync(out.outputFiles[0]!.contents).length;
}
