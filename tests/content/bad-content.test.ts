/**
 * Broken content fails with a message naming the file, the field and what to do — in the site
 * build and in loadCatalog (the CLI's and the tests' path) alike, since both read content/ through
 * one reader. Each case is a one-service fixture catalog with one bad file added.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/content');

interface Case {
  file: string;
  /** The name it gets in content/errors/demo-api/ (default bad-entry.md). */
  as?: string;
  expected: RegExp[];
  /** Patterns the message must not match (a wrong or misleading message). */
  unexpected?: RegExp[];
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
      /service must be the id of a file in content\/services\/ \(found "[^"]+"; one of: demo-api\)/,
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
  {
    file: 'duplicate-identity-case.md',
    expected: [
      /(bad-entry|not-found)\.md: two entries have the same identity \(service demo-api, status 404, code (NotFound|notfound)\)/,
    ],
  },
  {
    file: 'case-twin.md',
    as: 'Not-Found.md',
    expected: [/(Not-Found|not-found)\.md: its name differs from \S*(not-found|Not-Found)\.md only in case/],
  },
  {
    file: 'unknown-key.md',
    expected: [
      /bad-entry\.md: \(frontmatter\): "innercode" is not a field of an entry: did you mean innerCode\?/,
    ],
  },
  {
    file: 'short-summary.md',
    expected: [/bad-entry\.md: summary: summary is too short/],
    unexpected: [/summary is required/],
  },
  {
    file: 'alias-bomb.md',
    expected: [/bad-entry\.md: the frontmatter resolves more YAML aliases than the limit of \d+/],
  },
];

/** A temporary project root with the fixture catalog plus one bad file in content/. */
function catalogWith({ file, as = 'bad-entry.md' }: Case): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  cpSync(join(fixtures, 'minimal'), join(dir, 'content'), { recursive: true });
  cpSync(join(fixtures, 'bad', file), join(dir, 'content/errors/demo-api', as));
  return dir;
}

/** Builds the site from that catalog; resolves with the exit code and all output. */
async function build(dir: string): Promise<{ code: number; output: string }> {
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
}

function expectMessage(output: string, { expected, unexpected = [] }: Case) {
  for (const pattern of expected) expect(output).toMatch(pattern);
  for (const pattern of unexpected) expect(output).not.toMatch(pattern);
}

describe.each(cases)('$file', (badCase) => {
  it('fails loadCatalog, naming the file', () => {
    const dir = catalogWith(badCase);
    try {
      let message = '';
      try {
        loadCatalog(dir);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, `loadCatalog should refuse ${badCase.file}`).not.toBe('');
      expectMessage(message, badCase);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails the site build with the same message', async () => {
    const dir = catalogWith(badCase);
    try {
      const { code, output } = await build(dir);
      expect(code, `the build should fail for ${badCase.file}; it printed:\n${output}`).not.toBe(0);
      expectMessage(output, badCase);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
