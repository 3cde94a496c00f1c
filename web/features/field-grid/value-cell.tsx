import { memo, type ReactNode } from 'react';
import type { CellChange } from '../../diff/grid-changes';
import type { JsonValue } from '../../lib/json/json-value';
import { cellView, DIFFERS_HINT } from './cell-view';
import { changeView } from './change-view';

export interface ValueCellProps {
  value: JsonValue | undefined;
  deviant: boolean;
  /** Set when comparing with a baseline and this cell's value changed. */
  change?: CellChange | undefined;
  /** With a schema: what is wrong with this value, in words (e.g. `not a number (declared CURRENCY)`). */
  problem?: string | undefined;
  row: number;
  /** Grid column: 1 for the first object (0 is the field name). */
  col: number;
  active: boolean;
  /** Offset from the row's left edge, from the column virtualizer. */
  left: number;
}

// Values are data: they render as React text (escaped) or as a link to an http(s) URL, never
// as markup. A link inside a cell keeps tabIndex -1 so the grid stays one tab stop.
export const ValueCell = memo(function ValueCell(props: ValueCellProps) {
  const { value, deviant, change } = props;
  if (change) return <ChangedCell {...props} change={change} />;
  const view = cellView(value, deviant);
  return (
    <CellFrame
      {...props}
      className={view.className}
      title={view.title}
      description={deviant ? DIFFERS_HINT : undefined}
    >
      {view.href !== undefined ? (
        <a href={view.href} target="_blank" rel="noopener noreferrer" tabIndex={-1}>
          {view.text}
        </a>
      ) : view.spoken !== undefined ? (
        <>
          <span aria-hidden="true">{view.text}</span>
          <span className="visually-hidden">{view.spoken}</span>
        </>
      ) : (
        view.text
      )}
    </CellFrame>
  );
});

/** Before → after, both visible; the old value struck through. Said in words to screen readers. */
function ChangedCell(props: ValueCellProps & { change: CellChange }) {
  const view = changeView(props.change, props.value);
  return (
    <CellFrame {...props} className={view.className} title={view.title}>
      <span className="fg-change" aria-hidden="true">
        {view.before && (
          <del className={`fg-before fg-value--${view.before.kind}`}>{view.before.text}</del>
        )}
        {view.before && view.after && <span className="fg-arrow">→</span>}
        {view.after && (
          <ins className={`fg-after fg-value--${view.after.kind}`}>{view.after.text}</ins>
        )}
      </span>
      <span className="visually-hidden">{view.spoken}</span>
    </CellFrame>
  );
}

/**
 * The one frame of a value cell: its place in the grid, the tab stop, and a schema problem added
 * to its look, its tooltip and what a screen reader says after the value.
 */
function CellFrame(
  props: Pick<ValueCellProps, 'problem' | 'row' | 'col' | 'active' | 'left'> & {
    className: string;
    title: string;
    /** Said after any problem. */
    description?: string | undefined;
    children: ReactNode;
  },
) {
  const { problem, row, col, active, left, title, children } = props;
  const className = problem ? `${props.className} fg-cell--problem` : props.className;
  const said = [problem, props.description].filter((part) => part !== undefined);
  return (
    <td
      className={active ? `${className} fg-cell--active` : className}
      data-row={row}
      data-col={col}
      tabIndex={active ? 0 : -1}
      aria-colindex={col + 1}
      aria-description={said.length > 0 ? said.join('; ') : undefined}
      title={problem ? `${title}\n⚠ ${problem}` : title}
      style={{ transform: `translateX(${left}px)` }}
    >
      {children}
    </td>
  );
}
