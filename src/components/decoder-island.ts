import { decode } from '../decoder/decode.ts';
import { redactSecrets } from '../decoder/redact.ts';
import type { CatalogIndex } from '../decoder/types.ts';
import type { EntryNote } from '../catalog/decoder-index.ts';
import { renderResult, summarize } from './render-result.ts';

/** Wait after the last keystroke before decoding, in milliseconds. */
const DEBOUNCE_MS = 150;
/** The URL fragment key that carries a shared paste. */
const FRAGMENT_KEY = 'paste';

/**
 * `<decoder-island>`: wires the textarea, file picking and dropping, and the copy-link button to
 * the pure decoder. Everything pasted is rendered as text (see render-result.ts); nothing is sent.
 */
class DecoderIsland extends HTMLElement {
  #index!: CatalogIndex;
  #notes: Record<string, EntryNote> = {};
  /** Set by a paste or a dropped file: the next result is scrolled into view (typing never scrolls). */
  #reveal = false;
  #input!: HTMLTextAreaElement;
  #output!: HTMLElement;
  #announce!: HTMLElement;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    this.#index = JSON.parse(this.querySelector('[data-index]')!.textContent ?? '{}') as CatalogIndex;
    this.#notes = JSON.parse(this.querySelector('[data-notes]')?.textContent ?? '{}') as Record<
      string,
      EntryNote
    >;
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
    const result = decode(text, this.#index);
    const services = this.#index.services.map((s) => s.name);
    this.#output.append(
      renderResult(result, { base: this.dataset['base'] ?? '/', notes: this.#notes, services }),
    );
    // One short sentence for screen readers, announced politely; the full result is on the page.
    this.#announce.textContent = summarize(result);
    if (this.#reveal) this.#bringIntoView();
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
