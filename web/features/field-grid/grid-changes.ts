// What the grid needs to show a comparison with a baseline: per cell what it was before, per
// column whether the object appeared or disappeared. The comparing itself happens elsewhere.
import type { JsonValue } from '../../lib/json-value';
import { describeValue, typedText } from '../../lib/value-format';
import { type CellView, cellView, clipForCell } from './cell-view';

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
  /** A short note under a column's id, e.g. the object's line in an upload file. */
  columnNote?(objectId: string): string | undefined;
}

export interface ChangeView {
  readonly className: string;
  /** Struck through: the value before; absent for an added field. */
  readonly before: CellView | undefined;
  /** The value now; absent for a removed field. */
  readonly after: CellView | undefined;
  /** What a screen reader says for the cell: the arrow and strike-through are visual. */
  readonly spoken: string;
  readonly title: string;
}

const said = (view: CellView) => view.spoken ?? view.text;

/** A changed cell: old → new (both visible), added: new, removed: old struck through. */
export function changeView(change: CellChange, value: JsonValue | undefined): ChangeView {
  let before = change.kind === 'added' ? undefined : cellView(change.before, false);
  let after = change.kind === 'removed' ? undefined : cellView(value, false);
  const className = `fg-cell fg-value fg-cell--${change.kind}`;
  // Changed, yet alike as text (1 and "1"): quotes tell which side is the string. Compared in
  // full: two long values that differ past what a cell shows are not alike.
  if (before && after && describeValue(change.before).text === describeValue(value).text) {
    before = { ...before, text: clipForCell(typedText(change.before)), spoken: undefined };
    after = { ...after, text: clipForCell(typedText(value)), spoken: undefined };
  }
  if (before && after) {
    return {
      className,
      before,
      after,
      spoken: `changed from ${said(before)} to ${said(after)}`,
      title: `${before.title} → ${after.title}`,
    };
  }
  if (after)
    return { className, before, after, spoken: `added: ${said(after)}`, title: after.title };
  const was = before ?? cellView(undefined, false);
  return {
    className,
    before: was,
    after,
    spoken: `removed: ${said(was)}`,
    title: `removed: ${was.title}`,
  };
}
