// What the grid marks besides the values and the row model's own marks (field-rows.ts): a
// comparison's changes (grid-changes.ts), one object taken as the reference (reference-marks.ts)
// and a check against the integration's entity schema: per row the declared label and type and
// what is wrong with the field, per cell what is wrong with its value. The checking itself
// happens in the schema feature (features/schema/schema-report.ts). New kinds of marks are new
// parts of GridMarks: it is the one way marks reach the cells.
import type { JsonValue } from '../lib/json/json-value';
import type { GridChanges } from './grid-changes';
import type { ReferenceMarks } from './reference-marks';

/** Everything the grid marks, passed down as one object; any part may be absent. */
export interface GridMarks {
  /** When comparing with a baseline: changes take the place of the differs marks. */
  readonly changes?: GridChanges | undefined;
  /** When the integration's entity schema could be read: labels, types and problems. */
  readonly schema?: GridSchema | undefined;
  /** "Compare to one object": differences against that column take the place of the outliers. */
  readonly reference?: ReferenceMarks | undefined;
}

export interface RowFlag {
  /** For styling: undeclared, deleted, missing, misfit. */
  readonly kind: string;
  /** A symbol for the eye; the schema panel's legend explains it. */
  readonly symbol: string;
  /** The same in words: the marker's accessible name and tooltip. */
  readonly text: string;
}

export interface RowSchema {
  /** e.g. `Amount · CURRENCY`; undefined for a field the schema does not declare. */
  readonly summary: string | undefined;
  readonly flags: readonly RowFlag[];
}

export interface GridSchema {
  /** Stable per field, so memoized row headers do not redraw. */
  row(field: string): RowSchema | undefined;
  /** What is wrong with this cell's value, in words; undefined when nothing is. */
  cell(field: string, value: JsonValue | undefined): string | undefined;
  /** Fields with at least one flag: what "Only problems" shows. */
  readonly problemFields: ReadonlySet<string>;
}
