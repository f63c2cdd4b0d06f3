import { parse as parseYaml } from 'yaml';
import { CatalogError } from './model.ts';

/**
 * Splits a content file into its YAML frontmatter and its Markdown body, with fixed limits, for the
 * site build and the CLI alike. A file over a limit fails naming the file and the limit.
 */

/** The limits every content file is read with. */
export const CONTENT_LIMITS = {
  /** Largest content file, in bytes (the largest today is under 4 KB). */
  maxFileBytes: 256 * 1024,
  /**
   * YAML aliases (`*name`) a frontmatter block may resolve, as the `yaml` package counts them.
   * Bounded so that nested aliases cannot expand into gigabytes (a "billion laughs" file).
   */
  maxAliasCount: 50,
} as const;

/** A content file split in two: the frontmatter as parsed YAML, the body as trimmed Markdown. */
export interface SplitFile {
  frontmatter: unknown;
  body: string;
}

/**
 * Splits `text` (the content of `filePath`). The file opens with a line `---`, the frontmatter
 * follows up to the next line `---`, the body is the rest. Throws a {@link CatalogError} naming the
 * file for a missing block, a YAML error, or too many aliases.
 */
export function splitFrontmatter(text: string, filePath: string): SplitFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const isFence = (line: string | undefined) => line?.trimEnd() === '---';
  const close = lines.findIndex((line, i) => i > 0 && isFence(line));
  if (!isFence(lines[0]) || close < 0)
    throw new CatalogError(
      `${filePath}: the file must start with a frontmatter block: a line ---, the fields, a line ---.`,
    );
  return {
    frontmatter: parseFrontmatterYaml(lines.slice(1, close).join('\n'), filePath),
    body: lines
      .slice(close + 1)
      .join('\n')
      .trim(),
  };
}

function parseFrontmatterYaml(yaml: string, filePath: string): unknown {
  try {
    return parseYaml(yaml, {
      maxAliasCount: CONTENT_LIMITS.maxAliasCount,
      uniqueKeys: true,
      logLevel: 'error',
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The `yaml` package's own words when the alias limit is hit.
    if (/Excessive alias count/.test(message))
      throw new CatalogError(
        `${filePath}: the frontmatter resolves more YAML aliases than the limit of ` +
          `${CONTENT_LIMITS.maxAliasCount}; write the values out instead of aliasing them.`,
      );
    throw new CatalogError(`${filePath}: the frontmatter is not valid YAML: ${message}`);
  }
}
