import { describe, expect, it } from 'vitest';
import { makeEntrySchema, ServiceSchema } from '../../../src/catalog/schema.ts';

const source = makeEntrySchema().shape.source;
const docs = ServiceSchema.shape.docs;

describe('the frontmatter URL fields take only web URLs', () => {
  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/errors',
    'mailto:support@example.com',
    '/errors/relative',
  ])('refuses %s', (url) => {
    expect(source.safeParse(url).error?.issues[0]?.message).toMatch(/source must be the full https:\/\/ URL/);
    expect(docs.safeParse(url).error?.issues[0]?.message).toMatch(/docs must be the full https:\/\/ URL/);
  });

  it.each(['https://learn.microsoft.com/en-us/graph/errors', 'http://docs.example.com/errors'])(
    'accepts %s',
    (url) => {
      expect(source.safeParse(url).success).toBe(true);
      expect(docs.safeParse(url).success).toBe(true);
    },
  );
});
