import { describe, expect, test } from 'vitest';
import type { CrmFields } from '../lib/json/json-value';
import { parseLossless } from '../lib/json/lossless-json';
import { compareResults, type ResultSide } from './compare-results';
import { compareView } from './compare-view';
import { buildFieldRows } from './field-rows';

function side(entries: [string, CrmFields | null][]): ResultSide {
  return { ids: entries.map(([id]) => id), results: new Map(entries) };
}

const baseline = side([
  ['same', { name: 'S', stage: 'open' }],
  ['edited', { name: 'E', stage: 'open', dropped: 1 }],
  ['gone', { name: 'G', only: true }],
  ['missing', null],
]);
const current = side([
  ['same', { name: 'S', stage: 'open' }],
  ['edited', { name: 'E', stage: 'won' }],
  ['gone', null],
  ['new', { name: 'N' }],
  ['missing', null],
]);
const comparison = compareResults(baseline, current);

describe('compareView', () => {
  test('columns: current objects, a disappeared one kept as a column, not-found ones listed', () => {
    const view = compareView(comparison, current, false);
    expect(view.objects.map((object) => object.id)).toEqual([
      'same',
      'edited',
      'gone',
      'new',
      'missing',
    ]);
    const table = buildFieldRows(view.objects);
    expect(table.found.map((object) => object.id)).toEqual(['same', 'edited', 'gone', 'new']);
    expect(table.notFound).toEqual(['missing']);
    // A field only the baseline had still gets its row, absent now.
    expect(table.rows.map((row) => row.field)).toEqual(['name', 'stage', 'dropped', 'only']);
    expect(Object.hasOwn(view.objects[1]?.fields ?? {}, 'dropped')).toBe(true);
    expect(view.objects[1]?.fields?.dropped).toBeUndefined();
    expect(view.onlyFields).toBeUndefined();
  });

  test('cells and columns say what changed, and unchanged ones say nothing', () => {
    const { changes } = compareView(comparison, current, false);
    expect(changes.cell('edited', 'stage')).toMatchObject({ kind: 'changed', before: 'open' });
    expect(changes.cell('edited', 'dropped')).toMatchObject({ kind: 'removed', before: 1 });
    expect(changes.cell('edited', 'name')).toBeUndefined();
    expect(changes.cell('same', 'stage')).toBeUndefined();
    expect(changes.cell('new', 'name')).toEqual({ kind: 'added', before: undefined });
    expect(changes.cell('gone', 'only')).toEqual({ kind: 'removed', before: true });
    expect(changes.cell('gone', 'only')).toBe(changes.cell('gone', 'only'));
    expect(['same', 'edited', 'gone', 'new'].map((id) => changes.column(id))).toEqual([
      undefined,
      'changed',
      'disappeared',
      'appeared',
    ]);
    expect(changes.field('stage')).toBe(true);
    // Only a value changed in an object on both sides marks the row; a whole object does not.
    expect(changes.field('name')).toBe(false);
  });

  test('Only changes keeps the changed objects and fields only', () => {
    const view = compareView(comparison, current, true);
    expect(view.objects.map((object) => object.id)).toEqual(['edited', 'gone', 'new']);
    expect([...(view.onlyFields ?? [])].sort()).toEqual(['dropped', 'name', 'only', 'stage']);
  });

  test('a removed field named __proto__ stays a field', () => {
    const before = side([['A', parseLossless('{"__proto__":{"x":1},"a":1}') as CrmFields]]);
    const after = side([['A', { a: 1 }]]);
    const view = compareView(compareResults(before, after), after, false);
    const fields = view.objects[0]?.fields ?? {};
    expect(Object.keys(fields)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
  });
});
