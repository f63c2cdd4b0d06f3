import type { EntryNote } from '../catalog/decoder-index.ts';
import type { DecodeItem, DecodeResult, Extracted, Match } from '../decoder/types.ts';
import { shortUrl } from './short-url.ts';

/**
 * Turns a decode result into DOM. Every string from the paste goes through `textContent`, never
 * through HTML parsing, so a `<script>` in a message shows as characters.
 */

interface RenderOptions {
  /** The site's base path, for entry links. */
  base: string;
  /** Retry advice, summary and first fix step by entry id. */
  notes: Record<string, EntryNote>;
  /** The names of the APIs the catalog covers, for "not recognised". */
  services: string[];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { class?: string; text?: string } = {},
  ...children: Node[]
) {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
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
      const verdict = VERDICT_TEXT[item.verdict].split(' — ')[0];
      if (!first) return `${verdict}.`;
      const more = item.matches.length > 1 ? ` and ${item.matches.length - 1} more` : '';
      return `${verdict}: ${first.code}, ${first.title}, ${first.serviceName}${more}.`;
    })
    .join(' ');
}

export function renderResult(result: DecodeResult, options: RenderOptions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (result.results.length > 1)
    fragment.append(el('p', { class: 'result-count', text: `${result.results.length} responses found.` }));
  result.results.forEach((item, i) => fragment.append(renderItem(item, i, result.results.length, options)));
  return fragment;
}

function renderItem(item: DecodeItem, position: number, total: number, options: RenderOptions): HTMLElement {
  const section = el('section', { class: `decoded ${item.verdict}` });
  const prefix = total > 1 ? `Response ${position + 1} · ` : '';
  section.append(el('p', { class: 'verdict-label', text: `${prefix}${VERDICT_TEXT[item.verdict]}` }));
  // The heading is the code and the service; the request URL only ever appears below it, shortened.
  section.append(
    el('h2', { class: 'verdict', text: item.explanation?.headline ?? VERDICT_TEXT[item.verdict] }),
  );
  if (item.extracted.url)
    section.append(
      el('p', {
        class: 'request',
        text: `${item.extracted.method ?? 'Request'} ${shortUrl(item.extracted.url)}`,
      }),
    );
  if (item.explanation?.tellApart)
    section.append(el('p', { class: 'tell-apart', text: item.explanation.tellApart }));
  if (item.explanation?.looksLike)
    section.append(el('p', { class: 'looks-like', text: item.explanation.looksLike }));

  if (item.matches.length > 0) {
    const cards = el('div', { class: 'match-cards' });
    for (const match of item.matches) cards.append(renderMatch(match, item, options));
    section.append(cards);
  }
  if (item.verdict === 'unknown') section.append(...renderUnknown(item, options));
  for (const note of item.notes ?? []) section.append(el('p', { class: 'note', text: note }));
  section.append(renderExtracted(item.extracted));
  return section;
}

/** Not recognised: the status's general meaning, the guesses as guesses, what the catalog covers, a search. */
function renderUnknown(item: DecodeItem, options: RenderOptions): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (item.statusInfo)
    parts.push(
      el('p', {
        text: `HTTP ${item.statusInfo.status} ${item.statusInfo.reason}: ${item.statusInfo.meaning}`,
      }),
    );
  if (item.guesses && item.guesses.length > 0) {
    parts.push(el('h3', { text: 'Nearest guesses (not a match)' }));
    const list = el('ul', { class: 'guesses' });
    for (const guess of item.guesses)
      list.append(el('li', {}, link(guess, options), document.createTextNode(` — ${guess.serviceName}`)));
    parts.push(list);
  }
  if (item.extracted.form !== 'empty') {
    parts.push(el('p', { class: 'covered', text: `This catalog covers: ${options.services.join(', ')}.` }));
    const code = item.extracted.code;
    if (code) {
      const search = el('a', { text: `Look for ${code} in every documented error` });
      search.href = `${options.base.replace(/\/$/, '')}/errors/?q=${encodeURIComponent(code)}`;
      parts.push(el('p', {}, search));
    }
  }
  return parts;
}

function link(match: Match, options: RenderOptions): HTMLAnchorElement {
  const a = el('a', {
    text: `${match.status} ${match.code}${match.innerCode ? ` / ${match.innerCode}` : ''} — ${match.title}`,
  });
  a.href = options.base.replace(/\/$/, '') + match.url;
  return a;
}

function renderMatch(match: Match, item: DecodeItem, options: RenderOptions): HTMLElement {
  const card = el('article', { class: 'match-card' });
  const note = options.notes[match.id];
  card.append(el('h3', {}, link(match, options)));
  card.append(el('p', { class: 'service', text: match.serviceName }));
  if (note?.summary) card.append(el('p', { class: 'summary', text: note.summary }));
  if (note?.step)
    card.append(
      el(
        'p',
        { class: 'first-step' },
        el('strong', { text: 'First step: ' }),
        document.createTextNode(note.step),
      ),
    );
  if (match.why.length > 0) {
    const why = el('ul', { class: 'why' });
    for (const reason of match.why) why.append(el('li', { text: reason }));
    const details = el('details', {}, el('summary', { text: 'Why it matched' }), why);
    details.open = item.matches.length === 1;
    card.append(details);
  }
  const retry = item.extracted.retryAfter;
  const retryText = [
    match.retryable ? 'Retryable.' : 'Not retryable unchanged.',
    retry ? `Retry-After: wait ${retry.seconds} s (until ${new Date(retry.until).toLocaleString()}).` : '',
    note?.retry ?? '',
  ].filter(Boolean);
  card.append(el('p', { class: 'retry', text: retryText.join(' ') }));
  if (match.filled && Object.keys(match.filled).length > 0) {
    const filled = el('dl', { class: 'filled' });
    for (const [name, value] of Object.entries(match.filled))
      filled.append(el('div', {}, el('dt', { text: name }), el('dd', { text: value })));
    card.append(filled);
  }
  return card;
}

/** The fields read from the response, with the ids support will ask for first. */
function renderExtracted(x: Extracted): HTMLElement {
  const rows: [string, string | undefined][] = [
    ['Status', x.status !== undefined ? `${x.status}${x.reason ? ` ${x.reason}` : ''}` : undefined],
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
  const box = el('div', { class: 'extracted' });
  box.append(table('What was read', rows));
  if (support.some(([, v]) => v)) box.append(table('For support', support));
  return box;
}

function table(caption: string, rows: [string, string | undefined][]): HTMLElement {
  const dl = el('dl');
  for (const [name, value] of rows)
    if (value) dl.append(el('div', {}, el('dt', { text: name }), el('dd', { text: value })));
  return el('div', { class: 'field-table' }, el('h3', { text: caption }), dl);
}
