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

  test('strings that could be read as another value are written as JSON text', () => {
    const hostile = buildFieldRows([
      { id: 'A', fields: { v: '', w: 'null', x: 'true', y: '1', z: 'x\ud800y' } },
      { id: 'B', fields: { v: '""', w: null, x: true, y: 1, z: 'x\ud801y' } },
    ]);
    expect(gridTextTable(hostile.found, hostile.rows).rows).toEqual([
      ['v', '""', '"\\"\\""'],
      ['w', '"null"', 'null'],
      ['x', '"true"', 'true'],
      ['y', '"1"', '1'],
      ['z', '"x\\ud800y"', '"x\\ud801y"'],
    ]);
  });

  test('ids and field names stay as they are, unless a character would be lost or misread', () => {
    const named = buildFieldRows([
      { id: '65796570812', fields: { null: 1, 'a\r\nb': 1, ' x': 2, '"q"': 3, "'=1": 4 } },
      { id: 'x\ud800', fields: {} },
    ]);
    const table = gridTextTable(named.found, named.rows);
    expect(table.header).toEqual(['Field', '65796570812', '"x\\ud800"']);
    expect(table.rows.map((row) => row[0])).toEqual([
      'null',
      '"a\\r\\nb"',
      '" x"',
      '"\\"q\\""',
      `"'=1"`,
    ]);
  });

  test('a change between look-alike strings is written as ASCII JSON, where they part shows', () => {
    const changes: GridChanges = {
      field: () => true,
      column: () => undefined,
      cell: (id, field) =>
        id === 'A' && field === 'name' ? { kind: 'changed', before: 'Acm\u00e9' } : undefined,
    };
    const decomposed = buildFieldRows([{ id: 'A', fields: { name: 'Acme\u0301' } }]);
    expect(gridTextTable(decomposed.found, decomposed.rows, changes).rows[0]).toEqual([
      'name',
      { before: '"Acm\\u00e9"', after: '"Acme\\u0301"' },
    ]);
  });

  test('a change to a trailing space or a lone surrogate is visible in the cell', () => {
    const changes: GridChanges = {
      field: () => true,
      column: () => undefined,
      cell: (_, field) => ({ kind: 'changed', before: field === 'a' ? 'Acme' : 'x\ud801y' }),
    };
    const now = buildFieldRows([{ id: 'A', fields: { a: 'Acme ', b: 'x\ud800y' } }]);
    expect(gridTextTable(now.found, now.rows, changes).rows).toEqual([
      ['a', { before: 'Acme', after: '"Acme "' }],
      ['b', { before: '"x\\ud801y"', after: '"x\\ud800y"' }],
    ]);
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
