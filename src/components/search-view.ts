/**
 * The parts of the search dialog's results, built as DOM nodes. Every hit is a link marked
 * `data-hit`, in reading order, so the keyboard handling can walk them and Enter can open the first.
 */
import type { CodeAnswer } from './code-lookup.ts';
import type { PageHit } from './pagefind-client.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...content: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...content);
  return node;
}

function hitLink(url: string, title: string, detail: Node | string): HTMLLIElement {
  const link = element(
    'a',
    'hit',
    element('span', 'hit-title', title),
    element('span', 'hit-detail', detail),
  );
  link.href = url;
  link.dataset['hit'] = '';
  return element('li', '', link);
}

/** A heading for one group of hits. */
export function groupHeading(text: string): HTMLHeadingElement {
  return element('h2', 'group-heading', text);
}

/** The entries whose code, inner code or alias is the query, each titled "Code · status · service". */
export function codeAnswersView(answers: CodeAnswer[]): HTMLOListElement {
  return element('ol', 'hits code-answers', ...answers.map((a) => hitLink(a.url, a.title, a.summary)));
}

/** The honest miss: the query looks like a code, and no entry has it. */
export function notInCatalogView(query: string): HTMLParagraphElement {
  return element('p', 'not-in-catalog', element('code', '', query), ' is not in the catalog.');
}

/**
 * Pagefind's excerpt as nodes: its text, with the matched words in `<mark>`. Parsed inertly and
 * rebuilt from text, so nothing but `<mark>` from the index can reach the page.
 */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? element('mark', '', node.textContent ?? '')
      : document.createTextNode(node.textContent ?? ''),
  );
}

/** Full-text hits with their excerpts. */
export function pageHitsView(hits: PageHit[]): HTMLOListElement {
  const detail = (hit: PageHit) => {
    const fragment = document.createDocumentFragment();
    fragment.append(...excerptNodes(hit.excerpt));
    return fragment;
  };
  return element('ol', 'hits page-hits', ...hits.map((hit) => hitLink(hit.url, hit.title, detail(hit))));
}

/** A button that runs the next step of the search (full text, more results). */
export function actionButton(label: string, action: () => void): HTMLButtonElement {
  const button = element('button', 'search-action', label);
  button.type = 'button';
  button.addEventListener('click', action);
  return button;
}

/** One fieldset of checkboxes for a Pagefind filter (`service`, `status`) and its page counts. */
export function filterFieldset(name: string, values: Record<string, number>): HTMLFieldSetElement {
  const legend = element('legend', '', name.charAt(0).toUpperCase() + name.slice(1));
  const options = Object.entries(values)
    .sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }))
    .map(([value, count]) => {
      const box = element('input', '');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      return element('label', 'filter-option', box, ` ${value} (${count})`);
    });
  return element('fieldset', 'filter', legend, ...options);
}
