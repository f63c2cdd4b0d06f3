import { describeRemovals, redact } from '../redact/redact.ts';
import { FRAGMENT_KEY } from './paste-fragment.ts';

/**
 * What "Copy link" shares: the whole paste, redacted, in the URL fragment (which browsers never
 * send to a server). Kept apart from the island and loaded only when the button is used, so the
 * redaction engine is not part of what the decoder page loads up front.
 */

/**
 * The longest link offered, in characters. Browsers open far longer ones (Chromium up to 2 MB),
 * but a link of this size is already a file in disguise: past it, the page offers the redacted
 * paste as a download instead.
 */
export const MAX_LINK_LENGTH = 64 * 1024;

export interface SharedPaste {
  /** The link, or undefined when it would be longer than {@link MAX_LINK_LENGTH}. */
  url: string | undefined;
  /** "Authorization header, 2 cookies, sig=", or '' when nothing was removed. */
  removed: string;
  /** The length the link would have, in characters. */
  length: number;
}

/** Lone surrogates (a cut emoji, a binary file read as text) make `encodeURIComponent` throw. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const withoutLoneSurrogates = (text: string) => text.replace(LONE_SURROGATE, '\uFFFD');

/** Redacts the whole paste and builds its link on the page at `base` (origin and path). */
export function sharePaste(text: string, base: string): SharedPaste {
  const redaction = redact(withoutLoneSurrogates(text));
  const url = `${base}#${FRAGMENT_KEY}=${encodeURIComponent(redaction.text)}`;
  return {
    url: url.length <= MAX_LINK_LENGTH ? url : undefined,
    removed: describeRemovals(redaction.removed),
    length: url.length,
  };
}

/**
 * Puts the whole paste, redacted, in the fragment of the page's URL and on the clipboard, and says
 * in the island's status line what was removed. A link too long to share is refused; the island's
 * download button is shown instead.
 */
export async function copyLink(island: HTMLElement, text: string): Promise<void> {
  const status = island.querySelector('[data-copy-status]')!;
  const download = island.querySelector<HTMLElement>('[data-download]')!;
  const shared = sharePaste(text, `${location.origin}${location.pathname}`);
  const removed = shared.removed
    ? `with these removed: ${shared.removed}`
    : 'nothing in it looked like a credential';
  download.hidden = shared.url !== undefined;
  if (!shared.url) {
    const kilobytes = Math.round(shared.length / 1024).toLocaleString('en');
    status.textContent = `No link: this paste would make a ${kilobytes} KB link, too long to share. Download the redacted paste instead (${removed}).`;
    return;
  }
  history.replaceState(null, '', shared.url);
  try {
    await navigator.clipboard.writeText(shared.url);
    status.textContent = `Link copied, ${removed}.`;
  } catch {
    status.textContent = `The link is in the address bar, ${removed}.`;
  }
}

/**
 * Saves the redacted paste as a file made in the page (no request), named after the dropped file
 * (`session.har` → `session.redacted.har`) or `paste.redacted.txt`.
 */
export function downloadRedacted(text: string, fileName = ''): void {
  const name = /\.\w+$/.test(fileName) ? fileName.replace(/\.(\w+)$/, '.redacted.$1') : 'paste.redacted.txt';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(
    new Blob([redact(withoutLoneSurrogates(text)).text], { type: 'text/plain;charset=utf-8' }),
  );
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
