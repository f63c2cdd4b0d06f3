import type { DecodeItem, DecodeResult, Extracted, Match } from './types.ts';

/**
 * Writes a decode result as plain text for a terminal: the verdict, the entry (title, site path,
 * why), then what was read, the ids support asks for first. Pasted strings are printed as they are.
 */

const VERDICT_LINE = {
  identified: 'Identified',
  ambiguous: 'Ambiguous: more than one documented error fits',
  unknown: 'Not recognised: no documented error in the catalog matches',
} as const;

function matchLines(match: Match, indent: string): string[] {
  const code = match.innerCode ? `${match.code} / ${match.innerCode}` : match.code;
  const lines = [
    `${indent}${match.title} — ${match.serviceName}`,
    `${indent}  ${match.url}`,
    `${indent}  ${match.status} ${code} · ${match.retryable ? 'retryable' : 'not retryable unchanged'}`,
  ];
  for (const why of match.why) lines.push(`${indent}  - ${why}`);
  for (const [name, value] of Object.entries(match.filled ?? {}))
    lines.push(`${indent}  {${name}} = ${value}`);
  return lines;
}

function field(name: string, value: string | undefined): string[] {
  return value ? [`  ${name}: ${value}`] : [];
}

function extractedLines(x: Extracted): string[] {
  const status = x.status !== undefined ? `${x.status}${x.reason ? ` ${x.reason}` : ''}` : undefined;
  const retry = x.retryAfter ? `${x.retryAfter.seconds} s (until ${x.retryAfter.until})` : undefined;
  const body = x.truncated ? 'cut short; read by pattern' : x.emptyBody ? 'empty' : undefined;
  return [
    'Read:',
    ...field('status', status),
    ...field('code', x.code),
    ...field('inner codes', x.innerCodes?.join(' → ')),
    ...field('message', x.message),
    ...field('request', x.url ? `${x.method ?? ''} ${x.url}`.trim() : x.host),
    ...field('body', body),
    ...field('Error numbers', x.familyCodes?.join(', ')),
    ...field('retry after', retry),
    ...field('target', x.target),
    ...field('correlation id', x.correlationId),
    ...field('trace id', x.traceId),
    ...field('timestamp', x.timestamp),
    ...(x.requestIds ?? []).flatMap((id) => field(id.name, id.value)),
  ];
}

function itemLines(item: DecodeItem, position: number, total: number): string[] {
  const lines = [`${total > 1 ? `Response ${position} of ${total}: ` : ''}${VERDICT_LINE[item.verdict]}`];
  if (item.explanation) {
    lines.push(`  ${item.explanation.headline}`);
    if (item.explanation.tellApart) lines.push(`  ${item.explanation.tellApart}`);
    if (item.explanation.looksLike) lines.push(`  ${item.explanation.looksLike}`);
  }
  for (const match of item.matches) lines.push(...matchLines(match, '  '));
  if (item.statusInfo)
    lines.push(`HTTP ${item.statusInfo.status} ${item.statusInfo.reason}: ${item.statusInfo.meaning}`);
  if (item.guesses?.length) {
    lines.push('Nearest guesses (not a match):');
    for (const guess of item.guesses) lines.push(`  ${guess.title} — ${guess.serviceName} (${guess.url})`);
  }
  for (const note of item.notes ?? []) lines.push(`Note: ${note}`);
  lines.push(...extractedLines(item.extracted));
  return lines;
}

/** The whole result as text, one block per response, blank lines between them. */
export function formatResultText(result: DecodeResult): string {
  return (
    result.results.map((item, i) => itemLines(item, i + 1, result.results.length).join('\n')).join('\n\n') +
    '\n'
  );
}
