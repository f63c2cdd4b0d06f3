/**
 * Where a shared paste travels: the URL fragment (`#paste=…`), which browsers never send to a
 * server. share-link.ts writes it; the decoder island reads it.
 */
export const FRAGMENT_KEY = 'paste';
