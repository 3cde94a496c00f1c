import { memo } from 'react';
import type { CellChange } from '../../diff/grid-changes';
import type { JsonValue } from '../../lib/json/json-value';
import { cellView } from './cell-view';
import { changeView } from './change-view';

export interface ValueCellProps {
  value: JsonValue | undefined;
  /** Why the cell is shaded (an outlier, or unlike the reference object); undefined if not. */
  outlier: string | undefined;
  /** Set when comparing with a baseline and this cell's value changed. */
  change?: CellChange | undefined;
  /** With a schema: what is wrong with this value, in words (e.g. `not a number (declared CURRENCY)`). */
  problem?: string | undefined;
  row: number;
  /** Grid column: 1 for the first object (0 is the field name). */
  col: number;
  active: boolean;
  /** Offset from the row's left edge and width, from the column virtualizer. */
  left: number;
  width: number;
}

// Values are data: they render as React text (escaped) or as a link to an http(s) URL, never
// as markup. A link inside a cell keeps tabIndex -1 so the grid stays one tab stop.
export const ValueCell = memo(function ValueCell(props: ValueCellProps) {
  const { value, outlier, change, problem, row, col, active, left, width } = props;
  if (change) return <ChangedCell {...props} change={change} />;
  const view = cellView(value, outlier !== undefined);
  const className = problem ? `${view.className} fg-cell--problem` : view.className;
  return (
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA grid (grid-table.tsx).
      role="gridcell"
      className={active ? `${className} fg-cell--active` : className}
      data-row={row}
      data-col={col}
      tabIndex={active ? 0 : -1}
      aria-colindex={col + 1}
      aria-description={descriptionOf(problem, outlier)}
      title={problem ? `${view.title}\n⚠ ${problem}` : view.title}
      style={{ transform: `translateX(${left}px)`, width }}
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
    </td>
  );
});

/** Before → after, both visible; the old value struck through. Said in words to screen readers. */
function ChangedCell(props: ValueCellProps & { change: CellChange }) {
  const { value, change, problem, row, col, active, left, width } = props;
  const view = changeView(change, value);
  const className = problem ? `${view.className} fg-cell--problem` : view.className;
  return (
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA grid (grid-table.tsx).
      role="gridcell"
      className={active ? `${className} fg-cell--active` : className}
      data-row={row}
      data-col={col}
      tabIndex={active ? 0 : -1}
      aria-colindex={col + 1}
      aria-description={problem}
      title={problem ? `${view.title}\n⚠ ${problem}` : view.title}
      style={{ transform: `translateX(${left}px)`, width }}
    >
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
    </td>
  );
}

function descriptionOf(...parts: (string | undefined)[]): string | undefined {
  const said = parts.filter((part) => part !== undefined);
  return said.length > 0 ? said.join('; ') : undefined;
}
