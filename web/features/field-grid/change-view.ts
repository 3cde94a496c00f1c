// A changed cell as the grid draws it: old → new, added, or removed, in words for screen readers.
import type { CellChange } from '../../diff/grid-changes';
import type { JsonValue } from '../../lib/json/json-value';
import { describeValue, typedText } from '../../lib/values/value-format';
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
