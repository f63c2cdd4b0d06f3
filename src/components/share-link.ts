import { describeRemovals, redact } from '../redact/redact.ts';

/**
 * What "Copy link" shares: the whole paste, redacted, in the URL fragment (which browsers never
 * send to a server). Kept apart from the island and loaded only when the button is used, so the
 * redaction engine is not part of what the decoder page loads up front.
 */

/** The fragment key that carries a shared paste. */
export const FRAGMENT_KEY = 'paste';

/**
 * The longest link offered, in characters. Browsers open far longer ones (Chromium up to 2 MB),
 * but a link of this size is already a file in disguise: past it, the page offers the redacted
 * paste as a download instead.
 */
export const MAX_LINK_LENGTH = 64 * 1024;

export interface SharedPaste {
  /** The link, or undefined when it would be longer than {@link MAX_LINK_LENGTH}. */
  url: string | undefined;
  /** The redacted paste, for the download offered instead of a long link. */
  redacted: string;
  /** "Authorization header, 2 cookies, sig=", or '' when nothing was removed. */
  removed: string;
  /** The length the link would have, in characters. */
  length: number;
}

/** Lone surrogates (a cut emoji, a binary file read as text) make `encodeURIComponent` throw. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Redacts the whole paste and builds its link on the page at `base` (origin and path). */
export function sharePaste(text: string, base: string): SharedPaste {
  const redaction = redact(text.replace(LONE_SURROGATE, '\uFFFD'));
  const url = `${base}#${FRAGMENT_KEY}=${encodeURIComponent(redaction.text)}`;
  return {
    url: url.length <= MAX_LINK_LENGTH ? url : undefined,
    redacted: redaction.text,
    removed: describeRemovals(redaction.removed),
    length: url.length,
  };
}

/** Offers text as a file download, made in the page (no request). */
export function downloadText(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
