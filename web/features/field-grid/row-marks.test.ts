import { describe, expect, test } from 'vitest';
import { buildFieldRows } from '../../diff/field-rows';
import type { GridChanges } from '../../diff/grid-changes';
import { referenceMarks } from '../../diff/reference-marks';
import { cellOutlier, OUTLIER_HINT, REFERENCE_HINT, rowLook } from './row-marks';

// 5 objects: `flag` is false in 4 (80%), `stage` splits 3/2, `id` is each its own.
const table = buildFieldRows(
  [0, 1, 2, 3, 4].map((i) => ({
    id: `o${i}`,
    fields: { id: `o${i}`, flag: i === 3, stage: i < 3 ? 'open' : 'won', same: 1 },
  })),
);
const row = (field: string) => {
  const found = table.rows.find((candidate) => candidate.field === field);
  if (!found) throw new Error(field);
  return found;
};

describe('rowLook', () => {
  test('outlier rows are lit; differing rows without a dominant value are marked, not lit', () => {
    expect(rowLook(row('flag'), {})).toEqual({ mark: 'differs', lit: true });
    expect(rowLook(row('stage'), {})).toEqual({ mark: 'differs', lit: false });
    expect(rowLook(row('id'), {})).toEqual({ mark: 'varying', lit: false });
    expect(rowLook(row('same'), {})).toEqual({ mark: undefined, lit: false });
  });

  test('against a reference object, rows are marked where any object differs from it', () => {
    const reference = referenceMarks(table.found, 0);
    expect(rowLook(row('stage'), { reference })).toEqual({ mark: 'reference', lit: true });
    expect(rowLook(row('same'), { reference }).mark).toBeUndefined();
  });

  test('against a baseline, only changes mark rows', () => {
    const changes: GridChanges = {
      cell: () => undefined,
      column: () => undefined,
      field: (field) => field === 'same',
    };
    expect(rowLook(row('same'), { changes })).toEqual({ mark: 'changed', lit: true });
    expect(rowLook(row('flag'), { changes }).mark).toBeUndefined();
  });
});

describe('cellOutlier', () => {
  test('shades only the outlier of a dominated row', () => {
    expect([0, 1, 2, 3, 4].map((i) => cellOutlier(row('flag'), i, {}))).toEqual([
      undefined,
      undefined,
      undefined,
      OUTLIER_HINT,
      undefined,
    ]);
    expect([0, 1, 2, 3, 4].every((i) => cellOutlier(row('stage'), i, {}) === undefined)).toBe(true);
  });

  test('against a reference, shades what differs from it', () => {
    const reference = referenceMarks(table.found, 4);
    expect([0, 1, 2, 3, 4].map((i) => cellOutlier(row('stage'), i, { reference }))).toEqual([
      REFERENCE_HINT,
      REFERENCE_HINT,
      REFERENCE_HINT,
      undefined,
      undefined,
    ]);
  });
});
