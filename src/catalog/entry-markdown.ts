import type { CatalogEntry, CatalogService } from './model.ts';
import type { Snippet } from './handling/snippets.ts';
import { describeStatus } from '../decoder/status-info.ts';

/** Inline Markdown links whose target is relative (`../other/`, `./x`): they are resolved against the page. */
const RELATIVE_LINK = /\]\((\.{1,2}\/[^)\s]*)\)/g;

/** A fence longer than any run of backticks in `text`, so the text cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(longest + 1);
}

const block = (text: string, lang: string) => `${fence(text)}${lang}\n${text.trimEnd()}\n${fence(text)}`;

/**
 * The entry page's content as Markdown (`/errors/<service>/<slug>.md`): the same headings in the same
 * order as the page, with the entry's own prose (`body`, its Markdown without frontmatter) in the
 * middle. Relative links in the prose become site paths, since the twin lives one level up from
 * the page. `base` is the site's base path.
 */
export function entryMarkdown(
  entry: CatalogEntry,
  service: CatalogService,
  body: string,
  snippets: Snippet[],
  base = '/',
): string {
  const prefix = base.replace(/\/$/, '');
  const pageUrl = new URL(prefix + entry.url, 'https://site.invalid');
  const prose = body
    .trim()
    .replace(RELATIVE_LINK, (_, href: string) => `](${new URL(href, pageUrl).pathname})`);
  const facts = [
    `- Status: ${entry.status} ${describeStatus(entry.status).reason}`,
    `- Code: \`${entry.code}\`${entry.codeDocumented ? '' : ' (a name given by Error Atlas; the vendor documents no code)'}`,
    ...(entry.innerCode ? [`- Inner code: \`${entry.innerCode}\``] : []),
    ...(entry.aliases.length > 0
      ? [`- Also seen as: ${entry.aliases.map((a) => `\`${a}\``).join(', ')}`]
      : []),
    `- Service: [${service.name}](${prefix}${service.url})`,
    `- Retry: ${entry.retryable ? 'retryable' : 'not retryable unchanged'}`,
  ];
  const sections = [
    `# ${entry.code}`,
    `**${entry.title}.** ${entry.summary}`,
    facts.join('\n'),
    `## Documented message\n\n> ${entry.message}`,
    `## ${entry.examples.length > 1 ? 'Example responses' : 'Example response'}\n\n${entry.examples
      .map((e) => block(e, 'http'))
      .join('\n\n')}`,
    prose,
    ...(snippets.length > 0
      ? [
          `## Handle it in code\n\n${snippets.map((s) => `${s.label}, ${s.file}:\n\n${block(s.code, s.lang)}`).join('\n\n')}`,
        ]
      : []),
    `## Retrying\n\n**${entry.retryable ? 'Retryable.' : 'Not retryable unchanged.'}** ${entry.retryAdvice}`,
    `## Source\n\nDocumented by ${service.vendor} in the [${service.name} error reference](${entry.source}).`,
    `Web page: ${prefix}${entry.url} · JSON: ${prefix}${entry.jsonUrl}`,
  ];
  return `${sections.join('\n\n')}\n`;
}
