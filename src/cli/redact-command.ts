import { readFileSync } from 'node:fs';
import { redact, removedSummary } from '../redact/redact.ts';
import { showControlsKeepingLayout } from './terminal-safe.ts';

/**
 * `error-atlas redact [FILE|-]`: prints the file (or stdin) with its credentials removed, by the
 * same engine as the decoder page's "Copy link", so a HAR or a log can be attached to a ticket. A
 * HAR stays valid HAR. What was removed goes to standard error, so standard output can be
 * redirected to a file. On a terminal, control characters in the paste are shown as escapes; into
 * a file or a pipe, the text is written exactly.
 * @returns the exit status: 0 written, 2 read error
 */
export function runRedact(file: string, out: NodeJS.WriteStream, err: NodeJS.WriteStream): number {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    err.write(`error-atlas: cannot read ${file === '-' ? 'standard input' : file}: ${reason}\n`);
    return 2;
  }
  const redaction = redact(text);
  out.write(out.isTTY ? showControlsKeepingLayout(redaction.text) : redaction.text);
  err.write(`error-atlas: removed ${removedSummary(redaction)}\n`);
  return 0;
}
