/**
 * Which URLs content may point at. A link goes to a web page (http or https) or to a page of this
 * site (a relative reference such as `../other-error/`); an image is a file of this site, because
 * the site makes no request to another origin. Every other scheme — `javascript:`, `data:`,
 * `vbscript:`, `file:`, `mailto:` … — is refused, since a link is the one place where content could
 * otherwise run code or leave the web.
 */

/** The URL schemes, without the colon, that a link may use (zod's `z.url({ protocol })` takes this form). */
export const WEB_PROTOCOL = /^https?$/;

/** Where relative references are resolved: any origin of our own that no real link can name. */
const SITE = new URL('https://site.invalid/errors/service/entry/');

/** What the URL is for: a link may leave the site, an image may not. */
export type UrlUse = 'link' | 'image';

/**
 * Returns why `url` may not be the target of a link or image in content, addressed to the
 * contributor, or `undefined` when it may.
 */
export function urlProblem(url: string, use: UrlUse): string | undefined {
  // The WHATWG URL parser is the browser's own: it drops the leading spaces and control characters
  // and the tabs and newlines that can hide a scheme (`java\tscript:`), as the browser will.
  const resolved = URL.parse(url, SITE);
  if (!resolved)
    return `"${url}" is not a URL a browser can open; write a full https:// URL or a relative path.`;
  const scheme = resolved.protocol.slice(0, -1);
  if (!WEB_PROTOCOL.test(scheme)) {
    return use === 'link'
      ? `a link to "${url}" uses the ${scheme}: scheme; a link must be an http(s):// URL or a relative path to a page of this site.`
      : `an image from "${url}" uses the ${scheme}: scheme; an image must be a file of this site, named by a relative path.`;
  }
  if (use === 'image' && resolved.origin !== SITE.origin) {
    return `an image from "${url}" would load from another site; the site makes no third-party requests, so copy the image into the site and name it by a relative path.`;
  }
  return undefined;
}
