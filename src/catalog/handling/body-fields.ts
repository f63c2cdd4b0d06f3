import type { Envelope } from '../envelopes.ts';

/** Where an error body of each shape keeps its code, inner code and message (JSON property paths). */
export interface BodyFields {
  code: string[];
  inner: string[] | null;
  message: string[];
}

/**
 * One row per envelope: the snippets read these paths, each in its own language. A new envelope
 * fails the type check here until its row is written.
 */
export const BODY_FIELDS: Record<Envelope, BodyFields> = {
  odata: { code: ['error', 'code'], inner: ['error', 'innererror', 'code'], message: ['error', 'message'] },
  coveo: { code: ['type'], inner: null, message: ['message'] },
  'problem-details': { code: ['title'], inner: null, message: ['detail'] },
  oauth: { code: ['error'], inner: null, message: ['error_description'] },
};
