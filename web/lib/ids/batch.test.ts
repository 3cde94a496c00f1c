import { describe, expect, test } from 'vitest';
import { chunk } from './batch';

describe('chunk', () => {
  test('cuts into runs of the given size, the last one shorter, order kept', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk(['a', 'b', 'c'], 3)).toEqual([['a', 'b', 'c']]);
    expect(chunk(['a', 'b'], 100)).toEqual([['a', 'b']]);
    expect(chunk([1, 2, 3], 1)).toEqual([[1], [2], [3]]);
  });

  test('gives no chunk for no items', () => {
    expect(chunk([], 100)).toEqual([]);
  });

  test('250 ids make Gong calls of 100, 100 and 50', () => {
    const ids = Array.from({ length: 250 }, (_, i) => String(i));
    const chunks = chunk(ids, 100);
    expect(chunks.map((c) => c.length)).toEqual([100, 100, 50]);
    expect(chunks.flat()).toEqual(ids);
  });

  test('leaves the input alone', () => {
    const items = [1, 2, 3];
    const [first] = chunk(items, 2);
    first?.push(99);
    expect(items).toEqual([1, 2, 3]);
  });

  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses size %s', (size) => {
    expect(() => chunk([1], size)).toThrow(RangeError);
  });
});
