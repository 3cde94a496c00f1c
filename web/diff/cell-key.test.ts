import { expect, test } from 'vitest';
import { JsonNumber, type JsonValue } from '../lib/json/json-value';
import { valueKey } from '../lib/values/value-format';
import { CellKeyer } from './cell-key';
import { DISTINCT_VALUES } from './distinct-values';

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
  const keyer = new CellKeyer();
  const keys = MORE.map((value) => keyer.keyOf(value));
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
