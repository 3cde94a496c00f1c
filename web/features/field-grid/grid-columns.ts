// The grid's column model: the field-name column, then one column per object Gong found.
import {
  type ColumnPinningState,
  columnPinningFeature,
  columnSizingFeature,
  createColumnHelper,
  tableFeatures,
} from '@tanstack/react-table';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import { fieldValue } from '../../lib/json/json-value';
import { COLUMN_WIDTH, FIELD_WIDTH } from './grid-layout';

/** Which found object a column shows; -1 for the field-name column. */
export interface GridColumnMeta {
  readonly objectIndex: number;
}

// The grid neither sorts nor filters through the table (the rows arrive filtered). Widths are
// the table's column sizing (dragged in the header), and the field column is pinned at the start.
export const gridFeatures = tableFeatures({
  columnSizingFeature,
  columnPinningFeature,
  columnMeta: {} as GridColumnMeta,
});

const helper = createColumnHelper<typeof gridFeatures, FieldRow>();

export const FIELD_COLUMN_ID = 'field';

/** The field names stay in view while the objects scroll sideways. */
export const PINNED: ColumnPinningState = { start: [FIELD_COLUMN_ID], end: [] };

export const fieldColumn = helper.accessor('field', {
  id: FIELD_COLUMN_ID,
  header: 'Field',
  size: FIELD_WIDTH,
  minSize: 120,
  maxSize: 640,
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
        size: COLUMN_WIDTH,
        minSize: 60,
        maxSize: 1200,
        meta: { objectIndex },
      }),
    ),
  ]);
}

export function getRowId(row: FieldRow): string {
  return row.field;
}
