import { expect, test } from '@playwright/test';

interface Entry {
  id: string;
  code: string;
  url: string;
  json: string;
  markdown: string;
  [field: string]: unknown;
}

test('every entry has JSON and Markdown twins that match catalog.json', async ({ request }) => {
  const catalog = await (await request.get('/catalog.json')).json();
  expect(catalog.entries.length).toBeGreaterThan(70);
  for (const entry of catalog.entries as Entry[]) {
    expect(entry.json, entry.id).toBe(entry.url.replace(/\/$/, '.json'));
    expect(entry.markdown, entry.id).toBe(entry.url.replace(/\/$/, '.md'));
    const json = await request.get(entry.json);
    expect(json.status(), entry.json).toBe(200);
    const twin = await json.json();
    // The twin is the catalog.json record, plus the fields only an entry's own record carries.
    expect(twin, entry.id).toMatchObject(entry);
    for (const field of ['message', 'retryAdvice', 'aliases', 'examples', 'source'])
      expect(twin, `${entry.id}: ${field}`).toHaveProperty(field);
    expect(twin.examples.length, entry.id).toBeGreaterThan(0);

    const markdown = await request.get(entry.markdown);
    expect(markdown.status(), entry.markdown).toBe(200);
    const text = await markdown.text();
    expect(text.startsWith(`# ${entry.code}\n`), entry.markdown).toBe(true);
    for (const heading of ['## Documented message', '## What it means', '## How to fix it', '## Retrying'])
      expect(text, `${entry.markdown}: ${heading}`).toContain(`\n${heading}\n`);
  }
  const schema = await (await request.get('/catalog.schema.json')).json();
  expect(schema.properties.entries.items.required).toEqual(expect.arrayContaining(['json', 'markdown']));
});
