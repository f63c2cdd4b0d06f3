import type { NoteRow } from '../catalog/decoder-asset.ts';
import { codeOf, statusText } from '../decoder/explain/explain.ts';
import type { DecodeItem, DecodeResult, Extracted, Match } from '../decoder/types.ts';
import { shortUrl } from './short-url.ts';

/**
 * Turns a decode result into DOM. Every string from the paste goes through `textContent` or a text
 * node, never through HTML parsing, so a `<script>` in a message shows as characters.
 */

interface RenderOptions {
  /** The site's base path, for entry links. */
  base: string;
  /** Summary, first fix step and retry advice by entry id, as the index file keeps them. */
  notes: Record<string, NoteRow>;
  /** The names of the APIs the catalog covers, for "not recognised". */
  services: string[];
}

/** An element with a class (none when empty) and either a text or children (a string is a text node). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  content: string | (Node | string)[] = [],
) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (typeof content === 'string') node.textContent = content;
  else node.append(...content);
  return node;
}

/** A `<dl>` of name and value pairs, one `<div>` each; pairs without a value are left out. */
function pairs(className: string, rows: [string, string | undefined][]): HTMLElement {
  const dl = el('dl', className);
  for (const [name, value] of rows)
    if (value) dl.append(el('div', '', [el('dt', '', name), el('dd', '', value)]));
  return dl;
}

const VERDICT_TEXT = {
  identified: 'Identified',
  ambiguous: 'Several documented errors fit',
  unknown: 'Not recognised',
} as const;

/** One sentence for a screen reader: the verdict and the first match of each response. */
export function summarize(result: DecodeResult): string {
  return result.results
    .map((item) => {
      const first = item.matches[0];
      const verdict = VERDICT_TEXT[item.verdict];
      if (!first) return `${verdict}.`;
      const more = item.matches.length > 1 ? ` and ${item.matches.length - 1} more` : '';
      return `${verdict}: ${first.code}, ${first.title}, ${first.serviceName}${more}.`;
    })
    .join(' ');
}

export function renderResult(result: DecodeResult, options: RenderOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const total = result.results.length;
  if (total > 1) fragment.append(el('p', 'result-count', `${total} responses found.`));
  result.results.forEach((item, i) => fragment.append(renderItem(item, i, total, options)));
  return fragment;
}

function renderItem(item: DecodeItem, position: number, total: number, options: RenderOptions): HTMLElement {
  const { extracted, explanation } = item;
  const section = el('section', `decoded ${item.verdict}`);
  const prefix = total > 1 ? `Response ${position + 1} · ` : '';
  section.append(el('p', 'verdict-label', `${prefix}${VERDICT_TEXT[item.verdict]}`));
  // The heading is the code and the service; the request URL only ever appears below it, shortened.
  section.append(el('h2', 'verdict', explanation?.headline ?? VERDICT_TEXT[item.verdict]));
  if (extracted.url)
    section.append(el('p', 'request', `${extracted.method ?? 'Request'} ${shortUrl(extracted.url)}`));
  if (explanation?.tellApart) section.append(el('p', 'tell-apart', explanation.tellApart));
  if (explanation?.looksLike) section.append(el('p', 'looks-like', explanation.looksLike));

  if (item.matches.length > 0)
    section.append(
      el(
        'div',
        'match-cards',
        item.matches.map((m) => renderMatch(m, item, options)),
      ),
    );
  if (item.verdict === 'unknown') section.append(...renderUnknown(item, options));
  for (const note of item.notes ?? []) section.append(el('p', 'note', note));
  section.append(renderExtracted(extracted));
  return section;
}

/** Not recognised: the status's general meaning, the guesses as guesses, what the catalog covers, a search. */
function renderUnknown(item: DecodeItem, options: RenderOptions): HTMLElement[] {
  const parts: HTMLElement[] = [];
  const info = item.statusInfo;
  if (info) parts.push(el('p', '', `HTTP ${info.status} ${info.reason}: ${info.meaning}`));
  if (item.guesses?.length) {
    parts.push(el('h3', '', 'Nearest guesses (not a match)'));
    const list = el('ul', 'guesses');
    for (const guess of item.guesses)
      list.append(el('li', '', [entryLink(guess, options), ` — ${guess.serviceName}`]));
    parts.push(list);
  }
  if (item.extracted.form !== 'empty') {
    parts.push(el('p', 'covered', `This catalog covers: ${options.services.join(', ')}.`));
    const code = item.extracted.code;
    if (code)
      parts.push(
        el('p', '', [
          link(
            `Look for ${code} in every documented error`,
            options,
            `/errors/?q=${encodeURIComponent(code)}`,
          ),
        ]),
      );
  }
  return parts;
}

/** A link to `path` of the site, under its base. */
function link(text: string, options: RenderOptions, path: string): HTMLAnchorElement {
  const a = el('a', '', text);
  a.href = options.base.replace(/\/$/, '') + path;
  return a;
}

/** A link to a match's entry page. */
function entryLink(match: Match, options: RenderOptions): HTMLAnchorElement {
  return link(`${match.status} ${codeOf(match)} — ${match.title}`, options, match.url);
}

function renderMatch(match: Match, item: DecodeItem, options: RenderOptions): HTMLElement {
  const card = el('article', 'match-card');
  const [summary, step, retryAdvice] = options.notes[match.id] ?? [];
  card.append(el('h3', '', [entryLink(match, options)]));
  card.append(el('p', 'service', match.serviceName));
  if (summary) card.append(el('p', 'summary', summary));
  if (step) card.append(el('p', 'first-step', [el('strong', '', 'First step: '), step]));
  if (match.why.length > 0) {
    const why = el(
      'ul',
      'why',
      match.why.map((reason) => el('li', '', reason)),
    );
    const details = el('details', '', [el('summary', '', 'Why it matched'), why]);
    details.open = item.matches.length === 1;
    card.append(details);
  }
  const retry = item.extracted.retryAfter;
  const retryText = [
    match.retryable ? 'Retryable.' : 'Not retryable unchanged.',
    retry ? `Retry-After: wait ${retry.seconds} s (until ${new Date(retry.until).toLocaleString()}).` : '',
    retryAdvice,
  ].filter(Boolean);
  card.append(el('p', 'retry', retryText.join(' ')));
  // The decoder sets `filled` only when the template gave at least one value.
  if (match.filled) card.append(pairs('filled', Object.entries(match.filled)));
  return card;
}

/** The fields read from the response, with the ids support will ask for first. */
function renderExtracted(x: Extracted): HTMLElement {
  const rows: [string, string | undefined][] = [
    ['Status', statusText(x)],
    ['Code', x.code],
    ['Inner codes', x.innerCodes?.join(' → ') ?? x.innerCode],
    ['Message', x.message],
    ['Request', x.url ? shortUrl(x.url) : x.host],
    ['Error numbers', x.familyCodes?.join(', ')],
    ['Body', x.truncated ? 'cut short — read what could be read' : x.emptyBody ? 'empty' : undefined],
  ];
  const support: [string, string | undefined][] = [
    ['target', x.target],
    ['correlation id', x.correlationId],
    ['trace id', x.traceId],
    ['timestamp', x.timestamp],
    ...(x.requestIds ?? []).map((r): [string, string] => [r.name, r.value]),
  ];
  const box = el('div', 'extracted');
  box.append(table('What was read', rows));
  if (support.some(([, v]) => v)) box.append(table('For support', support));
  return box;
}

function table(caption: string, rows: [string, string | undefined][]): HTMLElement {
  return el('div', 'field-table', [el('h3', '', caption), pairs('', rows)]);
}
