import { describe, expect, it } from 'vitest';
import { breakParts, withWbr, withZeroWidthBreaks } from '../../../src/catalog/word-breaks.ts';

describe('breakParts', () => {
  it.each([
    ['NoWorkgroupAssociatedWithToken', ['No', 'Workgroup', 'Associated', 'With', 'Token']],
    ['InsufficientAccessError', ['Insufficient', 'Access', 'Error']],
    ['ODataError', ['OData', 'Error']],
    ['HTTPResponseError', ['HTTP', 'Response', 'Error']],
    ['invalid_grant', ['invalid_', 'grant']],
    ['x-ms-request-id', ['x-', 'ms-', 'request-', 'id']],
    ['AADSTS70008', ['AADSTS70008']],
    ['5XX', ['5XX']],
    ['Too Many Requests', ['Too Many Requests']],
  ])('%s', (text, parts) => {
    expect(breakParts(text)).toEqual(parts);
    expect(breakParts(text).join('')).toBe(text);
  });
});

describe('renderings', () => {
  it('puts <wbr> between parts and escapes the text', () => {
    expect(withWbr('InvalidJson')).toBe('Invalid<wbr>Json');
    expect(withWbr('A<b>&"dCd')).toBe('A&lt;b&gt;&amp;&quot;d<wbr>Cd');
  });

  it('puts zero-width spaces between parts for plain-text labels', () => {
    expect(withZeroWidthBreaks('InvalidJson')).toBe('Invalid\u200bJson');
  });
});
