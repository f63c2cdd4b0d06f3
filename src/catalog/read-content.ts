import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { bodyStartLine, checkContentHtml, formatContentProblems } from './content-html.ts';
import { CONTENT_LIMITS, splitFrontmatter } from './frontmatter.ts';
import { CatalogError, type SourceFile } from './model.ts';

/**
 * The one reading of content/: which files belong to a collection, their ids, their frontmatter
 * (with fixed YAML limits) and their validation against the shared schemas. The site's content
 * loader (./content-loader.ts) and the CLI and tests (./load-catalog.ts) both read through here.
 */

/** A content file before validation. */
export interface ContentFile {
  /** Path of the file relative to the project root, for messages addressed to a contributor. */
  filePath: string;
  /** Path below its collection folder, without `.md`, with `/` separators: `<service>/<slug>`. */
  id: string;
  /** The raw file, for change detection. */
  text: string;
  frontmatter: unknown;
  /** The Markdown after the frontmatter, trimmed. */
  body: string;
}

/**
 * The Markdown files of a collection folder, as sorted `/`-separated paths below it. A file or
 * folder whose name starts with `_` is a draft and is left out.
 */
export function listContentFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.replaceAll('\\', '/'))
    .filter((name) => name.endsWith('.md') && !name.split('/').some((part) => part.startsWith('_')))
    .sort();
}

/**
 * Reads every file of a collection folder (`dir`), naming files relative to `root`. Throws a
 * {@link CatalogError} naming the file when one is over {@link CONTENT_LIMITS}, has no frontmatter
 * or invalid YAML, or when two file names differ only in case (they would be one URL on a
 * case-insensitive file system, and one of them would be lost).
 */
export function readContentFiles(dir: string, root: string): ContentFile[] {
  const files = listContentFiles(dir).map((name) => {
    const path = join(dir, name);
    const filePath = relative(root, path).replaceAll('\\', '/');
    const size = statSync(path).size;
    if (size > CONTENT_LIMITS.maxFileBytes)
      throw new CatalogError(
        `${filePath}: the file is ${size} bytes, over the limit of ${CONTENT_LIMITS.maxFileBytes}; ` +
          'split it or shorten its examples.',
      );
    const text = readFileSync(path, 'utf8');
    return { filePath, id: name.slice(0, -'.md'.length), text, ...splitFrontmatter(text, filePath) };
  });
  const twin = findCaseTwin(files);
  if (twin) throw new CatalogError(twin);
  return files;
}

/** A message for the first two files whose ids differ only in case, or undefined. */
export function findCaseTwin(files: readonly { id: string; filePath: string }[]): string | undefined {
  const seen = new Map<string, string>();
  for (const file of files) {
    const other = seen.get(file.id.toLowerCase());
    if (other)
      return (
        `${file.filePath}: its name differs from ${other} only in case; both would be the same page. ` +
        'Rename one of them (file names are URLs: write them in lower case).'
      );
    seen.set(file.id.toLowerCase(), file.filePath);
  }
  return undefined;
}

/** Formats zod issues the way a contributor needs them: file, field, what to write. */
export function describeIssues(filePath: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${filePath}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`)
    .join('\n');
}

/**
 * Validates every file against `schema`, and its body against the content HTML rules
 * (./content-html.ts). Throws one {@link CatalogError} that lists the problems of every invalid
 * file (not only the first), so a contributor fixes them in one pass.
 */
export function validateContent<T>(
  files: readonly ContentFile[],
  schema: z.ZodType<T, unknown>,
): SourceFile<T>[] {
  const problems: string[] = [];
  const valid: SourceFile<T>[] = [];
  for (const file of files) {
    const result = schema.safeParse(file.frontmatter);
    // Raw HTML and URLs in the body are checked here too, so no file can carry active content.
    const html = checkContentHtml(file.body, file.filePath, bodyStartLine(file.text, file.body));
    if (html.length > 0) problems.push(formatContentProblems(html));
    if (!result.success) problems.push(describeIssues(file.filePath, result.error));
    else if (html.length === 0)
      valid.push({ id: file.id, filePath: file.filePath, data: result.data, body: file.body });
  }
  if (problems.length > 0) throw new CatalogError(problems.join('\n'));
  return valid;
}
