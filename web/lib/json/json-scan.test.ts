import { describe, expect, test } from 'vitest';
import { MAX_JSON_DEPTH, scanJson } from './json-scan';

describe('scanJson finds numbers that lose precision', () => {
  test.each([
    ['[9007199254740993]', true],
    ['[9007199254740991]', false],
    ['[123456789012345]', false],
    ['[-9223372036854775808]', true],
    ['[1.0]', true],
    ['[1.5]', false],
    ['[1e3]', true],
    ['[1E+21]', true],
    ['[1e+21]', false],
    ['[-0]', true],
    ['[0, -1, -10]', false],
    ['[-0.0]', true],
    ['{"a":0.1,"b":7000}', false],
    ['-0', true],
    ['1.0', true],
  ])('%s → %s', (text, lossy) => {
    expect(scanJson(text).lossySpans.length > 0).toBe(lossy);
  });

  test.each([
    '{"a":"9007199254740993"}',
    '{"9007199254740993":1}',
    '["\\"1.0"]',
    '["\\\\", "x:1.0"]',
  ])('not inside strings: %s', (text) => {
    expect(scanJson(text).lossySpans.length > 0).toBe(false);
  });

  test('after strings ending in escaped backslashes', () => {
    expect(scanJson('["\\\\",1.0]').lossySpans.length > 0).toBe(true);
    expect(scanJson('["a\\"b",1.0]').lossySpans.length > 0).toBe(true);
  });
});

test('gives the offsets of each lossy token', () => {
  const text = '{"a":[1.0, 2, 9007199254740993],"b":-0}';
  const { lossySpans, malformed } = scanJson(text);
  const tokens = [];
  for (let i = 0; i < lossySpans.length; i += 2)
    tokens.push(text.slice(lossySpans[i], lossySpans[i + 1]));
  expect(tokens).toEqual(['1.0', '9007199254740993', '-0']);
  expect(malformed).toBe(false);
});

test.each(['[1.0.5]', '[1e]', '[9007199254740993-1]', '[--1]', '[1.]'])(
  'calls %s malformed rather than rewriting it',
  (text) => {
    expect(scanJson(text).malformed).toBe(true);
    expect(scanJson(text).lossySpans).toEqual([]);
  },
);

describe('scanJson limits nesting', () => {
  test(`allows ${MAX_JSON_DEPTH} levels and refuses one more`, () => {
    const nest = (depth: number) => `${'[{"a":'.repeat(depth / 2)}1${'}]'.repeat(depth / 2)}`;
    expect(() => scanJson(nest(MAX_JSON_DEPTH))).not.toThrow();
    expect(() => scanJson(nest(MAX_JSON_DEPTH + 2))).toThrow(/nested deeper than 512 levels/);
  });

  test('ignores brackets inside strings', () => {
    expect(() => scanJson(`["${'['.repeat(10_000)}"]`)).not.toThrow();
  });
});
