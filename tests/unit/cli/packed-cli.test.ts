import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { realIndex, ROOT } from '../decoder/support.ts';

/**
 * The package a user installs: `npm pack`, then `npm install -g` of the tarball into a temporary
 * prefix, then `error-atlas decode` run by the machine's own Node (the first `node` on PATH outside
 * any node_modules/.bin), not the project's pinned one.
 */

const PASTES = resolve(ROOT, 'tests/fixtures/pastes');
/** PATH without node_modules/.bin folders: what a user's shell has. */
const CLEAN_PATH = (process.env['PATH'] ?? '')
  .split(delimiter)
  .filter((dir) => dir !== '' && !dir.split(/[\\/]/).includes('node_modules'))
  .join(delimiter);

function onPath(name: string): string | undefined {
  for (const dir of CLEAN_PATH.split(delimiter)) {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

const SYSTEM_NODE = onPath('node');

function run(command: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000, ...options });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

let work = '';
let tarball = '';
let bin = '';
const userEnv = () => ({ ...process.env, PATH: CLEAN_PATH });

beforeAll(() => {
  expect(SYSTEM_NODE, `no node on PATH outside node_modules/.bin (PATH=${CLEAN_PATH})`).toBeDefined();
  work = mkdtempSync(join(tmpdir(), 'error-atlas-pack-'));
  const packed = run('npm', ['pack', '--pack-destination', work], { cwd: ROOT });
  expect(packed.code, packed.stderr).toBe(0);
  // npm prints the prepack step's output too; the tarball is the one file it wrote.
  const tarballs = readdirSync(work).filter((name) => name.endsWith('.tgz'));
  expect(tarballs).toHaveLength(1);
  tarball = join(work, tarballs[0]!);
  const prefix = join(work, 'prefix');
  const installed = run(
    'npm',
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
    { cwd: work, env: userEnv() },
  );
  expect(installed.code, installed.stderr).toBe(0);
  bin = join(prefix, 'bin', 'error-atlas');
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the packed CLI', () => {
  test('holds the bundled JavaScript CLI and its index, and no TypeScript', () => {
    const listing = run('tar', ['-tzf', tarball]).stdout.trim().split('\n').sort();
    expect(listing).toEqual([
      'package/README.md',
      'package/cli/error-atlas-index.json',
      'package/cli/error-atlas.js',
      'package/package.json',
    ]);
  });

  test('runs on the machine’s own Node, which is not the pinned one', () => {
    const node = run('node', ['-p', 'process.execPath + " " + process.versions.node'], { env: userEnv() });
    const [path = '', version = ''] = node.stdout.trim().split(' ');
    expect(path.split(/[\\/]/)).not.toContain('node_modules');
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(20);
  });

  test('error-atlas decode FILE identifies a fixture and exits 0', () => {
    const { code, stdout, stderr } = run(bin, ['decode', join(PASTES, 'curl-v-defender-host.txt')], {
      env: userEnv(),
      cwd: work,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Identified\n/);
    expect(stdout).toContain('/errors/defender-endpoint/resource-not-found/');
  });

  test('--json prints what the decoder in this repository answers', () => {
    const file = join(PASTES, 'json-minified-inner-chain.json');
    const { code, stdout } = run(bin, ['decode', file, '--json'], { env: userEnv(), cwd: work });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(decode(readFileSync(file, 'utf8'), realIndex()));
  });

  test('reads standard input and exits 1 for a paste it does not recognise', () => {
    const { code, stdout } = run(bin, ['decode', '-'], {
      env: userEnv(),
      cwd: work,
      input: '{"message":"Not Found","documentation_url":"https://docs.github.com/rest"}',
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Not recognised/);
  });
});
