/**
 * A request URL as the result shows it: no user name or password, no query values (they carry
 * tokens and signatures), and at most 100 characters, cut in the middle of the path.
 */
const MAX_LENGTH = 100;

export function shortUrl(url: string): string {
  if (!URL.canParse(url)) return url.slice(0, MAX_LENGTH);
  const parsed = new URL(url);
  const query = [...parsed.searchParams.keys()].map((key) => `${key}=…`).join('&');
  const text = `${parsed.protocol}//${parsed.host}${parsed.pathname}${query ? `?${query}` : ''}`;
  if (text.length <= MAX_LENGTH) return text;
  const keep = MAX_LENGTH - 1;
  return `${text.slice(0, Math.ceil(keep / 2))}…${text.slice(text.length - Math.floor(keep / 2))}`;
}
