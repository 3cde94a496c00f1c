// A changed cell as the grid draws it: old → new, added, or removed, in words for screen readers.
import type { CellChange } from '../../diff/grid-changes';
import type { JsonValue } from '../../lib/json/json-value';
import type { DifferenceWindows } from '../../lib/values/difference-window';
import { lookAlikeDifference } from '../../lib/values/value-difference';
import { describeValue, typedText } from '../../lib/values/value-format';
import { visibleText } from '../../lib/values/visible-text';
import { type CellView, cellView, clipForCell } from './cell-view';

export interface ChangeView {
  readonly className: string;
  /** Struck through: the value before; absent for an added field. */
  readonly before: CellView | undefined;
  /** The value now; absent for a removed field. */
  readonly after: CellView | undefined;
  /** What a screen reader says for the cell: the arrow and strike-through are visual. */
  readonly spoken: string;
  readonly title: string;
  /** Two values that differ but look alike: both sides around where they part, and the codes. */
  readonly where?: DifferenceWindows | undefined;
}

const said = (view: CellView) => view.spoken ?? view.text;

/** A changed cell: old → new (both visible), added: new, removed: old struck through. */
export function changeView(change: CellChange, value: JsonValue | undefined): ChangeView {
  let before = change.kind === 'added' ? undefined : cellView(change.before, false);
  let after = change.kind === 'removed' ? undefined : cellView(value, false);
  const className = `fg-cell fg-value fg-cell--${change.kind}`;
  // Changed, yet alike as text (1 and "1"): quotes tell which side is the string. Compared in
  // full: two long values that differ past what a cell shows are not alike, and get `where`.
  if (before && after && describeValue(change.before).text === describeValue(value).text) {
    before = {
      ...before,
      text: visibleText(clipForCell(typedText(change.before))),
      spoken: undefined,
    };
    after = { ...after, text: visibleText(clipForCell(typedText(value))), spoken: undefined };
  }
  if (before && after) {
    // Still alike once drawn (é composed or not, or equal up to the cut): where they part.
    const where = lookAlikeDifference(change.before, value, before.text === after.text);
    const at = where ? `; first difference at ${where.summary}` : '';
    return {
      className,
      before,
      after,
      spoken: `changed from ${said(before)} to ${said(after)}${at}`,
      title: `${before.title} → ${after.title}${where ? `\nFirst difference at ${where.summary}` : ''}`,
      where,
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
