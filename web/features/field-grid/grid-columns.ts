// The grid's column model: the field-name column, then one column per object Gong found.
import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import { fieldValue } from '../../lib/json/json-value';

/** Which found object a column shows; -1 for the field-name column. */
export interface GridColumnMeta {
  readonly objectIndex: number;
}

// No table feature is needed: the grid neither sorts nor filters through the table (the rows
// arrive filtered), and widths are fixed so virtualization stays simple arithmetic.
export const gridFeatures = tableFeatures({ columnMeta: {} as GridColumnMeta });

const helper = createColumnHelper<typeof gridFeatures, FieldRow>();

export const FIELD_COLUMN_ID = 'field';

export const fieldColumn = helper.accessor('field', {
  id: FIELD_COLUMN_ID,
  header: 'Field',
  meta: { objectIndex: -1 },
});

/** Column ids are positional: the same CRM id may be requested twice, and ids may hold dots. */
export function objectColumnId(objectIndex: number): string {
  return `object-${objectIndex}`;
}

export function buildColumns(found: readonly FoundObject[]) {
  return helper.columns([
    fieldColumn,
    ...found.map((object, objectIndex) =>
      helper.accessor((row) => fieldValue(object.fields, row.field), {
        id: objectColumnId(objectIndex),
        header: object.id,
        meta: { objectIndex },
      }),
    ),
  ]);
}

export function getRowId(row: FieldRow): string {
  return row.field;
}
