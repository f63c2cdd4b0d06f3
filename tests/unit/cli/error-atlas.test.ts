import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/decoder/decode.ts';
import { fixture, realIndex, ROOT } from '../decoder/support.ts';

/** `error-atlas decode [FILE|-] [--json]`, run as a user runs it: a separate Node process. */

const NODE = resolve(ROOT, 'node_modules/.bin/node');
const CLI = resolve(ROOT, 'src/cli/error-atlas.ts');
const PASTES = resolve(ROOT, 'tests/fixtures/pastes');

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const result = spawnSync(NODE, [CLI, ...args], {
    cwd: options.cwd ?? tmpdir(),
    input: options.input ?? '',
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('error-atlas decode', () => {
  test('prints the verdict, the entry, its site path and why; exit 0 when identified', () => {
    const { code, stdout } = run(['decode', resolve(PASTES, 'curl-v-defender-host.txt')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Identified\n/);
    expect(stdout).toContain('/errors/defender-endpoint/resource-not-found/');
    expect(stdout).toContain('- status 404 matches');
    expect(stdout).toContain('x-ms-request-id: 6f2a8c1e-4b3d-4e7f-9a05-c1d2e3f4a5b6');
  });

  test('--json prints exactly the DecodeResult', () => {
    const file = resolve(PASTES, 'json-minified-inner-chain.json');
    const { code, stdout } = run(['decode', file, '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(decode(readFileSync(file, 'utf8'), realIndex()));
  });

  test.each([[[]], [['-']]])('reads standard input with %j', (extra) => {
    const { code, stdout } = run(['decode', ...extra], { input: 'InvalidTokenHeader' });
    expect(code).toBe(0);
    expect(stdout).toContain('/errors/coveo-ua-write/invalid-token-header/');
  });

  test('exit 0 when ambiguous', () => {
    const { code, stdout } = run(['decode', resolve(PASTES, 'json-pretty-bom-crlf.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Ambiguous/);
  });

  test('exit 1 when unknown', () => {
    const { code, stdout } = run(['decode', '-'], {
      input: fixture('real-github-not-found-curl-near-miss.txt'),
    });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Not recognised/);
  });

  test('exit 2 with a message when the file cannot be read', () => {
    const { code, stdout, stderr } = run(['decode', 'no-such-file.txt']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/cannot read no-such-file\.txt/);
  });

  test.each([[[]], [['encode']], [['decode', '--yaml']], [['decode', 'a', 'b']]])(
    'exit 2 and usage for %j',
    (args) => {
      const { code, stderr } = run(args);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: error-atlas decode [FILE|-] [--json]');
    },
  );

  test('--help prints usage, exit 0', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: error-atlas decode [FILE|-] [--json]');
  });
});

describe('the bin', () => {
  test('is the bundle npm pack ships; the source is executable and runs under node', () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
      bin?: Record<string, string>;
      files?: string[];
      scripts?: Record<string, string>;
    };
    expect(pkg.bin?.['error-atlas']).toBe('./cli/error-atlas.js');
    expect(pkg.files).toContain('cli/error-atlas.js');
    expect(pkg.scripts?.['prepack']).toBe('node src/cli/bundle-cli.ts');
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
  });
});
