import { build, type Plugin } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { decoderIndexOf } from '../catalog/decoder-index.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { PACKAGED_INDEX_FILE } from './packaged-index.ts';

/**
 * `npm pack`'s `prepack` step: bundles the CLI into one JavaScript file for Node 20 or newer and
 * writes the catalog's decoder index beside it, so the installed package needs neither TypeScript,
 * Astro nor content/. Output: `cli/error-atlas.js` and `cli/error-atlas-index.json` (see `files` and
 * `bin` in package.json).
 */

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the bundle goes, relative to the repository root. */
export const CLI_OUT_DIR = 'cli';

/** The clone's index loader (catalog-index.ts) becomes the packaged one, which reads the JSON file. */
const packagedIndex: Plugin = {
  name: 'packaged-index',
  setup(setup) {
    setup.onResolve({ filter: /\/catalog-index\.ts$/ }, () => ({
      path: resolve(import.meta.dirname, 'packaged-index.ts'),
    }));
  },
};

const out = join(ROOT, CLI_OUT_DIR);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, PACKAGED_INDEX_FILE), JSON.stringify(decoderIndexOf(loadCatalog(ROOT).catalog)));
const result = await build({
  entryPoints: [join(ROOT, 'src/cli/error-atlas.ts')],
  outfile: join(out, 'error-atlas.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [packagedIndex],
  metafile: true,
  logLevel: 'warning',
});
const inputs = Object.keys(result.metafile.inputs);
// The packaged CLI must not carry the content loader (yaml, zod): the index replaces it.
const loader = inputs.find((input) => /load-catalog|node_modules/.test(input));
if (loader) throw new Error(`the CLI bundle still imports ${loader}; it should read ${PACKAGED_INDEX_FILE}`);
console.log(`Bundled the CLI (${inputs.length} modules) and its index into ${CLI_OUT_DIR}/.`);
