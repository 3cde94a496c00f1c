import { describe, expect, it } from 'vitest';
import { buildFieldRows, type FieldRow } from '../../diff/field-rows';
import type { CrmObject, JsonValue } from '../../lib/json/json-value';
import { fieldValue } from '../../lib/json/json-value';
import { buildColumns, fieldColumn } from './grid-columns';
import { fieldCountText } from './grid-controls';
import { rowsPerPage } from './grid-layout';

const objects: CrmObject[] = [
  { id: 'A-1', fields: { Name: 'Acme', Amount: 0 } },
  { id: 'missing', fields: null },
  { id: 'A-1', fields: { Name: 'Acme', constructor: 'own' } },
];

function cell(column: unknown, row: FieldRow): JsonValue | undefined {
  const read = (column as { accessorFn: (row: FieldRow, index: number) => JsonValue | undefined })
    .accessorFn;
  return read(row, 0);
}

describe('buildColumns', () => {
  const model = buildFieldRows(objects);
  const columns = buildColumns(model.found);
  const row = (field: string) =>
    model.rows.find((candidate) => candidate.field === field) as FieldRow;

  it('makes the field column, then one column per found object headed by its CRM id', () => {
    expect(columns[0]).toBe(fieldColumn);
    expect(columns.map((column) => column.header)).toEqual(['Field', 'A-1', 'A-1']);
    // The same id twice still gives two distinct columns.
    expect(new Set(columns.map((column) => column.id)).size).toBe(3);
    expect(columns.map((column) => column.meta?.objectIndex)).toEqual([-1, 0, 1]);
  });

  it('reads each cell from its own object, absent fields as undefined', () => {
    const [, first, second] = columns;
    expect(cell(first, row('Amount'))).toBe(0);
    expect(cell(second, row('Amount'))).toBeUndefined();
    // Object.prototype.constructor must not leak in as a value.
    expect(cell(first, row('constructor'))).toBeUndefined();
    expect(cell(second, row('constructor'))).toBe('own');
  });
});

describe('fieldValue', () => {
  it('ignores inherited properties', () => {
    expect(fieldValue({}, 'toString')).toBeUndefined();
    expect(fieldValue({ toString: null }, 'toString')).toBeNull();
  });
});

describe('small layout helpers', () => {
  it('counts the fields shown', () => {
    expect(fieldCountText(12, 48)).toBe('12 of 48 fields');
    expect(fieldCountText(0, 1)).toBe('0 of 1 field');
  });

  it('pages by a screenful of rows', () => {
    expect(rowsPerPage(0)).toBe(1);
    expect(rowsPerPage(30 + 28 * 20)).toBe(19);
  });
});
