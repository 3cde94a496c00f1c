// "Compare to one object": one column is the reference, and every other object's cells are
// marked where they hold another value. Rows are compared when first drawn, not all up front:
// a grid of 10,000 objects draws a few dozen rows.

import { fieldValue } from '../lib/json/json-value';
import type { FieldRow, FoundObject } from './field-rows';
import { ValueKeys } from './value-identity';

export interface ReferenceMarks {
  /** Index into `found` of the reference object. */
  readonly object: number;
  readonly id: string;
  /** How many other objects hold another value of this field than the reference. */
  row(field: string): number;
  /** Whether this object holds another value of the field than the reference. */
  cell(object: number, field: string): boolean;
}

export function referenceMarks(
  found: readonly FoundObject[],
  reference: number,
): ReferenceMarks | undefined {
  const base = found[reference];
  if (!base) return undefined;
  const keys = new ValueKeys();
  const rows = new Map<string, { differs: Uint8Array; count: number }>();
  const rowOf = (field: string) => {
    let marks = rows.get(field);
    if (!marks) {
      const baseKey = keys.keyOf(fieldValue(base.fields, field));
      const differs = new Uint8Array(found.length);
      let count = 0;
      for (let i = 0; i < found.length; i++) {
        const object = found[i] as FoundObject;
        if (keys.keyOf(fieldValue(object.fields, field)) !== baseKey) {
          differs[i] = 1;
          count++;
        }
      }
      marks = { differs, count };
      rows.set(field, marks);
    }
    return marks;
  };
  return {
    object: reference,
    id: base.id,
    row: (field) => rowOf(field).count,
    cell: (object, field) => rowOf(field).differs[object] === 1,
  };
}

/** The rows where some object differs from the reference: what "Only differing fields" keeps. */
export function rowsDifferingFrom(
  rows: readonly FieldRow[],
  marks: ReferenceMarks,
): readonly FieldRow[] {
  return rows.filter((row) => marks.row(row.field) > 0);
}
