import { memo, type ReactNode } from 'react';
import type { CellChange } from '../../diff/grid-changes';
import type { CellReference } from '../../diff/grid-marks';
import type { JsonValue } from '../../lib/json/json-value';
import { DifferenceText, VisibleText } from '../../lib/values/visible-marks';
import { cellView } from './cell-view';
import { changeView } from './change-view';

interface CellMarks {
  value: JsonValue | undefined;
  /** Why the cell is shaded (an outlier, or unlike the reference object); undefined if not. */
  outlier: string | undefined;
  /** Set when comparing with a baseline and this cell's value changed. */
  change?: CellChange | undefined;
  /** With a schema: what is wrong with this value, in words (e.g. `not a number (declared CURRENCY)`). */
  problem?: string | undefined;
  /** When the field references another object: its mark, its name on hover, and Open. */
  reference?: CellReference | undefined;
  onOpenReference?: ((reference: CellReference) => void) | undefined;
  /**
   * In the plain table (objects as rows): the cell's place there (two numbers, so the memo
   * holds), so that seeking and the problem list can focus it.
   */
  tableRow?: number | undefined;
  tableCol?: number | undefined;
}

/** A cell's place in the keyboard grid (fields as rows). */
interface GridPlace {
  row: number;
  /** Grid column: 1 for the first object (0 is the field name). */
  col: number;
  active: boolean;
  /** Offset from the row's left edge and width, from the column virtualizer. */
  left: number;
  width: number;
}

/**
 * The same cell with the same marks in either orientation: placed in the keyboard grid, or,
 * with no place, a plain table cell (objects as rows), whose link and Open are tab stops of
 * their own since that table has no arrow keys.
 */
export type ValueCellProps = CellMarks & (GridPlace | { [K in keyof GridPlace]?: undefined });

// Values are data: they render as React text (escaped) or as a link to an http(s) URL, never
// as markup. In the grid a link inside a cell keeps tabIndex -1 so the grid stays one tab stop.
export const ValueCell = memo(function ValueCell(props: ValueCellProps) {
  const { value, outlier, change, reference } = props;
  if (change) return <ChangedCell {...props} change={change} />;
  const view = cellView(value, outlier !== undefined);
  const tabIndex = props.col === undefined ? undefined : -1;
  return (
    <CellFrame
      {...props}
      className={reference ? `${view.className} fg-cell--ref-${reference.state}` : view.className}
      title={reference?.text ? `${view.title}\n${reference.text}` : view.title}
      description={outlier}
    >
      {reference && <ReferenceMark reference={reference} />}
      {view.href !== undefined ? (
        <a href={view.href} target="_blank" rel="noopener noreferrer" tabIndex={tabIndex}>
          <VisibleText text={view.text} />
        </a>
      ) : view.spoken !== undefined ? (
        <>
          <span aria-hidden="true">
            <VisibleText text={view.text} />
          </span>
          <span className="visually-hidden">{view.spoken}</span>
        </>
      ) : (
        <VisibleText text={view.text} />
      )}
      {reference?.openable && props.onOpenReference && (
        <OpenReference reference={reference} onOpen={props.onOpenReference} tabIndex={tabIndex} />
      )}
    </CellFrame>
  );
});

/**
 * Before → after, both visible; the old value struck through. Said in words to screen readers.
 * Two values that look alike show the stretch around where they part, and its code points.
 */
function ChangedCell(props: ValueCellProps & { change: CellChange }) {
  const view = changeView(props.change, props.value);
  const { where } = view;
  return (
    <CellFrame {...props} className={view.className} title={view.title}>
      <span className={where ? 'fg-change fg-change--where' : 'fg-change'} aria-hidden="true">
        {view.before && (
          <del className={`fg-before fg-value--${view.before.kind}`}>
            {where ? (
              <DifferenceText window={where.before} />
            ) : (
              <VisibleText text={view.before.text} />
            )}
          </del>
        )}
        {view.before && view.after && <span className="fg-arrow">→</span>}
        {view.after && (
          <ins className={`fg-after fg-value--${view.after.kind}`}>
            {where ? (
              <DifferenceText window={where.after} />
            ) : (
              <VisibleText text={view.after.text} />
            )}
          </ins>
        )}
        {where && <span className="fg-where">{where.codePoints}</span>}
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
  props: ValueCellProps & {
    className: string;
    title: string;
    /** Said after any problem. */
    description?: string | undefined;
    children: ReactNode;
  },
) {
  const { problem, title, children } = props;
  const className = problem ? `${props.className} fg-cell--problem` : props.className;
  const said = [problem, props.description].filter((part) => part !== undefined);
  const description = said.length > 0 ? said.join('; ') : undefined;
  const shownTitle = problem ? `${title}\n⚠ ${problem}` : title;
  if (props.col === undefined)
    return (
      <td
        className={className}
        aria-description={description}
        title={shownTitle}
        data-row={props.tableRow}
        data-col={props.tableCol}
        tabIndex={props.tableCol === undefined ? undefined : -1}
      >
        {children}
      </td>
    );
  const { row, col, active, left, width } = props;
  return (
    <td
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a cell of the ARIA grid (grid-table.tsx).
      role="gridcell"
      className={active ? `${className} fg-cell--active` : className}
      data-row={row}
      data-col={col}
      tabIndex={active ? 0 : -1}
      aria-colindex={col + 1}
      aria-description={description}
      title={shownTitle}
      style={{ transform: `translateX(${left}px)`, width }}
    >
      {children}
    </td>
  );
}

const REFERENCE_MARKS = { found: '✓', 'not-in-gong': '✗' } as const;
const REFERENCE_WORDS = { found: 'found', 'not-in-gong': 'not in Gong' } as const;

/** ✓ or ✗ once Check references answered, before the id. */
function ReferenceMark({ reference }: { reference: CellReference }) {
  const { state } = reference;
  if (state !== 'found' && state !== 'not-in-gong') return null;
  return (
    <span
      className={`fg-ref-mark fg-ref-mark--${state}`}
      role="img"
      aria-label={REFERENCE_WORDS[state]}
    >
      {REFERENCE_MARKS[state]}
    </span>
  );
}

/**
 * At the cell's right edge, shown on hover and on the active cell. In the grid tabIndex -1 like
 * a cell's link: the grid stays one tab stop, and the keyboard finds Open in the value panel
 * (Enter). In the plain table (objects as rows) it is a tab stop.
 */
function OpenReference(props: {
  reference: CellReference;
  onOpen: (reference: CellReference) => void;
  tabIndex: -1 | undefined;
}) {
  const { reference, onOpen } = props;
  return (
    <button
      type="button"
      className="fg-ref-open"
      tabIndex={props.tabIndex}
      title={`Open ${reference.to} ${reference.id} in a new query`}
      onClick={() => onOpen(reference)}
    >
      Open
    </button>
  );
}
