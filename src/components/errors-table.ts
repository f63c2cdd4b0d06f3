/**
 * `<errors-table>`: filters and sorts the table of every error without reloading. The server renders
 * a working table (the whole catalog, or one page of it at scale); this script adds the filter box,
 * the selects' behaviour and sortable headers. It reads every row from the compact `rows.json` the
 * first time it needs them, so filtering covers the whole catalog even when the table is paged.
 */
import { breakParts } from '../catalog/word-breaks.ts';
import { fromErrorRowsJson, type ErrorRow, type ErrorRowsJson } from '../catalog/errors-table.ts';

/** The `data-sort` keys of the table's headers. */
type SortKey = 'code' | 'status' | 'service' | 'title' | 'retryable';

/** Numbers in order, a class such as 5XX right after the numbers it covers. */
const statusRank = (s: string) => (/^\d+$/.test(s) ? Number(s) : Number(s[0]) * 100 + 99.5);
const COMPARE: Record<SortKey, (a: ErrorRow, b: ErrorRow) => number> = {
  code: (a, b) => a.code.localeCompare(b.code) || a.innerCode.localeCompare(b.innerCode),
  status: (a, b) => statusRank(a.status) - statusRank(b.status),
  service: (a, b) => a.service.localeCompare(b.service),
  title: (a, b) => a.title.localeCompare(b.title),
  retryable: (a, b) => Number(b.retryable) - Number(a.retryable),
};

function codeNode(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  breakParts(text).forEach((part, i) => {
    if (i > 0) fragment.append(document.createElement('wbr'));
    fragment.append(part);
  });
  return fragment;
}

function cell(label: string, ...content: (Node | string)[]): HTMLTableCellElement {
  const td = document.createElement('td');
  td.dataset['label'] = label;
  td.append(...content);
  return td;
}

/** One row, built the way ErrorsTable.astro renders it. */
function rowElement(row: ErrorRow): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const link = document.createElement('a');
  link.href = row.url;
  const code = document.createElement('code');
  code.append(codeNode(row.code));
  link.append(code);
  if (row.innerCode) {
    const inner = document.createElement('code');
    inner.className = 'inner';
    inner.append('/ ', codeNode(row.innerCode));
    link.append(' ', inner);
  }
  const badge = document.createElement('span');
  badge.className = `status-badge ${row.status.startsWith('5') ? 'server' : row.status.startsWith('4') ? 'client' : 'success'}`;
  badge.textContent = row.status;
  tr.append(
    cell('Code', link),
    cell('Status', badge),
    cell('Service', row.service),
    cell('Title', row.title),
    cell('Retryable', row.retryable ? 'Yes' : 'No'),
  );
  return tr;
}

class ErrorsTable extends HTMLElement {
  #rows: Promise<ErrorRow[]> | undefined;
  #sort: { key: SortKey; direction: 1 | -1 } | undefined;

  connectedCallback() {
    const input = this.querySelector<HTMLInputElement>('[data-filter]');
    const selects = this.querySelectorAll<HTMLSelectElement>('select');
    input?.addEventListener('input', () => void this.update());
    for (const select of selects) select.addEventListener('change', () => void this.update());
    for (const th of this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.append(...th.childNodes);
      th.append(button);
      button.addEventListener('click', () => {
        const key = th.dataset['sort'] as SortKey;
        this.#sort = { key, direction: this.#sort?.key === key ? (-this.#sort.direction as 1 | -1) : 1 };
        void this.update();
      });
    }
    this.classList.add('ready');
    // `/errors/?q=Code` opens the table filtered (the decoder links here for codes it does not know).
    const query = new URLSearchParams(location.search).get('q');
    if (query && input) {
      input.value = query.slice(0, 200);
      void this.update();
    }
  }

  #allRows(): Promise<ErrorRow[]> {
    this.#rows ??= fetch(this.dataset['rows']!)
      .then((response) => response.json() as Promise<ErrorRowsJson>)
      .then(fromErrorRowsJson);
    return this.#rows;
  }

  async update() {
    const text = (this.querySelector<HTMLInputElement>('[data-filter]')?.value ?? '').trim().toLowerCase();
    const service = this.querySelector<HTMLSelectElement>('[data-service]')?.value ?? '';
    const status = this.querySelector<HTMLSelectElement>('[data-status]')?.value ?? '';
    const count = this.querySelector('[data-count]')!;
    let all: ErrorRow[];
    try {
      all = await this.#allRows();
    } catch {
      this.#rows = undefined;
      count.textContent = 'The filter could not load the list of errors; the table below is unfiltered.';
      return;
    }
    const matches = all.filter(
      (row) =>
        (!service || row.service === service) &&
        (!status || row.status === status) &&
        (!text ||
          `${row.code} ${row.innerCode} ${row.title} ${row.service} ${row.status}`
            .toLowerCase()
            .includes(text)),
    );
    if (this.#sort) {
      const { key, direction } = this.#sort;
      matches.sort((a, b) => direction * COMPARE[key](a, b));
    }
    const limit = Number(this.dataset['limit'] ?? 1000);
    const shown = matches.slice(0, limit);
    this.querySelector('tbody')!.replaceChildren(...shown.map(rowElement));
    // aria-sort says how the rows are ordered, so it changes once they are (the first sort waits
    // for rows.json), never before.
    const sort = this.#sort;
    for (const th of this.querySelectorAll<HTMLElement>('th[data-sort]')) {
      if (sort && sort.key === th.dataset['sort'])
        th.setAttribute('aria-sort', sort.direction === 1 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const paged = this.querySelector<HTMLElement>('[data-pages]');
    const filtered = Boolean(text || service || status || this.#sort);
    if (paged) paged.hidden = filtered;
    count.textContent =
      shown.length < matches.length
        ? `Showing the first ${shown.length} of ${matches.length} matching errors (${all.length} in all); narrow the filter to see the rest`
        : `${matches.length} of ${all.length} errors`;
  }
}

if (!customElements.get('errors-table')) customElements.define('errors-table', ErrorsTable);
