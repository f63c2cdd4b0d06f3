#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogIndex } from './catalog-index.ts';
import { decode } from '../decoder/decode.ts';
import { formatResultText } from '../decoder/format-result.ts';
import { runRedact } from './redact-command.ts';
import { withControlsShown } from './terminal-safe.ts';
import type { CatalogIndex } from '../decoder/types.ts';

/**
 * `error-atlas decode [FILE|-] [--json]`: the decoder on the command line. Reads the file (or
 * stdin), decodes it against the catalog in this repository, prints text or the result's JSON.
 * Exit status: 0 identified or ambiguous, 1 unknown, 2 usage or read error.
 * `error-atlas redact [FILE|-]`: see redact-command.ts.
 */

const USAGE = `Usage: error-atlas decode [FILE|-] [--json]
       error-atlas redact [FILE|-]

decode  Decodes a pasted HTTP error response (a body, a raw response, curl -v
        output, a HAR file, an SDK error dump, or just a code) against the
        Error Atlas catalog.
redact  Prints the paste with credentials removed (authorization headers,
        cookies, tokens, keys, signatures, passwords); a HAR stays valid HAR.
        What was removed is written to standard error.

  FILE      the file to read; "-" or nothing reads standard input
  --json    decode: print the result as JSON (the decoder's DecodeResult)
  --help    show this help

Exit status: decode 0 identified or ambiguous, 1 unknown; redact 0 written;
both 2 on a usage or read error.
`;

/** The repository root, found from this file's own location so any working directory works. */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function fail(message: string): number {
  process.stderr.write(`error-atlas: ${message}\n\n${USAGE}`);
  return 2;
}

function run(args: string[]): number {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, ...rest] = args;
  if (command === 'redact') {
    const unknown = rest.find((a) => a.startsWith('-') && a !== '-');
    if (unknown) return fail(`unknown option "${unknown}"`);
    if (rest.length > 1) return fail('give at most one FILE');
    return runRedact(rest[0] ?? '-', process.stdout, process.stderr);
  }
  if (command !== 'decode') return fail(command ? `unknown command "${command}"` : 'a command is required');
  const json = rest.includes('--json');
  const unknownOption = rest.find((a) => a.startsWith('-') && a !== '-' && a !== '--json');
  if (unknownOption) return fail(`unknown option "${unknownOption}"`);
  const files = rest.filter((a) => a !== '--json');
  if (files.length > 1) return fail('give at most one FILE');
  const file = files[0] ?? '-';

  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error-atlas: cannot read ${file === '-' ? 'standard input' : file}: ${reason}\n`);
    return 2;
  }

  let index: CatalogIndex;
  try {
    index = loadCatalogIndex(ROOT);
  } catch (error) {
    process.stderr.write(`error-atlas: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const result = decode(text, index);
  // JSON escapes control characters itself; text mode shows them as escapes instead of obeying them.
  process.stdout.write(
    json ? `${JSON.stringify(result, null, 2)}\n` : formatResultText(withControlsShown(result)),
  );
  return result.results.some((item) => item.verdict !== 'unknown') ? 0 : 1;
}

process.exitCode = run(process.argv.slice(2));
