import { describe, expect, test } from 'vitest';
import { compileTemplate, matchTemplate } from '../../../src/decoder/message-template.ts';

/** Templates from the catalog against messages from the wire: what fits, and what fills each placeholder. */

const CASES: [string, string, Record<string, string> | undefined][] = [
  [
    'Hash value {the invalid hash} is invalid.',
    'Hash value 3395856ce81f2b7382dee72602f798b642f1414Z is invalid.',
    { 'the invalid hash': '3395856ce81f2b7382dee72602f798b642f1414Z' },
  ],
  [
    'Maximum batch size exceeded. Received: {batch size received}, allowed: {batch size allowed}.',
    'Maximum batch size exceeded. Received: 600, allowed: 500.',
    { 'batch size received': '600', 'batch size allowed': '500' },
  ],
  [
    '{The requested action} is supported on client version {supported client version} and above.',
    'Live response is supported on client version 10.8295 and above',
    { 'The requested action': 'Live response', 'supported client version': '10.8295' },
  ],
  [
    "Parameter '{parameter}' is missing.",
    "Parameter 'customEvent.eventType' is missing.",
    { parameter: 'customEvent.eventType' },
  ],
  ['The requested path does not exist', 'the requested   path does not exist.', {}],
  ['Resource {the requested resource} was not found.', 'Machine 123123123 was not found', undefined],
  ['Hash value {the invalid hash} is invalid.', 'Hash value  is invalid.', undefined],
  ['Invalid input {the invalid input}.', `Invalid input ${'x'.repeat(301)}.`, undefined],
];

describe('matchTemplate', () => {
  test.each(CASES)('%s ← %s', (template, message, filled) => {
    const result = matchTemplate(compileTemplate(template), message);
    if (filled === undefined) expect(result).toBeUndefined();
    else expect({ ...result }).toEqual(filled);
  });

  test('keeps the case of the values, whatever the case of the message', () => {
    expect({
      ...matchTemplate(
        compileTemplate('URL {the invalid URL} is invalid.'),
        'url HTTP://Example.COM/A is INVALID.',
      ),
    }).toEqual({ 'the invalid URL': 'HTTP://Example.COM/A' });
  });

  test('counts only the literal text towards the proof', () => {
    expect(compileTemplate('{the disallowed operation and the reason}').literalLength).toBe(0);
    expect(compileTemplate('Hash value {x} is invalid.').literalLength).toBe('hash valueis invalid'.length);
  });
});
