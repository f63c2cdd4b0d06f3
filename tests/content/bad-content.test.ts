/**
 * Broken content fails with a message naming the file, the field and what to do — in the site
 * build and in loadCatalog (the CLI's and the tests' path) alike, since both read content/ through
 * one reader. Each group is the one-service fixture catalog with its bad files added; files that
 * fail the schema share a build, which also shows that every broken file is reported at once.
 * Every form of active content the reader refuses is in the fast table of
 * tests/unit/catalog/content-html.test.ts; the builds here prove both paths run that check and
 * report each problem at its line.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/content');

interface Case {
  /** A file in tests/fixtures/content/bad/. */
  file: string;
  /** The name it gets in content/errors/demo-api/ (default: its own). */
  as?: string;
  /** Cases of one group are added to one catalog; a group fails at one stage of the reading. */
  group: string;
  /** Patterns the lines naming the file must match. */
  expected: RegExp[];
  /** Patterns they must not match (a wrong or misleading message). */
  unexpected?: RegExp[];
  /** 'service': the file replaces the fixture's service file instead of joining its entries. */
  target?: 'service';
}

const cases: Case[] = [
  { file: 'missing-title.md', group: 'schema', expected: [/: title: title is required/] },
  {
    file: 'mistyped-status.md',
    group: 'schema',
    expected: [/: status: status must be a number between 100 and 599/],
  },
  { file: 'status-out-of-range.md', group: 'schema', expected: [/: status: .*between 100 and 599/] },
  { file: 'no-example.md', group: 'schema', expected: [/: examples: add at least one example/] },
  {
    file: 'unknown-key.md',
    group: 'schema',
    expected: [/: \(frontmatter\): "innercode" is not a field of an entry: did you mean innerCode\?/],
  },
  {
    file: 'short-summary.md',
    group: 'schema',
    expected: [/: summary: summary is too short/],
    unexpected: [/summary is required/],
  },
  {
    file: 'unknown-service.md',
    group: 'unknown-service',
    expected: [
      /: service: service must be the id of a file in content\/services\/ \(found "[^"]+"; one of: demo-api\)/,
    ],
  },
  {
    file: 'duplicate-identity.md',
    group: 'duplicate-identity',
    expected: [
      /two entries have the same identity \(service demo-api, status 404, code NotFound\)/,
      /the other is \S*(duplicate-identity|not-found)\.md/,
      /Merge them/,
    ],
  },
  {
    file: 'duplicate-identity-case.md',
    group: 'duplicate-identity-case',
    expected: [
      /two entries have the same identity \(service demo-api, status 404, code (NotFound|notfound)\)/,
    ],
  },
  {
    file: 'case-twin.md',
    as: 'Not-Found.md',
    group: 'case-twin',
    expected: [/(Not-Found|not-found)\.md: its name differs from \S*(not-found|Not-Found)\.md only in case/],
  },
  {
    file: 'alias-bomb.md',
    group: 'alias-bomb',
    expected: [/alias-bomb\.md: the frontmatter resolves more YAML aliases than the limit of \d+/],
  },
  {
    file: 'active-content.md',
    group: 'schema',
    expected: [
      /active-content\.md:21: the event-handler attribute onclick on <kbd> would run code/,
      /active-content\.md:23: <script> is not allowed in content/,
      /active-content\.md:25: <meta> is not allowed in content/,
      /active-content\.md:27: <iframe> is not allowed in content/,
      /active-content\.md:31: the style attribute on <abbr> is not allowed/,
      /active-content\.md:31: a link to "javascript:alert\(1\)" uses the javascript: scheme/,
      /active-content\.md:33: an image from "data:image\/svg\+xml;base64,\S+" uses the data: scheme/,
      /active-content\.md:35: a link to "vbscript:msgbox\(1\)" uses the vbscript: scheme/,
    ],
  },
  {
    file: 'source-javascript.md',
    group: 'schema',
    expected: [/: source: source must be the full https:\/\/ URL/],
  },
  {
    file: 'service-script.md',
    group: 'service-script',
    target: 'service',
    expected: [/demo-api\.md:13: <script> is not allowed in content/],
  },
  {
    file: 'service-docs-data.md',
    group: 'service-docs-data',
    target: 'service',
    expected: [/: docs: docs must be the full https:\/\/ URL/],
  },
];

const nameOf = (c: Case) => c.as ?? c.file;
/** Where the case's file sits in the fixture catalog, as messages name it. */
const placeOf = (c: Case) => (c.target === 'service' ? 'services/demo-api.md' : `demo-api/${nameOf(c)}`);

/** A temporary project root with the fixture catalog plus the bad files of one group. */
function catalogWith(group: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bad-'));
  cpSync(join(fixtures, 'minimal'), join(dir, 'content'), { recursive: true });
  for (const c of cases.filter((x) => x.group === group))
    cpSync(
      join(fixtures, 'bad', c.file),
      c.target === 'service'
        ? join(dir, 'content/services/demo-api.md')
        : join(dir, 'content/errors/demo-api', nameOf(c)),
    );
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** What loadCatalog says about a group's catalog ('' when it accepts it). */
function loadMessage(group: string): string {
  const dir = catalogWith(group);
  dirs.push(dir);
  try {
    loadCatalog(dir);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** Builds the site from a group's catalog, once per group; resolves with the exit code and output. */
const builds = new Map<string, Promise<{ code: number; output: string }>>();
function build(group: string): Promise<{ code: number; output: string }> {
  let result = builds.get(group);
  if (!result) {
    const dir = catalogWith(group);
    dirs.push(dir);
    const env = { ...process.env, ERROR_ATLAS_CONTENT: join(dir, 'content'), ASTRO_TELEMETRY_DISABLED: '1' };
    result = run('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], { cwd: root, env }).then(
      ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({
        code: error.code,
        output: error.stdout + error.stderr,
      }),
    );
    builds.set(group, result);
  }
  return result;
}

/** The lines of `output` that name the case's file, checked against its patterns. */
function expectMessage(output: string, c: Case) {
  const lines = output
    .split('\n')
    .filter((line) => line.includes(placeOf(c)))
    .join('\n');
  expect(lines, `no line names ${placeOf(c)}; the output was:\n${output}`).not.toBe('');
  for (const pattern of c.expected) expect(lines).toMatch(pattern);
  for (const pattern of c.unexpected ?? []) expect(lines).not.toMatch(pattern);
}

describe.each(cases)('$file', (c) => {
  it('fails loadCatalog, naming the file', () => {
    const message = loadMessage(c.group);
    expect(message, `loadCatalog should refuse ${c.file}`).not.toBe('');
    expectMessage(message, c);
  });

  it('fails the site build with the same message', async () => {
    const { code, output } = await build(c.group);
    expect(code, `the build should fail for ${c.file}; it printed:\n${output}`).not.toBe(0);
    expectMessage(output, c);
  }, 180_000);
});
