/**
 * `<atlas-search>`: the site's search button and dialog (src/components/Search.astro, Starlight's
 * `Search` override). A query that is a code, inner code or alias answers from the static code map
 * with one small fetch; a code-shaped query that is no key says so, with Pagefind's nearest matches
 * below; anything else is a Pagefind full-text search. The native modal `<dialog>` traps focus,
 * closes on Escape and gives focus back to what opened it.
 */
import { looksLikeCode } from '../catalog/code-keys.ts';
import { codeMapFrom, lookUpCode, type CodeAnswer } from './code-lookup.ts';
import { loadFilters, searchPages, type FilterSelection } from './pagefind-client.ts';
import * as view from './search-view.ts';

/** Milliseconds after the last keystroke before a query is looked up in the code map. */
const DEBOUNCE_MS = 80;
/**
 * Milliseconds after the last keystroke before a full-text search starts. Longer than a typist's
 * pause between keys, so typing a code does not load Pagefind for every prefix on the way.
 */
const FULL_TEXT_PAUSE_MS = 300;
/** Full-text hits shown at once; "More results" shows as many again. */
const PAGE_SIZE = 8;

class AtlasSearch extends HTMLElement {
  #dialog!: HTMLDialogElement;
  #input!: HTMLInputElement;
  #results!: HTMLElement;
  #status!: HTMLElement;
  #filters!: HTMLDetailsElement;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Starts the scheduled search without waiting for the debounce. */
  #startNow: () => void = () => {};
  /** Set when the reader asked for the result now (Enter), so nothing waits for a pause. */
  #now = false;
  #run = 0;
  /** The search in flight (or done) for the input's current value; Enter waits for it. */
  #current: Promise<void> = Promise.resolve();
  /** Set when the reader asks for full-text hits beside the code answers. */
  #fullText = false;

  connectedCallback() {
    this.#dialog = this.querySelector('dialog')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#filters = this.querySelector('details[data-filters]')!;
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    openButton.addEventListener('click', () => this.open());
    openButton.disabled = false;
    // Apple keyboards say ⌘; `navigator.platform` is what a spoofed user agent leaves alone.
    if (/Mac|iPhone|iPod|iPad/.test(navigator.platform)) {
      this.querySelector('[data-platform-key]')!.textContent = '⌘';
      openButton.setAttribute('aria-keyshortcuts', 'Meta+K');
    }
    this.querySelector('button[data-close-modal]')!.addEventListener('click', () => this.#dialog.close());
    // A click on the backdrop lands on the dialog itself; the frame covers the rest of it.
    this.#dialog.addEventListener('click', (event) => {
      if (event.target === this.#dialog) this.#dialog.close();
      else if ((event.target as Element).closest('a[href]')) this.#dialog.close();
    });
    this.#dialog.addEventListener('close', () =>
      document.body.toggleAttribute('data-search-modal-open', false),
    );
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#openTopHit();
    });
    this.#input.addEventListener('input', () => this.#schedule());
    this.#dialog.addEventListener('keydown', (event) => this.#onKey(event));
    this.#filters.addEventListener('toggle', () => this.#showFilters(), { once: true });
    this.#filters.addEventListener('change', () => this.#schedule(0));
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        event.preventDefault();
        if (this.#dialog.open) this.#dialog.close();
        else this.open();
      }
    });
  }

  /** Opens the dialog; with `term`, types it into the box and searches for it. */
  open(term?: string) {
    if (!this.#dialog.open) {
      this.#dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
    }
    if (term !== undefined) {
      this.#input.value = term;
      this.#schedule(0);
    }
    this.#input.focus();
  }

  #schedule(delay = DEBOUNCE_MS) {
    clearTimeout(this.#timer);
    this.#fullText = false;
    this.#now = false;
    const run = ++this.#run;
    this.#current = new Promise<void>((resolve) => (this.#startNow = resolve)).then(() => this.#search(run));
    this.#timer = setTimeout(this.#startNow, delay);
  }

  #selectedFilters(): FilterSelection {
    const selection: FilterSelection = {};
    for (const box of this.#filters.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) {
      (selection[box.name] ??= []).push(box.value);
    }
    return selection;
  }

  async #search(run: number, shown = 0) {
    const query = this.#input.value.trim();
    const stale = () => run !== this.#run;
    if (!query) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    const filters = this.#selectedFilters();
    const filtered = Object.keys(filters).length > 0;
    // Any query may be a code (some have spaces, such as "Bad Request"): one small fetch tells.
    const answers: CodeAnswer[] = await lookUpCode(query, this.#map(), this.#base()).catch(() => []);
    if (stale()) return;
    const parts: Node[] = [];
    if (answers.length > 0) parts.push(view.groupHeading('Code'), view.codeAnswersView(answers));
    const miss = answers.length === 0 && looksLikeCode(query);
    if (miss) parts.push(view.notInCatalogView(query));
    if (answers.length > 0 && !this.#fullText && !filtered) {
      // The answer is complete; the full text is one click away, never fetched unasked.
      parts.push(view.actionButton(`Search every page for “${query}”`, () => this.#more(run, 0)));
      this.#show(
        parts,
        `${answers.length} ${answers.length === 1 ? 'entry has' : 'entries have'} the code ${query}.`,
      );
      return;
    }
    this.#show(parts, miss ? `${query} is not in the catalog. Searching for nearest matches…` : 'Searching…');
    if (shown === 0 && !this.#fullText && !this.#now) {
      await new Promise((resolve) => setTimeout(resolve, FULL_TEXT_PAUSE_MS - DEBOUNCE_MS));
      if (stale()) return;
    }
    const { hits, total } = await searchPages(query, this.#base(), filters, 0, shown + PAGE_SIZE).catch(
      () => ({
        hits: [],
        total: -1,
      }),
    );
    if (stale()) return;
    if (hits.length > 0) {
      parts.push(
        view.groupHeading(
          miss ? 'Nearest matches' : answers.length > 0 ? 'Pages that mention it' : 'Results',
        ),
      );
      parts.push(view.pageHitsView(hits));
      if (total > hits.length)
        parts.push(view.actionButton('More results', () => this.#more(run, hits.length)));
    }
    const found =
      total < 0
        ? 'Full-text search could not load.'
        : `${total} ${total === 1 ? 'page' : 'pages'} for ${query}${filtered ? ' with the chosen filters' : ''}.`;
    this.#show(parts, miss ? `${query} is not in the catalog. ${found}` : found);
  }

  #more(run: number, shown: number) {
    if (run !== this.#run) return;
    this.#fullText = true;
    const focusIndex = shown;
    this.#current = this.#search(run, shown).then(() => {
      // Keep the reader's place: focus the first hit that was not shown before.
      this.#results.querySelectorAll<HTMLElement>('.page-hits a[data-hit]')[focusIndex]?.focus();
    });
  }

  #show(parts: Node[], status: string) {
    this.#results.replaceChildren(...parts);
    this.#status.textContent = status;
  }

  async #openTopHit() {
    // Run a scheduled search now rather than after its debounce, and wait for it.
    clearTimeout(this.#timer);
    this.#now = true;
    this.#startNow();
    await this.#current;
    const top = this.#results.querySelector<HTMLAnchorElement>('a[data-hit]');
    if (top) location.assign(top.href);
  }

  #onKey(event: KeyboardEvent) {
    // A search box's own Escape only clears it; here Escape closes, as in any modal dialog.
    if (event.key === 'Escape') {
      event.preventDefault();
      this.#dialog.close();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const hits = [...this.#results.querySelectorAll<HTMLElement>('a[data-hit]')];
    if (hits.length === 0) return;
    const at = hits.indexOf(document.activeElement as HTMLElement);
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, hits.length - 1) : at - 1;
    event.preventDefault();
    if (next < 0) this.#input.focus();
    else hits[next]!.focus();
  }

  async #showFilters() {
    const body = this.#filters.querySelector<HTMLElement>('[data-filter-body]')!;
    try {
      const filters = await loadFilters(this.#base());
      body.replaceChildren(
        ...Object.entries(filters).map(([name, values]) => view.filterFieldset(name, values)),
      );
    } catch {
      body.textContent = 'Filters could not load.';
    }
  }

  #base() {
    return this.dataset['base'] ?? '/';
  }

  #map() {
    return codeMapFrom(this);
  }
}

customElements.define('atlas-search', AtlasSearch);
