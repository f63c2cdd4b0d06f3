import { z } from 'astro/zod';
import { ENVELOPES } from './envelopes.ts';
import { HANDLING_FAMILY_NAMES } from './handling/families.ts';
import { expected, strictObject } from './schema-messages.ts';
import { WEB_PROTOCOL } from './web-url.ts';

/**
 * The frontmatter schemas of the catalog. `src/catalog/read-content.ts` applies them to every file,
 * for the site's content collections and for the CLI and tests alike, so there is one definition of
 * what a valid entry is.
 *
 * Every message is addressed to the contributor who broke the file and says what to write; each
 * check has its own (a too-short summary says it is too short). Objects are strict: an unknown key
 * fails with the nearest known one ("did you mean innerCode?").
 */

/** A status class such as `5XX`: the vendor documents a range, not one code. */
const STATUS_CLASS = /^[1-5]XX$/;

export const StatusSchema = z.union(
  [
    z
      .number()
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
  { error: expected('status', 'a number between 100 and 599, or a class such as "5XX"') },
);
export type Status = z.infer<typeof StatusSchema>;

/** A host name as it appears in URLs and `Host:` headers. A leading `*.` matches any subdomain. */
const HostNameSchema = z
  .string({ error: expected('host', 'a host name such as api.example.com') })
  .regex(
    /^(\*\.)?[a-z0-9.-]+$/,
    'host must be a lower-case host name such as api.example.com, optionally starting with *.',
  );

export const HostSchema = strictObject(
  {
    host: HostNameSchema,
    /** Where a host is shared with other APIs: the path prefix that belongs to this service. */
    pathPrefix: z
      .string({ error: expected('pathPrefix', 'a path such as /payments') })
      .startsWith('/', 'pathPrefix must start with /')
      .optional(),
  },
  'a host',
);

/**
 * The `handling` block of a service: which snippet templates its entries get (see
 * src/catalog/handling/families.ts) and the facts they are filled with. The request id header the
 * snippets read is the service's first `requestIdHeaders` entry.
 */
export const HandlingSchema = strictObject(
  {
    /** A template family: which clients the snippets show. */
    family: z.enum(HANDLING_FAMILY_NAMES, {
      error: expected('handling.family', `one of: ${HANDLING_FAMILY_NAMES.join(', ')}`),
    }),
    /** The HTTP method of the typical call the snippets make. */
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], {
      error: expected('handling.method', 'GET, POST, PUT, PATCH or DELETE'),
    }),
    /** A typical endpoint, `{placeholders}` for the parts a caller fills in. */
    url: z
      .string({ error: expected('handling.url', 'a typical https:// endpoint of the API') })
      .regex(
        /^https:\/\/[^\s'"`$\\]+$/,
        'handling.url must be an https:// URL without spaces, quotes, $ or \\',
      ),
  },
  'handling',
);

/**
 * An optional list of strings (none when left out), each at least `min` characters. `item` and
 * `list` are the field and what to write, for the messages a wrong item or a wrong list gets.
 */
function stringList(item: [string, string], [min, tooShort]: [number, string], list: [string, string]) {
  return z
    .array(z.string({ error: expected(...item) }).min(min, tooShort), { error: expected(...list) })
    .default([]);
}

/** A neighbour: an API people confuse with this one that the catalog does not cover. */
const NeighbourSchema = strictObject(
  {
    name: z
      .string({ error: expected('neighbour name', 'the name of the API, as its vendor writes it') })
      .min(3, 'each neighbour name has at least 3 characters: the API name as its vendor writes it'),
    hosts: z
      .array(HostNameSchema, { error: expected('neighbour hosts', 'a list of host names') })
      .default([]),
    words: stringList(
      ['neighbour word', 'a word of at least 4 characters'],
      [4, 'each neighbour word has at least 4 characters'],
      ['neighbour words', 'a list of words'],
    ),
  },
  'a neighbour',
);

/** content/services/<id>.md — one vendor API. The file name is the id used in URLs. */
export const ServiceSchema = strictObject(
  {
    /** The API's name as its vendor writes it. */
    name: z
      .string({ error: expected('name', 'the API name as the vendor writes it') })
      .min(3, 'name must be at least 3 characters: the API name as the vendor writes it'),
    /** The company that runs the API. */
    vendor: z
      .string({ error: expected('vendor', 'the company that runs the API') })
      .min(2, 'vendor must be at least 2 characters: the company that runs the API'),
    /** The vendor's own error documentation. */
    docs: z.url({
      protocol: WEB_PROTOCOL,
      error: expected('docs', 'the full https:// URL of the vendor error documentation'),
    }),
    /** One sentence shown on cards and in search results. */
    summary: z
      .string({ error: expected('summary', 'one sentence about the API') })
      .min(20, 'summary is too short: write one sentence of at least 20 characters about the API')
      .max(240, 'summary is too long: keep it to one sentence of at most 240 characters'),
    /** Where the API answers. The decoder uses these to tell services apart. */
    hosts: z
      .array(HostSchema, { error: expected('hosts', 'a list of the hosts the API answers on') })
      .min(1, 'list at least one host the API answers on'),
    /** The error body shape most of its errors use. An entry can override it. */
    envelope: z.enum(ENVELOPES, { error: expected('envelope', `one of: ${ENVELOPES.join(', ')}`) }),
    /**
     * Prefixes of numbered code families the service answers with, such as `AADSTS` (AADSTS70008).
     * The decoder reads `<prefix><digits>` in pastes and an OAuth body's `error_codes` under it.
     */
    codeFamilies: z
      .array(
        z
          .string({ error: expected('each code family', 'a prefix such as AADSTS') })
          .regex(/^[A-Z]{2,10}$/, 'each code family is a prefix of 2 to 10 capital letters, such as AADSTS'),
        { error: expected('codeFamilies', 'a list of prefixes such as [AADSTS]') },
      )
      .default([]),
    /**
     * Response headers that carry this service's request or correlation ids, lower case. The first
     * is the one support asks for, and the one the "Handle it in code" snippets read.
     */
    requestIdHeaders: z
      .array(
        z
          .string({ error: expected('each request id header', 'a header name such as x-ms-request-id') })
          .regex(
            /^[a-z0-9-]{1,64}$/,
            'each request id header is a lower-case header name such as x-ms-request-id',
          ),
        { error: expected('requestIdHeaders', 'a list of header names such as [x-ms-request-id]') },
      )
      .default([]),
    /**
     * APIs people confuse with this one that the catalog does not cover. A paste that shows one of
     * their hosts or words (a cmdlet prefix, an SDK namespace) is evidence against this service.
     */
    neighbours: z
      .array(NeighbourSchema, { error: expected('neighbours', 'a list of { name, hosts, words }') })
      .default([]),
    /** How to call the API in the "Handle it in code" snippets of its entries. */
    handling: HandlingSchema.optional(),
  },
  'a service',
).refine((service) => !service.handling || service.requestIdHeaders.length > 0, {
  error:
    'a service with handling needs requestIdHeaders: the snippets read the first one, the header support asks for',
  path: ['requestIdHeaders'],
});
export type ServiceData = z.infer<typeof ServiceSchema>;

/**
 * A response as it appears on the wire: status line, the headers that matter, a blank line, the
 * body (or nothing, where an empty body is the point).
 */
export const ExampleSchema = z
  .string({ error: expected('each example', 'a response as text: status line, headers, blank line, body') })
  .regex(
    /^HTTP\/[0-9.]+ [1-5][0-9][0-9]/,
    'each example starts with a status line such as "HTTP/1.1 403 Forbidden"',
  );

/**
 * The `service` field as the file says it: the id of a file in content/services/. That such a file
 * exists is checked where both collections meet, in `buildCatalog` (src/catalog/model.ts), so the
 * allowed ids always come from the files that exist now.
 */
export const ServiceIdSchema = z
  .string({ error: expected('service', 'the id of a file in content/services/') })
  .min(1, 'service must not be empty: write the id of a file in content/services/');

/**
 * content/errors/<service>/<slug>.md — one documented error. Its identity is
 * (service, status, code, innerCode); two files with the same identity fail the build.
 *
 * `service` validates the `service` field: {@link ServiceIdSchema} outside Astro, a reference to
 * the services collection in `src/content.config.ts`.
 */
export function makeEntrySchema<S extends z.ZodType = typeof ServiceIdSchema>(
  service: S = ServiceIdSchema as unknown as S,
) {
  return strictObject(
    {
      /** The id of the service (a file in content/services/) that returns this error. */
      service,
      /** The HTTP status, or a class such as "5XX" where the vendor documents a range. */
      status: StatusSchema,
      /** The code exactly as it appears in responses (case matters). */
      code: z
        .string({ error: expected('code', 'the error code exactly as it appears in responses') })
        .min(1, 'code must not be empty: write the error code exactly as it appears in responses')
        .max(80, 'code is too long: at most 80 characters')
        .regex(/^(\S(.*\S)?)?$/, 'code must not start or end with spaces'),
      /**
       * False where the vendor documents no code for this error (an empty 200, a bare status) and the
       * code is a name this catalog gives it. Pages flag such codes.
       */
      codeDocumented: z.boolean({ error: expected('codeDocumented', 'true or false') }).default(true),
      /** The inner error code, where the vendor nests one (`innererror.code`). */
      innerCode: z
        .string({ error: expected('innerCode', 'the nested code as it appears in responses') })
        .min(1, 'innerCode must not be empty: remove the line when there is no inner code')
        .optional(),
      /** A short human title, sentence case. */
      title: z
        .string({ error: expected('title', 'a short sentence-case title') })
        .min(3, 'title is too short: at least 3 characters')
        .max(90, 'title is too long: at most 90 characters'),
      /** One sentence that says what went wrong. */
      summary: z
        .string({ error: expected('summary', 'one sentence that says what went wrong') })
        .min(20, 'summary is too short: write one sentence of at least 20 characters')
        .max(260, 'summary is too long: keep it to one sentence of at most 260 characters'),
      /** The documented message; `{placeholders}` stand for the parts that vary, as the vendor writes them. */
      message: z.string({
        error: expected('message', 'the documented message, with {placeholders} for parts that vary'),
      }),
      /** Which body shape this error uses, when it differs from the service's. */
      envelope: z
        .enum(ENVELOPES, { error: expected('envelope', `one of: ${ENVELOPES.join(', ')}`) })
        .optional(),
      /** Whether sending the same request again can succeed. */
      retryable: z.boolean({ error: expected('retryable', 'true or false') }),
      /** What to do about retrying: when, how often, with what change. */
      retryAdvice: z
        .string({ error: expected('retryAdvice', 'one or two sentences on whether and how to retry') })
        .min(10, 'retryAdvice is too short: one or two sentences on whether and how to retry'),
      /** Other strings that identify this error (such as AADSTS70008). */
      aliases: stringList(
        ['each alias', 'a string that identifies this error'],
        [1, 'an alias must not be empty'],
        ['aliases', 'a list such as [AADSTS70008]'],
      ),
      /** Responses as they appear on the wire. At least one. */
      examples: z
        .array(ExampleSchema, {
          error: expected('examples', 'a list of responses as they appear on the wire'),
        })
        .min(1, 'add at least one example: a response as it appears on the wire'),
      /** The vendor page that documents this error. */
      source: z.url({
        protocol: WEB_PROTOCOL,
        error: expected('source', 'the full https:// URL of the vendor page that documents this error'),
      }),
    },
    'an entry',
  );
}

/** Frontmatter of an entry after validation, with `service` as the id the file names. */
export type EntryData = z.infer<ReturnType<typeof makeEntrySchema<typeof ServiceIdSchema>>>;
