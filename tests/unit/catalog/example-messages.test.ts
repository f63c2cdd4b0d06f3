import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleMessages } from '../../../src/catalog/example-messages.ts';
import { loadCatalog } from '../../../src/catalog/load-catalog.ts';

const response = (body: string) => `HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n${body}`;

describe('exampleMessages', () => {
  it('reads messages at any depth of a JSON body, each once', () => {
    const body = JSON.stringify({
      error: { code: 'X', message: 'Outer.', innererror: { code: 'Y', message: 'Inner.' } },
      details: [{ message: 'Outer.' }],
    });
    expect(exampleMessages(response(body))).toEqual(['Outer.', 'Inner.']);
  });

  it('reads OAuth descriptions and problem-details titles and details', () => {
    expect(
      exampleMessages(response('{"error":"invalid_grant","error_description":"AADSTS70008: Expired."}')),
    ).toEqual(['AADSTS70008: Expired.']);
    expect(exampleMessages(response('{"title":"Bad","detail":"Very bad."}'))).toEqual(['Bad', 'Very bad.']);
  });

  it('reads nothing from an empty, a non-JSON or a message-less body', () => {
    expect(exampleMessages('HTTP/1.1 204 No Content\n\n')).toEqual([]);
    expect(exampleMessages(response('<html>oops</html>'))).toEqual([]);
    expect(exampleMessages(response('{"code":"X"}'))).toEqual([]);
  });

  it('finds a message in the examples of most catalog entries', () => {
    const { catalog } = loadCatalog(resolve(import.meta.dirname, '../../..'));
    const withMessages = catalog.entries.filter((e) => e.examples.some((x) => exampleMessages(x).length > 0));
    // Entries whose examples have empty bodies (a bare 204, an empty 200) have none.
    expect(withMessages.length).toBeGreaterThan(catalog.entries.length * 0.8);
  });
});
