import { describe, expect, test } from 'vitest';
import { makeCrmObjects } from '../../bench/perf-fixtures';
import { JsonNumber, type JsonValue } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import { valueKey } from '../lib/values/value-format';
import { sameValue } from './same-value';

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

describe('sameValue', () => {
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
