import { decodeText } from '../decoder/decode.ts';
import { FRAGMENT_KEY } from './paste-fragment.ts';
import type { CatalogIndex } from '../decoder/types.ts';
import type { DecoderAsset, NoteRow } from '../catalog/decoder-asset.ts';
import { el, renderResult, summarize } from './render-result.ts';

/** Wait after the last keystroke before decoding, in milliseconds. */
const DEBOUNCE_MS = 150;
/**
 * Input longer than this, in characters, is decoded without being written into the textarea: a
 * textarea holding tens of megabytes makes the tab stop responding while it lays the text out.
 */
const LARGEST_SHOWN = 2 * 1024 * 1024;

/** A paste or file too large to show, held in memory and decoded from there. */
interface HeldInput {
  name: string;
  text: string;
}

/** The index file as the island uses it. */
interface Loaded {
  index: CatalogIndex;
  notes: Record<string, NoteRow>;
}

/** Fetches the index file (`data-index-url`) and files each note row under its entry's id. */
async function fetchIndex(url: string): Promise<Loaded> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const asset = (await response.json()) as DecoderAsset;
  const notes: Record<string, NoteRow> = {};
  asset.index.entries.forEach((entry, i) => (notes[entry.id] = asset.notes[i]!));
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
  #held: HeldInput | undefined;

  connectedCallback() {
    if (document.readyState === 'complete') void this.#load();
    else window.addEventListener('load', () => void this.#load(), { once: true });
    this.addEventListener('focusin', () => void this.#load(), { once: true });
    this.#input = this.querySelector('textarea')!;
    this.#output = this.querySelector('[data-output]')!;
    this.#announce = this.querySelector('[data-announce]')!;

    this.#input.addEventListener('input', () => {
      this.#hold(undefined);
      this.#schedule();
    });
    this.#input.addEventListener('paste', (event) => {
      this.#reveal = true;
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (text.length <= LARGEST_SHOWN) return;
      event.preventDefault();
      this.#takeLarge({ name: 'Pasted text', text });
    });
    this.querySelector('[data-download]')!.addEventListener('click', () => void this.#share('file'));
    this.querySelector('[data-clear]')!.addEventListener('click', () => this.#clear());
    this.querySelector('[data-copy-link]')!.addEventListener('click', () => void this.#share('link'));
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

  /** What is being decoded: the held large input, or the textarea. */
  #text(): string {
    return this.#held?.text ?? this.#input.value;
  }

  /** Holds (or, with undefined, lets go of) an input too large to show, and says so. */
  #hold(held: HeldInput | undefined) {
    this.#held = held;
    const line = this.querySelector<HTMLElement>('[data-held]')!;
    line.hidden = !held;
    if (held) {
      const megabytes = (new Blob([held.text]).size / 1_048_576).toFixed(1);
      line.textContent = `${held.name}, ${megabytes} MB: decoded here without being shown in the box.`;
    }
  }

  #takeLarge(held: HeldInput) {
    this.#input.value = '';
    this.#hold(held);
    this.#decodeNow();
  }

  #decodeNow() {
    const text = this.#text();
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
    const result = decodeText(text, index);
    const services = index.services.map((s) => s.name);
    this.#output.append(renderResult(result, { base: this.dataset['base'] ?? '/', notes, services }));
    // One short sentence for screen readers, announced politely; the full result is on the page.
    this.#announce.textContent = summarize(result);
    if (this.#reveal) this.#bringIntoView();
  }

  #showLoadError(error: unknown) {
    const message = `The catalog's index could not be loaded (${error instanceof Error ? error.message : String(error)}); reload the page to decode.`;
    this.#output.replaceChildren(el('p', 'note', message));
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
    this.#hold(undefined);
    this.querySelector<HTMLElement>('[data-download]')!.hidden = true;
    this.#output.replaceChildren();
    this.#announce.textContent = '';
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    this.#input.focus();
  }

  async #readFile(file: File) {
    const text = await file.text();
    this.#reveal = true;
    if (text.length > LARGEST_SHOWN) {
      this.#takeLarge({ name: file.name, text });
      return;
    }
    this.#hold(undefined);
    this.#input.value = text;
    this.#decodeNow();
  }

  /**
   * "Copy link" and "Download the redacted paste", in their own chunk (share-link.ts), fetched on
   * first use. Never throws: every failure ends in a sentence in the status line.
   */
  async #share(action: 'link' | 'file') {
    try {
      const share = await import('./share-link.ts');
      if (action === 'link') await share.copyLink(this, this.#text());
      else share.downloadRedacted(this.#text(), this.#held?.name);
    } catch {
      this.querySelector('[data-copy-status]')!.textContent =
        'Nothing was shared: the page could not redact it.';
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
