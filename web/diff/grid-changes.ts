// What the grid needs to show a comparison with a baseline: per cell what it was before, per
// column whether the object appeared or disappeared. compare-view.ts builds it from a comparison;
// the grid draws it (features/field-grid/change-view.ts).
import type { JsonValue } from '../lib/json/json-value';

export type CellChangeKind = 'changed' | 'added' | 'removed';

export interface CellChange {
  readonly kind: CellChangeKind;
  /** The baseline's value; undefined when the field was absent. */
  readonly before: JsonValue | undefined;
}

export type ColumnMark = 'changed' | 'appeared' | 'disappeared';

export interface GridChanges {
  cell(objectId: string, field: string): CellChange | undefined;
  column(objectId: string): ColumnMark | undefined;
  /** Whether any object's value of this field changed. */
  field(field: string): boolean;
  /** A short note beside a column's id, e.g. the object's line in an upload file. */
  columnNote?(objectId: string): string | undefined;
}
