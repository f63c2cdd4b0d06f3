import { decode } from '../decoder/decode.ts';
import { redactSecrets } from '../decoder/redact.ts';
import type { CatalogIndex } from '../decoder/types.ts';
import type { EntryNote } from '../catalog/decoder-index.ts';
import type { DecoderAsset } from '../catalog/decoder-asset.ts';
import { renderResult, summarize } from './render-result.ts';

/** Wait after the last keystroke before decoding, in milliseconds. */
const DEBOUNCE_MS = 150;
/** The URL fragment key that carries a shared paste. */
const FRAGMENT_KEY = 'paste';

/** The index file as the island uses it. */
interface Loaded {
  index: CatalogIndex;
  notes: Record<string, EntryNote>;
}

/** Fetches the index file (`data-index-url`) and files each note under its entry's id. */
async function fetchIndex(url: string): Promise<Loaded> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const asset = (await response.json()) as DecoderAsset;
  const notes: Record<string, EntryNote> = Object.create(null);
  asset.index.entries.forEach((entry, i) => {
    const [summary = '', step = '', retry = ''] = asset.notes[i] ?? [];
    notes[entry.id] = { summary, step, retry };
  });
  return { index: asset.index, notes };
}

/**
 * `<decoder-island>`: wires the textarea, file picking and dropping, and the copy-link button to
 * the pure decoder. Everything pasted is rendered as text (see render-result.ts); nothing is sent.
 * The index file is fetched once the page has loaded, or sooner when the paste box is used first:
 * the request never depends on what is pasted.
 */
class DecoderIsland extends HTMLElement {
  #loading: Promise<Loaded> | undefined;
  #loaded: Loaded | undefined;
  /** Set by a paste or a dropped file: the next result is scrolled into view (typing never scrolls). */
  #reveal = false;
  #input!: HTMLTextAreaElement;
  #output!: HTMLElement;
  #announce!: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    if (document.readyState === 'complete') void this.#load();
    else window.addEventListener('load', () => void this.#load(), { once: true });
    this.addEventListener('focusin', () => void this.#load(), { once: true });
    this.#input = this.querySelector('textarea')!;
    this.#output = this.querySelector('[data-output]')!;
    this.#announce = this.querySelector('[data-announce]')!;

    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('paste', () => (this.#reveal = true));
    this.querySelector('[data-clear]')!.addEventListener('click', () => this.#clear());
    this.querySelector('[data-copy-link]')!.addEventListener('click', () => void this.#copyLink());
    this.querySelector<HTMLInputElement>('[data-file]')!.addEventListener('change', (event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (file) void this.#readFile(file);
    });
    this.addEventListener('dragover', (event) => {
      event.preventDefault();
      void this.#load();
      this.classList.add('dragging');
    });
    this.addEventListener('dragleave', () => this.classList.remove('dragging'));
    this.addEventListener('drop', (event) => {
      event.preventDefault();
      this.classList.remove('dragging');
      const file = event.dataTransfer?.files[0];
      if (file) void this.#readFile(file);
    });
    window.addEventListener('hashchange', () => this.#loadFragment());
    this.#loadFragment();
    // Text typed or pasted before this script ran is decoded too.
    if (this.#input.value.trim() !== '' && this.#output.childElementCount === 0) this.#decodeNow();
  }

  /** The index, fetched at most once; a failed fetch stays failed until the page is reloaded. */
  #load(): Promise<Loaded> {
    this.#loading ??= fetchIndex(this.dataset['indexUrl']!).then((loaded) => (this.#loaded = loaded));
    // Handled here once so an unused failed load is not reported as unhandled; decoding reports it.
    this.#loading.catch(() => undefined);
    return this.#loading;
  }

  #schedule() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#decodeNow(), DEBOUNCE_MS);
  }

  #decodeNow() {
    const text = this.#input.value;
    this.#output.replaceChildren();
    if (text.trim() === '') {
      this.#announce.textContent = '';
      return;
    }
    if (!this.#loaded) {
      this.#load().then(
        () => this.#decodeNow(),
        (error: unknown) => this.#showLoadError(error),
      );
      return;
    }
    const { index, notes } = this.#loaded;
    const result = decode(text, index);
    const services = index.services.map((s) => s.name);
    this.#output.append(renderResult(result, { base: this.dataset['base'] ?? '/', notes, services }));
    // One short sentence for screen readers, announced politely; the full result is on the page.
    this.#announce.textContent = summarize(result);
    if (this.#reveal) this.#bringIntoView();
  }

  #showLoadError(error: unknown) {
    const message = `The catalog's index could not be loaded (${error instanceof Error ? error.message : String(error)}); reload the page to decode.`;
    const note = document.createElement('p');
    note.className = 'note';
    note.textContent = message;
    this.#output.replaceChildren(note);
    this.#announce.textContent = message;
  }

  /** Scrolls the first verdict line into view when it is not; focus stays where it was. */
  #bringIntoView() {
    this.#reveal = false;
    const first = this.#output.querySelector('.verdict-label');
    if (!first) return;
    const box = first.getBoundingClientRect();
    if (box.top >= 0 && box.bottom <= window.innerHeight) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    first.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
  }

  #clear() {
    this.#input.value = '';
    this.#output.replaceChildren();
    this.#announce.textContent = '';
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    this.#input.focus();
  }

  async #readFile(file: File) {
    this.#input.value = await file.text();
    this.#reveal = true;
    this.#decodeNow();
  }

  /** Puts the redacted paste in the fragment, which browsers never send to a server. */
  async #copyLink() {
    const redacted = redactSecrets(this.#input.value);
    const url = `${location.origin}${location.pathname}#${FRAGMENT_KEY}=${encodeURIComponent(redacted)}`;
    history.replaceState(null, '', url);
    const status = this.querySelector('[data-copy-status]')!;
    try {
      await navigator.clipboard.writeText(url);
      status.textContent = 'Link copied, with tokens and keys removed.';
    } catch {
      status.textContent = 'The link is in the address bar, with tokens and keys removed.';
    }
  }

  #loadFragment() {
    const value = new URLSearchParams(location.hash.slice(1)).get(FRAGMENT_KEY);
    if (value === null) return;
    this.#input.value = value;
    this.#decodeNow();
  }
}

customElements.define('decoder-island', DecoderIsland);
