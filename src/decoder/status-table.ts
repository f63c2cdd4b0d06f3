import type { HttpStatusTable, StatusInfo } from './types.ts';

/**
 * Reading and explaining HTTP statuses with the table the index carries (built from
 * status-info.ts), so the page's script holds the rules and not the phrases.
 */

/** A reason phrase squeezed for comparison: `Too Many Requests` and `TooManyRequests` read the same. */
export function squeezeReason(text: string): string {
  return text.replace(/[\s_-]+/g, '').toLowerCase();
}

/** The general meaning of a status; a status outside the table gets its class's meaning. */
export function statusInfoIn(table: HttpStatusTable, status: number): StatusInfo {
  const row = table.statuses.find(([code]) => code === status);
  if (row) return { status, reason: row[1], meaning: row[2] };
  return {
    status,
    reason: `${String(status)[0]}xx`,
    meaning: table.classes[Math.floor(status / 100)] || 'Not an HTTP status.',
  };
}
