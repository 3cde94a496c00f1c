import { describe, expect, test } from 'vitest';
import { makeCrmObjects } from '../../bench/perf-fixtures';
import { JsonNumber, type JsonValue } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import { DISTINCT_VALUES } from './distinct-values';
import { ValueKeys, valueKey } from './value-identity';

const MORE: (JsonValue | undefined)[] = [
  ...DISTINCT_VALUES,
  // Copies and look-alikes, so both equal and unequal pairs come up.
  ...DISTINCT_VALUES.map((value) => (value === undefined ? value : structuredCopy(value))),
  new JsonNumber('5'),
  5,
  -0,
  Number.NaN,
  Number.NaN,
  [Number.NaN],
  [null],
  [Number.POSITIVE_INFINITY],
  [new JsonNumber('5')],
  [5],
  [-0],
  [0],
  [new JsonNumber('5.0')],
  [[1]],
  [[1]],
  [{ a: 1 }],
  [{ a: 1 }],
  ['a', 'b'],
  ['a', 'b', 'c'],
  ['a'],
  ['ab'],
  { x: [1, 2] },
  { x: [1, 2] },
];

function structuredCopy(value: JsonValue): JsonValue {
  if (value instanceof JsonNumber) return new JsonNumber(value.source);
  if (Array.isArray(value)) return value.map(structuredCopy);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCopy(v)]));
  }
  return value;
}

test('two cells get the same key exactly when valueKey says they are equal', () => {
  const valueKeys = new ValueKeys();
  const keys = MORE.map((value) => valueKeys.keyOf(value));
  const mismatches: string[] = [];
  for (let i = 0; i < MORE.length; i++) {
    for (let j = 0; j < MORE.length; j++) {
      const same = keys[i] === keys[j];
      if (same !== (valueKey(MORE[i]) === valueKey(MORE[j]))) {
        mismatches.push(`${valueKey(MORE[i])} vs ${valueKey(MORE[j])}`);
      }
    }
  }
  expect(mismatches).toEqual([]);
});

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

const SAMPLES: (JsonValue | undefined)[] = [
  undefined,
  null,
  '',
  'a',
  '0',
  'null',
  0,
  -0,
  5,
  1.5,
  false,
  true,
  new JsonNumber('5'),
  new JsonNumber('5.0'),
  new JsonNumber('9007199254740993'),
  new JsonNumber('9007199254740992'),
  9007199254740992,
  new JsonNumber('-0'),
  [],
  ['a'],
  ['a', 'b'],
  ['b', 'a'],
  [5],
  [new JsonNumber('5')],
  [new JsonNumber('9007199254740993')],
  [null],
  {},
  { a: 1 },
  { a: new JsonNumber('1') },
  { a: 1, b: 2 },
  { b: 2, a: 1 },
  { a: [1, { c: null }] },
  { a: [1, { c: '' }] },
  parseLossless('{"__proto__":{"x":1}}'),
  parseLossless('{"__proto__":{"x":2}}'),
];

describe('ValueKeys.same', () => {
  const keys = new ValueKeys();
  const sameValue = (a: JsonValue | undefined, b: JsonValue | undefined) => keys.same(a, b);

  test('agrees with valueKey on every pair of tricky values', () => {
    for (const a of SAMPLES) {
      for (const b of SAMPLES) {
        expect(sameValue(a, b), `${valueKey(a)} vs ${valueKey(b)}`).toBe(
          valueKey(a) === valueKey(b),
        );
      }
    }
  });

  test('2^53 + 1 and 2^53 differ; a number equals the JsonNumber with its exact text', () => {
    expect(sameValue(new JsonNumber('9007199254740993'), 9007199254740992)).toBe(false);
    expect(sameValue(9007199254740992, new JsonNumber('9007199254740992'))).toBe(true);
    expect(sameValue(7000.5, new JsonNumber('7000.50'))).toBe(false);
  });

  test('agrees with valueKey across generated objects with arrays and big numbers', () => {
    const objects = makeCrmObjects({ objects: 40, fields: 30, bigNumbers: 10, missingEvery: 9 });
    const cells = objects.flatMap((object) => Object.values(object.fields ?? {}));
    for (let i = 0; i < cells.length; i++) {
      const a = cells[i];
      const b = cells[(i * 7) % cells.length];
      expect(sameValue(a, b)).toBe(valueKey(a) === valueKey(b));
      expect(sameValue(a, a)).toBe(true);
    }
  });
});
