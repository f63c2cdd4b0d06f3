import type { Envelope } from './schema.ts';

/** Display names of the error body shapes. */
export const ENVELOPE_NAMES: Record<Envelope, string> = {
  odata: 'OData-style {"error": {"code", "message"}}',
  coveo: '{"message", "type"}',
  'problem-details': 'problem details {"title", "detail", "status"}',
  oauth: 'OAuth {"error", "error_description"}',
};
