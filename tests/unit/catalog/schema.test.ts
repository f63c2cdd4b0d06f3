/**
 * The schema's messages: each check says its own thing, unknown keys fail with the nearest known
 * one. Table-driven from a valid entry and a valid service, one broken field per row.
 */
import { describe, expect, it } from 'vitest';
import { makeEntrySchema, ServiceSchema } from '../../../src/catalog/schema.ts';

const entry = {
  service: 'demo-api',
  status: 404,
  code: 'NotFound',
  title: 'Not found',
  summary: 'The resource named in the URL does not exist.',
  message: 'Resource {id} was not found.',
  retryable: false,
  retryAdvice: 'Do not retry; fix the id first.',
  examples: ['HTTP/1.1 404 Not Found\n\n{}'],
  source: 'https://docs.example.com/errors',
};

const service = {
  name: 'Demo API',
  vendor: 'Example Corp',
  docs: 'https://docs.example.com/errors',
  summary: 'A small API that exists to be documented.',
  hosts: [{ host: 'api.example.com' }],
  envelope: 'odata',
  requestIdHeaders: ['x-request-id'],
  handling: { family: 'http', method: 'GET', url: 'https://api.example.com/v1/things/{id}' },
};

/** Every message the schema gives for `data`, as `path: message` lines. */
function messages(
  schema: { safeParse: (d: unknown) => { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  data: unknown,
): string[] {
  return (schema.safeParse(data).error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

const entrySchema = makeEntrySchema();

describe('a valid entry and service', () => {
  it('pass', () => {
    expect(messages(entrySchema, entry)).toEqual([]);
    expect(messages(ServiceSchema, service)).toEqual([]);
  });
});

describe('an unknown key fails with the nearest known one', () => {
  it.each([
    [{ ...entry, innercode: 'X' }, '"innercode" is not a field of an entry: did you mean innerCode?'],
    [{ ...entry, alias: ['X'] }, '"alias" is not a field of an entry: did you mean aliases?'],
    [{ ...entry, retryadvise: 'x' }, '"retryadvise" is not a field of an entry: did you mean retryAdvice?'],
    [{ ...entry, colour: 'red' }, '"colour" is not a field of an entry (the fields are: service, status,'],
  ])('%j', (data, expected) => {
    expect(messages(entrySchema, data).join('\n')).toContain(expected);
  });

  it('in nested objects too', () => {
    expect(messages(ServiceSchema, { ...service, handling: { ...service.handling, metod: 'GET' } })).toEqual([
      'handling: "metod" is not a field of handling: did you mean method?',
    ]);
    expect(messages(ServiceSchema, { ...service, hosts: [{ host: 'a.example', pathprefix: '/x' }] })).toEqual(
      ['hosts.0: "pathprefix" is not a field of a host: did you mean pathPrefix?'],
    );
  });
});

describe('each check has its own message', () => {
  it.each([
    ['summary', undefined, 'summary: summary is required: one sentence that says what went wrong'],
    ['summary', 'Too short.', 'summary: summary is too short: write one sentence of at least 20 characters'],
    ['summary', 'x'.repeat(261), 'summary: summary is too long'],
    ['summary', 42, 'summary: summary must be one sentence that says what went wrong (found the number 42)'],
    ['title', undefined, 'title: title is required'],
    ['title', 'No', 'title: title is too short'],
    ['title', 'x'.repeat(91), 'title: title is too long'],
    ['code', '', 'code: code must not be empty'],
    ['code', ' Padded', 'code: code must not start or end with spaces'],
    ['innerCode', '', 'innerCode: innerCode must not be empty'],
    [
      'status',
      '404',
      'status: status must be a number between 100 and 599, or a class written as a digit and XX',
    ],
    ['status', 99, 'status: status must be between 100 and 599 (HTTP has no status below 100)'],
    [
      'status',
      404.5,
      'status: status must be a number between 100 and 599, or a class such as "5XX" (found the number 404.5)',
    ],
    ['status', undefined, 'status: status is required'],
    ['retryable', 'no', 'retryable: retryable must be true or false (found the text "no")'],
    ['retryAdvice', 'Wait.', 'retryAdvice: retryAdvice is too short'],
    ['examples', [], 'examples: add at least one example'],
    ['examples', ['{"error":{}}'], 'examples.0: each example starts with a status line'],
    ['envelope', 'json', 'envelope: envelope must be one of: odata, coveo, problem-details, oauth'],
    ['source', 'docs.example.com', 'source: source must be the full https:// URL'],
    ['source', undefined, 'source: source is required'],
    [
      'aliases',
      'AADSTS1',
      'aliases: aliases must be a list such as [AADSTS70008] (found the text "AADSTS1")',
    ],
  ])('%s = %j', (field, value, expected) => {
    const found = messages(entrySchema, { ...entry, [field]: value });
    expect(found.length, found.join('\n')).toBe(1);
    expect(found[0]).toContain(expected);
    if (value !== undefined) expect(found[0]).not.toContain('is required');
  });

  it.each([
    [
      'summary',
      'Short.',
      'summary: summary is too short: write one sentence of at least 20 characters about the API',
    ],
    ['name', 'AP', 'name: name must be at least 3 characters'],
    ['hosts', [], 'hosts: list at least one host the API answers on'],
    ['hosts', [{ host: 'API.example.com' }], 'hosts.0.host: host must be a lower-case host name'],
    ['codeFamilies', ['aadsts'], 'codeFamilies.0: each code family is a prefix of 2 to 10 capital letters'],
    [
      'requestIdHeaders',
      ['X-Request-Id'],
      'requestIdHeaders.0: each request id header is a lower-case header name',
    ],
    ['requestIdHeaders', [], 'requestIdHeaders: a service with handling needs requestIdHeaders'],
  ])('service %s = %j', (field, value, expected) => {
    const found = messages(ServiceSchema, { ...service, [field]: value });
    expect(found.length, found.join('\n')).toBe(1);
    expect(found[0]).toContain(expected);
  });
});
