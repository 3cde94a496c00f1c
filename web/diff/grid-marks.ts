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
  /** Reference cells: what they point to, whether Gong has it, and how to open it. */
  readonly references?: GridReferences | undefined;
  /**
   * "Compare to one object" (not to be confused with `references`, the reference fields): the
   * differences against that column take the place of the outliers.
   */
  readonly reference?: ReferenceMarks | undefined;
}

/** A cell of a field that references another object (features/references builds these). */
export interface CellReference {
  /** `found` or `not-in-gong` once Check references answered; `unchecked` before. */
  readonly state: 'found' | 'not-in-gong' | 'unchecked' | 'unreadable';
  /** The referenced object's type (ACCOUNT, CONTACT, DEAL, LEAD, or USER and the like). */
  readonly to: string;
  readonly id: string;
  /** What the reference says in words: type, id, state and, once fetched, the object's name. */
  readonly text: string;
  /** Get CRM objects can read the type: the cell offers Open. */
  readonly openable: boolean;
}

export interface GridReferences {
  /** Undefined for a cell that is no reference or holds no id. */
  cell(objectId: string, field: string): CellReference | undefined;
  /** Opens the referenced object in a new query of its type. */
  open(reference: CellReference): void;
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
