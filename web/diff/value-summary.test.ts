import { describe, expect, test } from 'vitest';
import type { CrmObject } from '../lib/json/json-value';
import { buildFieldRows } from './field-rows';
import { distinctText, objectsHolding, summaryEntries, summaryText } from './value-summary';

const objects = (values: unknown[]): CrmObject[] =>
  values.map((value, i) => ({
    id: String(i),
    fields: value === undefined ? {} : ({ f: value } as CrmObject['fields']),
  }));

describe('value summary', () => {
  test('counts each value, most held first', () => {
    const table = buildFieldRows(objects([...Array(19).fill(false), true]));
    const [row] = table.rows;
    if (!row) throw new Error('no row');
    expect(summaryText(row, table.found)).toBe('false ×19 · true ×1');
    expect(distinctText(row)).toBe('2 distinct values');
    expect(summaryEntries(row, table.found).map((entry) => entry.object)).toEqual([0, 19]);
  });

  test('values that look alike read differently: 1 and "1", null and "null", absent', () => {
    const table = buildFieldRows(objects([1, '1', null, 'null', undefined, '']));
    const [row] = table.rows;
    if (!row) throw new Error('no row');
    expect(summaryText(row, table.found)).toBe(
      '1 ×1 · "1" ×1 · null ×1 · "null" ×1 · 2 more values',
    );
  });

  test('a long value is cut in the summary and whole in the entry', () => {
    const long = 'x'.repeat(100);
    const table = buildFieldRows(objects([long, long]));
    const [entry] = summaryEntries(table.rows[0] as never, table.found);
    expect(entry?.text.length).toBeLessThan(50);
    expect(entry?.full).toBe(JSON.stringify(long));
    expect(distinctText(table.rows[0] as never)).toBe('1 value');
  });
});

describe('objectsHolding', () => {
  test('keeps the objects holding exactly that value', () => {
    const table = buildFieldRows(objects([1, '1', 1, undefined, null]));
    const ids = (value: unknown) =>
      objectsHolding(table.found, { field: 'f', value: value as never, text: '' }).map((o) => o.id);
    expect(ids(1)).toEqual(['0', '2']);
    expect(ids('1')).toEqual(['1']);
    expect(ids(undefined)).toEqual(['3']);
    expect(ids(null)).toEqual(['4']);
  });
});
