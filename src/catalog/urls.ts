/** Prefixes a site path (`/errors/x/`) with the configured base, for sites served from a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path}`;
}
