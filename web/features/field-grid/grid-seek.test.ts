import { describe, expect, test } from 'vitest';
import { buildFieldRows } from '../../diff/field-rows';
import type { GridSchema } from '../../diff/grid-marks';
import {
  isDifference,
  isProblem,
  problemCells,
  problemsText,
  seekCell,
  transposeCell,
  transposedPicks,
} from './grid-seek';

const bounds = { rows: 3, cols: 4 };

describe('seekCell', () => {
  test('goes forward in reading order and wraps around once', () => {
    const picks = ({ row, col }: { row: number; col: number }) => col === 2 && row !== 1;
    expect(seekCell({ row: 0, col: 0 }, 1, bounds, picks)).toEqual({ row: 0, col: 2 });
    expect(seekCell({ row: 0, col: 2 }, 1, bounds, picks)).toEqual({ row: 2, col: 2 });
    expect(seekCell({ row: 2, col: 2 }, 1, bounds, picks)).toEqual({ row: 0, col: 2 });
    expect(seekCell({ row: 2, col: 2 }, -1, bounds, picks)).toEqual({ row: 0, col: 2 });
    expect(seekCell({ row: 0, col: 2 }, -1, bounds, picks)).toEqual({ row: 2, col: 2 });
  });

  test('finds nothing when no cell is picked, or the grid is empty', () => {
    expect(seekCell({ row: 0, col: 0 }, 1, bounds, () => false)).toBeUndefined();
    expect(seekCell({ row: 0, col: 0 }, 1, { rows: 0, cols: 4 }, () => true)).toBeUndefined();
  });
});

// 5 objects: flag false in 4 (an outlier in object 3), stage split 3/2 (no dominant value).
const table = buildFieldRows(
  [0, 1, 2, 3, 4].map((i) => ({
    id: `o${i}`,
    fields: { flag: i === 3, stage: i < 3 ? 'open' : 'won', amount: i === 1 ? 'x' : i },
  })),
);

describe('isDifference', () => {
  test('picks outlier cells, and the field name of a row no value dominates', () => {
    const picks = isDifference(table.rows, table.found, {});
    const found: string[] = [];
    let pos = { row: 0, col: 0 };
    for (let i = 0; i < 3; i++) {
      const next = seekCell(pos, 1, { rows: table.rows.length, cols: 6 }, picks);
      if (!next) break;
      found.push(`${table.rows[next.row]?.field}:${next.col}`);
      pos = next;
    }
    expect(found).toEqual(['flag:4', 'stage:0', 'flag:4']);
  });
});

describe('objects as rows', () => {
  test('a cell moves to the other orientation and back', () => {
    expect(transposeCell({ row: 2, col: 4 })).toEqual({ row: 3, col: 3 });
    expect(transposeCell(transposeCell({ row: 2, col: 4 }))).toEqual({ row: 2, col: 4 });
  });

  test('seeks the same differences, object by object, never an object id', () => {
    // 5 objects as rows; flag, stage and amount as columns 1 to 3 (some order of the three).
    const bounds = { rows: table.found.length, cols: table.rows.length + 1 };
    const picks = transposedPicks(isDifference(table.rows, table.found, {}));
    const flag = table.rows.findIndex((row) => row.field === 'flag') + 1;
    const stage = table.rows.findIndex((row) => row.field === 'stage') + 1;
    // stage differs with no value dominating: its first object's cell stands for the field.
    expect(seekCell({ row: 0, col: 0 }, 1, bounds, picks)).toEqual({ row: 0, col: stage });
    expect(seekCell({ row: 0, col: stage }, 1, bounds, picks)).toEqual({ row: 3, col: flag });
    expect(seekCell({ row: 3, col: flag }, 1, bounds, picks)).toEqual({ row: 0, col: stage });
    expect(picks({ row: 1, col: stage })).toBe(false);
    expect(picks({ row: 3, col: 0 })).toBe(false);
    const problems = transposedPicks(
      isProblem(table.rows, table.found, {
        schema: {
          row: () => undefined,
          cell: (field, value) =>
            field === 'amount' && value === 'x' ? 'not a number' : undefined,
          problemFields: new Set(['amount']),
        },
      }),
    );
    const amount = table.rows.findIndex((row) => row.field === 'amount') + 1;
    expect(seekCell({ row: 4, col: 0 }, -1, bounds, problems)).toEqual({ row: 1, col: amount });
  });
});

describe('problems', () => {
  const schema: GridSchema = {
    row: () => undefined,
    cell: (field, value) =>
      field === 'amount' && typeof value === 'string' ? 'not a number' : undefined,
    problemFields: new Set(['amount']),
  };

  test('lists each problem cell with its object, field and reason', () => {
    const { cells, count, fields } = problemCells(table.rows, table.found, { schema }, 10);
    expect(cells).toEqual([
      { pos: { row: 2, col: 2 }, objectId: 'o1', field: 'amount', reason: 'not a number' },
    ]);
    expect(count).toBe(1);
    expect(fields).toBe(1);
    const picks = isProblem(table.rows, table.found, { schema });
    expect(seekCell({ row: 0, col: 0 }, 1, { rows: 3, cols: 6 }, picks)).toEqual({
      row: 2,
      col: 2,
    });
  });

  test('the count says what it counts', () => {
    expect(problemsText(10, 14)).toBe('10 fields with problems · 14 values');
    expect(problemsText(1, 1)).toBe('1 field with problems · 1 value');
  });
});
