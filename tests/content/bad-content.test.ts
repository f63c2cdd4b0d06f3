/**
 * Broken content fails the build with a message naming the file, the field and what to do.
 * Each case builds a one-service fixture catalog with one bad file added.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/content');

interface Case {
  file: string;
  expected: RegExp[];
}

const cases: Case[] = [
  { file: 'missing-title.md', expected: [/bad-entry/, /title/, /title is required/] },
  {
    file: 'mistyped-status.md',
    expected: [/bad-entry/, /status/, /status must be a number between 100 and 599/],
  },
  {
    file: 'unknown-service.md',
    expected: [
      /bad-entry/,
      /service/,
      /service must be the id of a file in content\/services\/ \(one of: demo-api\)/,
    ],
  },
  { file: 'status-out-of-range.md', expected: [/bad-entry/, /status/, /between 100 and 599/] },
  { file: 'no-example.md', expected: [/bad-entry/, /examples/, /add at least one example/] },
  {
    file: 'duplicate-identity.md',
    expected: [
      /(bad-entry|not-found)\.md: two entries have the same identity \(service demo-api, status 404, code NotFound\)/,
      /the other is \S*(bad-entry|not-found)\.md/,
      /Merge them/,
    ],
  },
];

/** Builds the fixture catalog plus one bad file; resolves with the exit code and all output. */
async function buildWith(badFile: string): Promise<{ code: number; output: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  try {
    cpSync(join(fixtures, 'minimal'), join(dir, 'content'), { recursive: true });
    cpSync(join(fixtures, 'bad', badFile), join(dir, 'content/errors/demo-api/bad-entry.md'));
    const env = { ...process.env, ERROR_ATLAS_CONTENT: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' };
    try {
      const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
        cwd: root,
        env,
      });
      return { code: 0, output: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, output: e.stdout + e.stderr };
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a broken entry fails the build', () => {
  it.each(cases)(
    '$file',
    async ({ file, expected }) => {
      const { code, output } = await buildWith(file);
      expect(code, `the build should fail for ${file}; it printed:\n${output}`).not.toBe(0);
      for (const pattern of expected) expect(output).toMatch(pattern);
    },
    120_000,
  );
});
