/**
 * The one reading of content/: file list, ids, frontmatter with its limits, case twins. The site's
 * content loader and loadCatalog both go through these functions.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_LIMITS, splitFrontmatter } from '../../../src/catalog/frontmatter.ts';
import { listContentFiles, readContentFiles } from '../../../src/catalog/read-content.ts';

const fixtures = resolve(import.meta.dirname, '../../fixtures/content');

let root = '';
function tree(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'atlas-read-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

const file = (fields: string, body = '## Body\n') => `---\n${fields}\n---\n${body}`;

describe('splitFrontmatter', () => {
  it('splits the YAML block from the trimmed body, with or without a BOM and CRLF', () => {
    expect(splitFrontmatter('\uFEFF---\r\ncode: A\r\n---\r\n\r\n## Body\r\n', 'x.md')).toEqual({
      frontmatter: { code: 'A' },
      body: '## Body',
    });
  });

  it('keeps a body that opens with a thematic break as body', () => {
    expect(splitFrontmatter('---\ncode: A\n---\n---\ntext\n', 'x.md').body).toBe('---\ntext');
  });

  it('names the file when there is no frontmatter block', () => {
    expect(() => splitFrontmatter('# Title\n', 'content/errors/a/b.md')).toThrow(
      /^content\/errors\/a\/b\.md: the file must start with a frontmatter block/,
    );
    expect(() => splitFrontmatter('---\ncode: A\n', 'content/errors/a/b.md')).toThrow(/a\/b\.md/);
  });

  it('names the file on invalid YAML and on a repeated key', () => {
    expect(() => splitFrontmatter(file('code: [A'), 'content/errors/a/b.md')).toThrow(
      /^content\/errors\/a\/b\.md: the frontmatter is not valid YAML/,
    );
    expect(() => splitFrontmatter(file('code: A\ncode: B'), 'content/errors/a/b.md')).toThrow(
      /a\/b\.md: the frontmatter is not valid YAML: Map keys must be unique/,
    );
  });

  it('refuses an alias bomb, naming the file and the limit', () => {
    const bomb = readFileSync(join(fixtures, 'bad/alias-bomb.md'), 'utf8');
    expect(() => splitFrontmatter(bomb, 'content/errors/demo-api/bomb.md')).toThrow(
      `content/errors/demo-api/bomb.md: the frontmatter resolves more YAML aliases than the limit of ${CONTENT_LIMITS.maxAliasCount}`,
    );
  });

  it('accepts a few aliases, within the limit', () => {
    expect(splitFrontmatter(file('a: &x [1]\nb: *x\nc: *x'), 'x.md').frontmatter).toEqual({
      a: [1],
      b: [1],
      c: [1],
    });
  });
});

describe('listContentFiles', () => {
  it('lists Markdown files below the folder, leaving out names and folders that start with _', () => {
    const dir = tree({
      'errors/s/a.md': '',
      'errors/s/_draft.md': '',
      'errors/_wip/b.md': '',
      'errors/s/notes.txt': '',
      'errors/t/c.md': '',
    });
    expect(listContentFiles(join(dir, 'errors'))).toEqual(['s/a.md', 't/c.md']);
  });
});

describe('readContentFiles', () => {
  it('derives the id from the path, as written, and names files relative to the root', () => {
    const dir = tree({ 'content/errors/svc/Not-Found.md': file('code: A') });
    expect(readContentFiles(join(dir, 'content/errors'), dir)).toMatchObject([
      { id: 'svc/Not-Found', filePath: 'content/errors/svc/Not-Found.md', frontmatter: { code: 'A' } },
    ]);
  });

  it('refuses two names that differ only in case, naming both', () => {
    const dir = tree({
      'content/errors/svc/invalid-token.md': file('code: A'),
      'content/errors/svc/Invalid-Token.md': file('code: B'),
    });
    expect(() => readContentFiles(join(dir, 'content/errors'), dir)).toThrow(
      /content\/errors\/svc\/(invalid-token|Invalid-Token)\.md: its name differs from content\/errors\/svc\/(Invalid-Token|invalid-token)\.md only in case/,
    );
  });

  it('refuses a file over the size limit, naming it', () => {
    const big = file('code: A', 'x'.repeat(CONTENT_LIMITS.maxFileBytes));
    const dir = tree({ 'content/errors/svc/big.md': big });
    expect(() => readContentFiles(join(dir, 'content/errors'), dir)).toThrow(
      /content\/errors\/svc\/big\.md: the file is \d+ bytes, over the limit of 262144/,
    );
  });
});
