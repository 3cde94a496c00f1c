import { describe, expect, test } from 'vitest';
import { JsonNumber } from '../lib/json/json-value';
import { buildFieldRows } from './field-rows';
import { referenceMarks, rowsDifferingFrom } from './reference-marks';

const table = buildFieldRows([
  { id: 'A', fields: { stage: 'open', amount: 100, big: new JsonNumber('9007199254740993') } },
  { id: 'B', fields: { stage: 'won', amount: '100', big: 9007199254740992 } },
  { id: 'C', fields: { stage: 'open', big: new JsonNumber('9007199254740993') } },
]);

describe('referenceMarks', () => {
  test('marks every cell that holds another value than the reference object', () => {
    const marks = referenceMarks(table.found, 0);
    expect(marks?.id).toBe('A');
    expect([0, 1, 2].map((i) => marks?.cell(i, 'stage'))).toEqual([false, true, false]);
    // "100" is not 100; absent is not 100.
    expect([0, 1, 2].map((i) => marks?.cell(i, 'amount'))).toEqual([false, true, true]);
    // Exact above 2^53.
    expect([0, 1, 2].map((i) => marks?.cell(i, 'big'))).toEqual([false, true, false]);
    expect(marks?.row('amount')).toBe(2);
  });

  test('another reference gives other marks', () => {
    const marks = referenceMarks(table.found, 1);
    expect([0, 1, 2].map((i) => marks?.cell(i, 'stage'))).toEqual([true, false, true]);
  });

  test('a reference past the columns gives no marks', () => {
    expect(referenceMarks(table.found, 3)).toBeUndefined();
  });

  test('keeps the rows where some object differs from the reference', () => {
    const same = buildFieldRows([
      { id: 'A', fields: { a: 1, b: 1 } },
      { id: 'B', fields: { a: 1, b: 2 } },
    ]);
    const marks = referenceMarks(same.found, 0);
    if (!marks) throw new Error('no marks');
    expect(rowsDifferingFrom(same.rows, marks).map((row) => row.field)).toEqual(['b']);
  });
});
