/**
 * The error body shapes the catalog documents and the decoder reads. This array is the one list:
 * the schema's `envelope` enum, the decoder's `EnvelopeKind` and the display names derive from it.
 */
export const ENVELOPES = ['odata', 'coveo', 'problem-details', 'oauth'] as const;

/** One of {@link ENVELOPES}. */
export type Envelope = (typeof ENVELOPES)[number];

/** Display names of the error body shapes. */
export const ENVELOPE_NAMES: Record<Envelope, string> = {
  odata: 'OData-style {"error": {"code", "message"}}',
  coveo: '{"message", "type"}',
  'problem-details': 'problem details {"title", "detail", "status"}',
  oauth: 'OAuth {"error", "error_description"}',
};
