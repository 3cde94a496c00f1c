import { describe, expect, test } from 'vitest';
import { buildFieldRows } from '../../diff/field-rows';
import type { GridChanges } from '../../diff/grid-changes';
import { JsonNumber } from '../../lib/json/json-value';
import { gridTextTable, transposeTextTable } from './grid-text-table';

const { found, rows } = buildFieldRows([
  {
    id: 'A',
    fields: { name: 'Acme', big: new JsonNumber('9007199254740993'), tags: ['x'], note: null },
  },
  { id: 'B', fields: { name: '', big: 1 } },
  { id: 'C', fields: null },
]);

describe('gridTextTable', () => {
  test('one column per found object, values as the grid shows them, absent empty', () => {
    expect(gridTextTable(found, rows)).toEqual({
      header: ['Field', 'A', 'B'],
      rows: [
        ['name', 'Acme', '""'],
        ['big', '9007199254740993', '1'],
        ['tags', '["x"]', ''],
        ['note', 'null', ''],
      ],
    });
  });

  test('only the rows the filters left', () => {
    expect(gridTextTable(found, rows.slice(1, 2)).rows).toEqual([['big', '9007199254740993', '1']]);
  });

  test('a changed value is before → after, with absent sides marked', () => {
    const changes: GridChanges = {
      field: (field) => field === 'name',
      column: () => undefined,
      cell: (id, field) =>
        id === 'A' && field === 'name'
          ? { kind: 'changed', before: 'Old' }
          : id === 'B' && field === 'tags'
            ? { kind: 'removed', before: ['y'] }
            : undefined,
    };
    const table = gridTextTable(found, rows, changes);
    expect(table.rows[0]).toEqual(['name', { before: 'Old', after: 'Acme' }, '""']);
    expect(table.rows[2]).toEqual(['tags', '["x"]', { before: '["y"]', after: '—' }]);
  });

  test('a change between values alike as text shows their JSON, strings in quotes', () => {
    const changes: GridChanges = {
      field: () => true,
      column: () => undefined,
      cell: (id, field) => {
        if (id === 'B' && field === 'big') return { kind: 'changed', before: '1' };
        if (id === 'B' && field === 'tags') return { kind: 'removed', before: '—' };
        return undefined;
      },
    };
    const table = gridTextTable(found, rows, changes);
    expect(table.rows[1]?.[2]).toEqual({ before: '"1"', after: '1' });
    expect(table.rows[2]?.[2]).toEqual({ before: '"—"', after: '—' });
  });
});

describe('transposeTextTable', () => {
  test('objects become rows and fields columns, the corner naming the objects', () => {
    expect(
      transposeTextTable({
        header: ['Field', 'A', 'B'],
        rows: [
          ['stage', 'open', 'won'],
          ['amount', '1', { before: '2', after: '3' }],
        ],
      }),
    ).toEqual({
      header: ['Object', 'stage', 'amount'],
      rows: [
        ['A', 'open', '1'],
        ['B', 'won', { before: '2', after: '3' }],
      ],
    });
  });
});
