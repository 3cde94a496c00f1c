import { describe, expect, test } from 'vitest';
import { makeCrmObjects } from '../../bench/perf-fixtures';
import { type CrmObject, JsonNumber, type JsonValue } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import { buildFieldRows, type FieldTable, filterRows } from './field-rows';
import { valueKey } from './value-identity';

const BIG = () => new JsonNumber('9007199254740993');

// Four found objects (A, C, D, E) and one Gong did not find (B).
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
];

function summary(table: FieldTable) {
  return table.rows.map((row) => ({
    field: row.field,
    differs: row.differs,
    empty: row.empty,
    deviant: Array.from(row.deviant),
  }));
}

describe('buildFieldRows', () => {
  test('marks exactly the cells that stray from the common value', () => {
    const table = buildFieldRows(OBJECTS);
    expect(table.found.map((object) => object.id)).toEqual(['A', 'C', 'D', 'E']);
    expect(table.notFound).toEqual(['B']);
    // Columns: A, C, D, E. Field order is first appearance (A's, then D's `extra`).
    expect(summary(table)).toEqual([
      { field: 'name', differs: false, empty: false, deviant: [0, 0, 0, 0] },
      { field: 'stage', differs: true, empty: false, deviant: [0, 1, 0, 0] },
      // "100" is a string, not the number 100.
      { field: 'amount', differs: true, empty: false, deviant: [0, 0, 1, 0] },
      // null, "", absent, absent: all empty, yet not equal; absent is the most common.
      { field: 'note', differs: true, empty: true, deviant: [1, 1, 0, 0] },
      { field: 'tags', differs: true, empty: false, deviant: [0, 0, 0, 1] },
      // 9007199254740992 is not 9007199254740993, though Number would make them equal.
      { field: 'big', differs: true, empty: false, deviant: [0, 1, 0, 0] },
      { field: 'extra', differs: true, empty: false, deviant: [0, 0, 1, 0] },
    ]);
  });

  test('on a tie the leftmost column leads', () => {
    const objects: CrmObject[] = ['a', 'b', 'b', 'a', 'c'].map((v, i) => ({
      id: String(i),
      fields: { f: v },
    }));
    expect(Array.from(buildFieldRows(objects).rows[0]?.deviant ?? [])).toEqual([0, 1, 1, 0, 1]);
    const two = buildFieldRows([
      { id: '1', fields: { f: 'x' } },
      { id: '2', fields: { f: 'y' } },
    ]);
    expect(two.rows[0]?.differs).toBe(true);
  });

  test('when every object holds its own value, the row differs but no cell is singled out', () => {
    const objects: CrmObject[] = ['a', 'b', 'c'].map((v, i) => ({
      id: String(i),
      fields: { f: v },
    }));
    const [row] = buildFieldRows(objects).rows;
    expect(row?.differs).toBe(true);
    expect(Array.from(row?.deviant ?? [])).toEqual([0, 0, 0]);
  });

  test('a majority wins wherever it sits', () => {
    const objects: CrmObject[] = ['z', 'y', 'k', 'k', 'k'].map((v, i) => ({
      id: String(i),
      fields: { f: v },
    }));
    expect(Array.from(buildFieldRows(objects).rows[0]?.deviant ?? [])).toEqual([1, 1, 0, 0, 0]);
  });

  test('fields named like Object.prototype members are read as own fields only', () => {
    const fields = parseLossless('{"__proto__":null,"constructor":null,"toString":""}');
    const table = buildFieldRows([
      { id: '1', fields: fields as Record<string, JsonValue> },
      { id: '2', fields: {} },
    ]);
    expect(summary(table)).toEqual([
      { field: '__proto__', differs: true, empty: true, deviant: [0, 0] },
      { field: 'constructor', differs: true, empty: true, deviant: [0, 0] },
      { field: 'toString', differs: true, empty: true, deviant: [0, 0] },
    ]);
  });

  test('one found object differs from nothing; none gives no rows', () => {
    expect(summary(buildFieldRows([{ id: '1', fields: { a: 1, b: null } }]))).toEqual([
      { field: 'a', differs: false, empty: false, deviant: [0] },
      { field: 'b', differs: false, empty: true, deviant: [0] },
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
    return {
      field,
      differs: counts.size > 1,
      empty: values.every((v) => v === undefined || v === null || v === ''),
      deviant: keys.map((key) => (counts.size > 1 && most > 1 && key !== common ? 1 : 0)),
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

  test('keeps only differing rows', () => {
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
});
