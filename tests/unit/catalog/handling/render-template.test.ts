import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../../src/catalog/handling/render-template.ts';

describe('renderTemplate', () => {
  const template = 'a {{x}}\n{{#on}}\nyes {{x}}\n{{/on}}\n{{^on}}\nno\n{{/on}}\nend\n';

  it('fills placeholders and keeps the section that matches the flag', () => {
    expect(renderTemplate('t', template, { x: '1' }, { on: true })).toBe('a 1\nyes 1\nend\n');
    expect(renderTemplate('t', template, { x: '1' }, { on: false })).toBe('a 1\nno\nend\n');
  });

  it('names the template and the unknown placeholder or section', () => {
    expect(() => renderTemplate('fetch.ts', '{{nope}}', {}, {})).toThrow(
      'fetch.ts: unknown placeholder {{nope}}',
    );
    expect(() => renderTemplate('fetch.ts', '{{#nope}}\nx\n{{/nope}}\n', {}, {})).toThrow(
      'fetch.ts: unknown section {{#nope}}',
    );
  });
});
