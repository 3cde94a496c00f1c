import { describe, expect, test } from 'vitest';
import { DISTINCT_VALUES } from '../../diff/distinct-values';
import { JsonNumber, type JsonValue } from '../json/json-value';
import { describeValue, valueKey } from './value-format';

describe('valueKey', () => {
  test('tells apart every pair of different values', () => {
    const keys = DISTINCT_VALUES.map(valueKey);
    expect(new Set(keys).size).toBe(DISTINCT_VALUES.length);
  });

  test.each<[string, JsonValue | undefined, JsonValue | undefined]>([
    ['a number and a JsonNumber of the same text', 5, new JsonNumber('5')],
    ['arrays by content', [1, 'a', null], [1, 'a', null]],
    ['objects by content', { a: { b: [true] } }, { a: { b: [true] } }],
    [
      'big numbers inside arrays',
      [new JsonNumber('9007199254740993')],
      [new JsonNumber('9007199254740993')],
    ],
    ['-0 and 0 (both written 0)', -0, 0],
  ])('equates %s', (_name, a, b) => {
    expect(valueKey(a)).toBe(valueKey(b));
  });
});

describe('describeValue', () => {
  test.each<[JsonValue | undefined, string, string]>([
    [undefined, 'absent', ''],
    [null, 'null', 'null'],
    ['', 'empty-string', '""'],
    ['Acme, Inc', 'string', 'Acme, Inc'],
    ['null', 'string', 'null'],
    [' padded ', 'string', ' padded '],
    [0, 'number', '0'],
    [7000.5, 'number', '7000.5'],
    [new JsonNumber('9007199254740993'), 'number', '9007199254740993'],
    [new JsonNumber('1.0'), 'number', '1.0'],
    [true, 'boolean', 'true'],
    [false, 'boolean', 'false'],
    [[], 'array', '[]'],
    [['a.com', 'b.io'], 'array', '["a.com","b.io"]'],
    [[new JsonNumber('2271307570613351879')], 'array', '[2271307570613351879]'],
    [{ a: null, b: [1] }, 'object', '{"a":null,"b":[1]}'],
  ])('%j → %s %j', (value, kind, text) => {
    expect(describeValue(value)).toEqual({ kind, text });
  });
});
