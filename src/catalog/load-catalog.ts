import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { bodyStartLine, checkContentHtml, formatContentProblems } from './content-html.ts';
import { buildCatalog, CatalogError, type Catalog, type EntryData, type SourceFile } from './model.ts';
import { makeEntrySchema, ServiceSchema } from './schema.ts';

/**
 * Loads content/ outside Astro — for the CLI and the content tests — through the same schemas
 * and the same {@link buildCatalog} that the site uses, so both see one catalog.
 */

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export interface MarkdownFile {
  filePath: string;
  /** Path below its collection folder, without `.md`, with `/` separators. */
  id: string;
  frontmatter: unknown;
  body: string;
  /** The line of the file the body starts on. */
  bodyLine: number;
}

function listMarkdown(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && !name.split(/[\\/]/).some((part) => part.startsWith('_')))
    .sort();
}

export function readMarkdownFiles(dir: string, cwd = process.cwd()): MarkdownFile[] {
  return listMarkdown(dir).map((name) => {
    const path = join(dir, name);
    const filePath = relative(cwd, path);
    const text = readFileSync(path, 'utf8');
    const match = FRONTMATTER.exec(text);
    if (!match) throw new CatalogError(`${filePath}: the file must start with a --- frontmatter block.`);
    const body = match[2] ?? '';
    return {
      filePath,
      id: name.replace(/\.md$/, '').replaceAll('\\', '/'),
      frontmatter: parseYaml(match[1] ?? ''),
      body,
      bodyLine: bodyStartLine(text, body),
    };
  });
}

/** Formats zod issues the way a contributor needs them: file, field, what to write. */
export function describeIssues(filePath: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${filePath}: ${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`)
    .join('\n');
}

function validate<T>(file: MarkdownFile, schema: z.ZodType<T>): SourceFile<T> {
  const result = schema.safeParse(file.frontmatter);
  if (!result.success) throw new CatalogError(describeIssues(file.filePath, result.error));
  const problems = checkContentHtml(file.body, file.filePath, file.bodyLine);
  if (problems.length > 0) throw new CatalogError(formatContentProblems(problems));
  return { id: file.id, filePath: file.filePath, data: result.data, body: file.body };
}

/** Reads and validates `<root>/content`, returning the derived catalog and the raw files. */
export function loadCatalog(root = process.cwd()): {
  catalog: Catalog;
  serviceFiles: MarkdownFile[];
  entryFiles: MarkdownFile[];
} {
  const serviceFiles = readMarkdownFiles(join(root, 'content/services'), root);
  const entryFiles = readMarkdownFiles(join(root, 'content/errors'), root);
  const services = serviceFiles.map((f) => validate(f, ServiceSchema));
  const entrySchema: z.ZodType<EntryData> = makeEntrySchema(services.map((s) => s.id));
  const entries = entryFiles.map((f) => validate(f, entrySchema));
  return { catalog: buildCatalog(services, entries), serviceFiles, entryFiles };
}
