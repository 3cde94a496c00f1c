import { describe, expect, test } from 'vitest';
import { makeCrmObjects } from '../../bench/perf-fixtures';
import { type CrmObject, JsonNumber, type JsonValue } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import { buildFieldRows, type FieldTable, filterRows, SUMMARY_SIZE } from './field-rows';
import { valueKey } from './value-identity';

const BIG = () => new JsonNumber('9007199254740993');

// Five found objects (A, C, D, E, F) and one Gong did not find (B): 4 of 5 is the 80% that
// makes a value dominant.
const OBJECTS: CrmObject[] = [
  {
    id: 'A',
    fields: { name: 'Acme', stage: 'open', amount: 100, note: null, tags: ['x'], big: BIG() },
  },
  { id: 'B', fields: null },
  {
    id: 'C',
    fields: {
      name: 'Acme',
      stage: 'won',
      amount: 100,
      note: '',
      tags: ['x'],
      big: 9007199254740992,
    },
  },
  {
    id: 'D',
    fields: { stage: 'open', name: 'Acme', amount: '100', tags: ['x'], extra: 1, big: BIG() },
  },
  { id: 'E', fields: { name: 'Acme', stage: 'open', amount: 100, tags: ['y'], big: BIG() } },
  { id: 'F', fields: { name: 'Acme', stage: 'open', amount: 100, tags: ['x'], big: BIG() } },
];

function summary(table: FieldTable) {
  return table.rows.map((row) => ({
    field: row.field,
    differs: row.differs,
    kind: row.kind,
    distinct: row.distinct,
    empty: row.empty,
    deviant: Array.from(row.deviant),
  }));
}

describe('buildFieldRows', () => {
  test('marks exactly the cells that stray from a value 80% of the objects hold', () => {
    const table = buildFieldRows(OBJECTS);
    expect(table.found.map((object) => object.id)).toEqual(['A', 'C', 'D', 'E', 'F']);
    expect(table.notFound).toEqual(['B']);
    // Columns: A, C, D, E, F. Field order is first appearance (A's, then D's `extra`).
    expect(summary(table)).toEqual([
      {
        field: 'name',
        differs: false,
        kind: 'same',
        distinct: 1,
        empty: false,
        deviant: [0, 0, 0, 0, 0],
      },
      {
        field: 'stage',
        differs: true,
        kind: 'differing',
        distinct: 2,
        empty: false,
        deviant: [0, 1, 0, 0, 0],
      },
      // "100" is a string, not the number 100.
      {
        field: 'amount',
        differs: true,
        kind: 'differing',
        distinct: 2,
        empty: false,
        deviant: [0, 0, 1, 0, 0],
      },
      // null, "", absent ×3: all empty, yet not equal; absent's 60% dominates nothing.
      {
        field: 'note',
        differs: true,
        kind: 'differing',
        distinct: 3,
        empty: true,
        deviant: [0, 0, 0, 0, 0],
      },
      {
        field: 'tags',
        differs: true,
        kind: 'differing',
        distinct: 2,
        empty: false,
        deviant: [0, 0, 0, 1, 0],
      },
      // 9007199254740992 is not 9007199254740993, though Number would make them equal.
      {
        field: 'big',
        differs: true,
        kind: 'differing',
        distinct: 2,
        empty: false,
        deviant: [0, 1, 0, 0, 0],
      },
      {
        field: 'extra',
        differs: true,
        kind: 'differing',
        distinct: 2,
        empty: false,
        deviant: [0, 0, 1, 0, 0],
      },
    ]);
  });

  test('the summary ranks values by how many objects hold them; a tie keeps the leftmost first', () => {
    const objects: CrmObject[] = ['a', 'b', 'b', 'a', 'c'].map((v, i) => ({
      id: String(i),
      fields: { f: v },
    }));
    const [row] = buildFieldRows(objects).rows;
    expect(row?.top).toEqual([
      { object: 0, count: 2 },
      { object: 1, count: 2 },
      { object: 4, count: 1 },
    ]);
    expect(row?.kind).toBe('differing');
    expect(Array.from(row?.deviant ?? [])).toEqual([0, 0, 0, 0, 0]);
  });

  test('the summary names at most SUMMARY_SIZE values; distinct counts them all', () => {
    const objects: CrmObject[] = ['a', 'a', 'b', 'c', 'd', 'e', 'f'].map((v, i) => ({
      id: String(i),
      fields: { f: v },
    }));
    const [row] = buildFieldRows(objects).rows;
    expect(row?.distinct).toBe(6);
    expect(row?.top).toHaveLength(SUMMARY_SIZE);
    expect(row?.top[0]).toEqual({ object: 0, count: 2 });
  });

  test('when every object holds its own value, the row is varying and no cell is singled out', () => {
    const objects: CrmObject[] = ['a', 'b', 'c'].map((v, i) => ({
      id: String(i),
      fields: { f: v },
    }));
    const [row] = buildFieldRows(objects).rows;
    expect(row?.differs).toBe(true);
    expect(row?.kind).toBe('varying');
    expect(row?.distinct).toBe(3);
    expect(Array.from(row?.deviant ?? [])).toEqual([0, 0, 0]);
  });

  test('two objects that differ are differing, not varying: every difference matters', () => {
    const two = buildFieldRows([
      { id: '1', fields: { f: 'x' } },
      { id: '2', fields: { f: 'y' } },
    ]);
    expect(two.rows[0]?.kind).toBe('differing');
    expect(Array.from(two.rows[0]?.deviant ?? [])).toEqual([0, 0]);
  });

  test('a dominant value wins wherever it sits; a mere plurality shades nothing', () => {
    const rowFor = (values: string[]) =>
      buildFieldRows(values.map((v, i) => ({ id: String(i), fields: { f: v } }))).rows[0];
    const dominated = rowFor(['z', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k', 'k']);
    expect(Array.from(dominated?.deviant ?? [])).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(dominated?.outliers).toBe(1);
    expect(Array.from(rowFor(['z', 'y', 'k', 'k', 'k'])?.deviant ?? [])).toEqual([0, 0, 0, 0, 0]);
  });

  test('fields named like Object.prototype members are read as own fields only', () => {
    const fields = parseLossless('{"__proto__":null,"constructor":null,"toString":""}');
    const table = buildFieldRows([
      { id: '1', fields: fields as Record<string, JsonValue> },
      { id: '2', fields: {} },
    ]);
    expect(summary(table)).toEqual([
      {
        field: '__proto__',
        differs: true,
        kind: 'differing',
        distinct: 2,
        empty: true,
        deviant: [0, 0],
      },
      {
        field: 'constructor',
        differs: true,
        kind: 'differing',
        distinct: 2,
        empty: true,
        deviant: [0, 0],
      },
      {
        field: 'toString',
        differs: true,
        kind: 'differing',
        distinct: 2,
        empty: true,
        deviant: [0, 0],
      },
    ]);
  });

  test('one found object differs from nothing; none gives no rows', () => {
    expect(summary(buildFieldRows([{ id: '1', fields: { a: 1, b: null } }]))).toEqual([
      { field: 'a', differs: false, kind: 'same', distinct: 1, empty: false, deviant: [0] },
      { field: 'b', differs: false, kind: 'same', distinct: 1, empty: true, deviant: [0] },
    ]);
    const none = buildFieldRows([{ id: 'x', fields: null }]);
    expect(none.rows).toEqual([]);
    expect(none.notFound).toEqual(['x']);
  });

  test('agrees with a plain valueKey implementation on a generated answer', () => {
    const objects = makeCrmObjects({ objects: 60, fields: 48, bigNumbers: 4, missingEvery: 9 });
    // Varied shapes: drop some fields, and make ties and majorities.
    const varied = objects.map((object, i) => {
      if (object.fields === null) return object;
      const fields: Record<string, JsonValue> = {};
      for (const [name, value] of Object.entries(object.fields)) {
        if ((i + name.length) % 5 === 0) continue;
        fields[name] = name.endsWith('7__c') ? String(i % 3) : value;
      }
      return { id: object.id, fields };
    });
    expect(summary(buildFieldRows(varied))).toEqual(referenceRows(varied));
  });
});

/** The definition, written the slow and obvious way. */
function referenceRows(objects: readonly CrmObject[]) {
  const found = objects.flatMap((object) => (object.fields === null ? [] : [object.fields]));
  const names = [...new Set(found.flatMap((fields) => Object.keys(fields)))];
  return names.map((field) => {
    const values = found.map((fields) =>
      Object.hasOwn(fields, field) ? fields[field] : undefined,
    );
    const keys = values.map(valueKey);
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    const most = Math.max(...counts.values());
    const common = keys.find((key) => counts.get(key) === most);
    const dominant = counts.size > 1 && most >= 0.8 * keys.length;
    const varying = counts.size === keys.length && keys.length >= 3;
    return {
      field,
      differs: counts.size > 1,
      kind: counts.size === 1 ? 'same' : varying ? 'varying' : 'differing',
      distinct: counts.size,
      empty: values.every((v) => v === undefined || v === null || v === ''),
      deviant: keys.map((key) => (dominant && key !== common ? 1 : 0)),
    };
  });
}

describe('filterRows', () => {
  const table = buildFieldRows(OBJECTS);
  const fields = (filter: Parameters<typeof filterRows>[1]) =>
    filterRows(table, filter).map((row) => row.field);

  test('shows every row when nothing filters, as the same array', () => {
    expect(filterRows(table, { onlyDiffering: false, hideEmpty: false, text: ' ' })).toBe(
      table.rows,
    );
  });

  test('keeps only differing rows, not varying ones', () => {
    const varying = buildFieldRows(
      ['a', 'b', 'c'].map((v, i) => ({
        id: String(i),
        fields: { id: v, stage: i === 2 ? 'won' : 'open' },
      })),
    );
    expect(
      filterRows(varying, { onlyDiffering: true, hideEmpty: false, text: '' }).map((r) => r.field),
    ).toEqual(['stage']);
    expect(fields({ onlyDiffering: true, hideEmpty: false, text: '' })).toEqual([
      'stage',
      'amount',
      'note',
      'tags',
      'big',
      'extra',
    ]);
  });

  test('hides empty rows', () => {
    expect(fields({ onlyDiffering: false, hideEmpty: true, text: '' })).not.toContain('note');
  });

  test('matches field names anywhere, ignoring case', () => {
    expect(fields({ onlyDiffering: false, hideEmpty: false, text: 'AM' })).toEqual([
      'name',
      'amount',
    ]);
    expect(fields({ onlyDiffering: true, hideEmpty: false, text: 'AM' })).toEqual(['amount']);
    expect(fields({ onlyDiffering: false, hideEmpty: false, text: 'zzz' })).toEqual([]);
  });

  test('matches declared labels, and values when asked', () => {
    const labelOf = (field: string) => (field === 'stage' ? 'Deal Stage' : undefined);
    expect(fields({ onlyDiffering: false, hideEmpty: false, text: 'deal st', labelOf })).toEqual([
      'stage',
    ]);
    expect(fields({ onlyDiffering: false, hideEmpty: false, text: 'won' })).toEqual([]);
    expect(
      fields({ onlyDiffering: false, hideEmpty: false, text: 'WON', valuesToo: true }),
    ).toEqual(['stage']);
  });
});
