import { z } from 'astro/zod';
import { HANDLING_FAMILY_NAMES } from './handling/families.ts';
import { WEB_PROTOCOL } from './web-url.ts';

/**
 * The frontmatter schemas of the catalog. `src/content.config.ts` wires them to Astro's content
 * collections; `src/catalog/load-catalog.ts` applies the very same schemas outside Astro (the CLI and
 * the content tests), so there is one definition of what a valid entry is.
 *
 * Every message is addressed to the contributor who broke the file: it says what to write.
 */

/** The error body shapes the catalog knows how to read. */
export const ENVELOPES = ['odata', 'coveo', 'problem-details', 'oauth'] as const;
export type Envelope = (typeof ENVELOPES)[number];

/** A status class such as `5XX`: the vendor documents a range, not one code. */
const STATUS_CLASS = /^[1-5]XX$/;

export const StatusSchema = z.union(
  [
    z
      .number({ error: 'status must be a number such as 404, or a class written as a string such as "5XX"' })
      .int('status must be a whole number such as 404')
      .min(100, 'status must be between 100 and 599 (HTTP has no status below 100)')
      .max(599, 'status must be between 100 and 599 (HTTP has no status above 599)'),
    z
      .string()
      .regex(
        STATUS_CLASS,
        'status must be a number between 100 and 599, or a class written as a digit and XX, such as "5XX"',
      ),
  ],
  { error: 'status must be a number between 100 and 599, or a class such as "5XX"' },
);
export type Status = z.infer<typeof StatusSchema>;

export const HostSchema = z.object({
  /** A host name as it appears in URLs and `Host:` headers. A leading `*.` matches any subdomain. */
  host: z
    .string()
    .regex(
      /^(\*\.)?[a-z0-9.-]+$/,
      'host must be a lower-case host name such as api.example.com, optionally starting with *.',
    ),
  /** Where a host is shared with other APIs: the path prefix that belongs to this service. */
  pathPrefix: z.string().startsWith('/', 'pathPrefix must start with /').optional(),
});

/**
 * The `handling` block of a service: which snippet templates its entries get (see
 * src/catalog/handling/families.ts) and the facts they are filled with.
 */
export const HandlingSchema = z.object({
  /** A template family: which clients the snippets show. */
  family: z.enum(HANDLING_FAMILY_NAMES, {
    error: `handling.family must be one of: ${HANDLING_FAMILY_NAMES.join(', ')}`,
  }),
  /** The HTTP method of the typical call the snippets make. */
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], {
    error: 'handling.method must be GET, POST, PUT, PATCH or DELETE',
  }),
  /** A typical endpoint, `{placeholders}` for the parts a caller fills in. */
  url: z
    .string({ error: 'handling.url is required: a typical https:// endpoint of the API' })
    .regex(
      /^https:\/\/[^\s'"`$\\]+$/,
      'handling.url must be an https:// URL without spaces, quotes, $ or \\',
    ),
  /** The response header that carries the request id support asks for. */
  requestIdHeader: z
    .string({ error: 'handling.requestIdHeader is required: the header that carries the request id' })
    .regex(/^[A-Za-z0-9-]+$/, 'handling.requestIdHeader must be a header name such as x-ms-request-id'),
});

/** content/services/<id>.md — one vendor API. The file name is the id used in URLs. */
export const ServiceSchema = z.object({
  /** The API's name as its vendor writes it. */
  name: z.string({ error: 'name is required: the API name as the vendor writes it' }).min(3),
  /** The company that runs the API. */
  vendor: z.string({ error: 'vendor is required: the company that runs the API' }).min(2),
  /** The vendor's own error documentation. */
  docs: z.url({
    protocol: WEB_PROTOCOL,
    error: 'docs must be the full https:// URL of the vendor error documentation',
  }),
  /** One sentence shown on cards and in search results. */
  summary: z.string({ error: 'summary is required: one sentence about the API' }).min(20).max(240),
  /** Where the API answers. The decoder uses these to tell services apart. */
  hosts: z.array(HostSchema).min(1, 'list at least one host the API answers on'),
  /** The error body shape most of its errors use. An entry can override it. */
  envelope: z.enum(ENVELOPES, { error: `envelope must be one of: ${ENVELOPES.join(', ')}` }),
  /**
   * Prefixes of numbered code families the service answers with, such as `AADSTS` (AADSTS70008).
   * The decoder reads `<prefix><digits>` in pastes and an OAuth body's `error_codes` under it.
   */
  codeFamilies: z
    .array(
      z
        .string()
        .regex(/^[A-Z]{2,10}$/, 'each code family is a prefix of 2 to 10 capital letters, such as AADSTS'),
    )
    .default([]),
  /** Response headers that carry this service's request or correlation ids, lower case. */
  requestIdHeaders: z
    .array(
      z
        .string()
        .regex(
          /^[a-z0-9-]{1,64}$/,
          'each request id header is a lower-case header name such as x-ms-request-id',
        ),
    )
    .default([]),
  /**
   * APIs people confuse with this one that the catalog does not cover. A paste that shows one of
   * their hosts or words (a cmdlet prefix, an SDK namespace) is evidence against this service.
   */
  neighbours: z
    .array(
      z.object({
        name: z.string().min(3, 'each neighbour needs the name of the API, as its vendor writes it'),
        hosts: z.array(HostSchema.shape.host).default([]),
        words: z.array(z.string().min(4, 'each neighbour word has at least 4 characters')).default([]),
      }),
    )
    .default([]),
  /** How to call the API in the "Handle it in code" snippets of its entries. */
  handling: HandlingSchema.optional(),
});
export type ServiceData = z.infer<typeof ServiceSchema>;

/**
 * A response as it appears on the wire: status line, the headers that matter, a blank line, the
 * body (or nothing, where an empty body is the point).
 */
export const ExampleSchema = z
  .string({ error: 'each example is a response as text: status line, headers, blank line, body' })
  .regex(
    /^HTTP\/[0-9.]+ [1-5][0-9][0-9]/,
    'each example starts with a status line such as "HTTP/1.1 403 Forbidden"',
  );

/**
 * The `service` field: the id of a file in content/services/. The allowed ids come from the data
 * (the files that exist), never from a hand-kept list.
 */
export function serviceIdSchema(serviceIds: readonly string[]) {
  return z
    .string({ error: 'service is required: the id of a file in content/services/' })
    .refine((id) => serviceIds.includes(id), {
      error: `service must be the id of a file in content/services/ (one of: ${serviceIds.join(', ')})`,
    });
}

/**
 * content/errors/<service>/<slug>.md — one documented error. Its identity is
 * (service, status, code, innerCode); two files with the same identity fail the build.
 */
export function makeEntrySchema(serviceIds: readonly string[]) {
  return z.object({
    /** The id of the service (a file in content/services/) that returns this error. */
    service: serviceIdSchema(serviceIds),
    /** The HTTP status, or a class such as "5XX" where the vendor documents a range. */
    status: StatusSchema,
    /** The code exactly as it appears in responses (case matters). */
    code: z
      .string({ error: 'code is required: the error code exactly as it appears in responses' })
      .min(1)
      .max(80)
      .regex(/^\S(.*\S)?$/, 'code must not start or end with spaces'),
    /**
     * False where the vendor documents no code for this error (an empty 200, a bare status) and the
     * code is a name this catalog gives it. Pages flag such codes.
     */
    codeDocumented: z.boolean().default(true),
    /** The inner error code, where the vendor nests one (`innererror.code`). */
    innerCode: z.string().min(1).optional(),
    /** A short human title, sentence case. */
    title: z.string({ error: 'title is required: a short sentence-case title' }).min(3).max(90),
    /** One sentence that says what went wrong. */
    summary: z
      .string({ error: 'summary is required: one sentence that says what went wrong' })
      .min(20)
      .max(260),
    /** The documented message; `{placeholders}` stand for the parts that vary, as the vendor writes them. */
    message: z.string({
      error: 'message is required: the documented message, with {placeholders} for parts that vary',
    }),
    /** Which body shape this error uses, when it differs from the service's. */
    envelope: z.enum(ENVELOPES, { error: `envelope must be one of: ${ENVELOPES.join(', ')}` }).optional(),
    /** Whether sending the same request again can succeed. */
    retryable: z.boolean({ error: 'retryable is required: true or false' }),
    /** What to do about retrying: when, how often, with what change. */
    retryAdvice: z
      .string({ error: 'retryAdvice is required: one or two sentences on whether and how to retry' })
      .min(10),
    /** Other strings that identify this error (such as AADSTS70008). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Responses as they appear on the wire. At least one. */
    examples: z
      .array(ExampleSchema, { error: 'examples is required: a list of responses as they appear on the wire' })
      .min(1, 'add at least one example: a response as it appears on the wire'),
    /** The vendor page that documents this error. */
    source: z.url({
      protocol: WEB_PROTOCOL,
      error: 'source must be the full https:// URL of the vendor page that documents this error',
    }),
  });
}
