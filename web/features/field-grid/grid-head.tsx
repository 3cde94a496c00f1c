import type { Column } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import { useId } from 'react';
import type { FieldRow } from '../../diff/field-rows';
import type { FillSort } from '../../diff/fill-rate';
import type { ColumnMark } from '../../diff/grid-changes';
import { VisibleText } from '../../lib/values/visible-marks';
import { visibleText } from '../../lib/values/visible-text';
import { ColumnResizer } from './column-resizer';
import type { gridFeatures } from './grid-columns';

type GridColumn = Column<typeof gridFeatures, FieldRow, unknown>;

/** Every header is plain text (grid-columns.ts): "Field", then the CRM id of each object. */
const headerText = (column: GridColumn) => String(column.columnDef.header);

/** The sticky header row: "Field" in the sticky corner, then the CRM ids of the columns in view. */
export function GridHead(props: {
  /**
   * The table's leaf columns. Not its header groups: react-table builds those in time
   * quadratic in the columns, about 100 ms at 10,000 (bench/), for a header row that is flat.
   */
  columns: readonly GridColumn[];
  virtualColumns: VirtualItem[];
  /** The active cell's column (0 the field column): its width handle is the one tab stop. */
  activeCol: number;
  /** Per column, how its object differs from the baseline (when comparing). */
  marks?: readonly (ColumnMark | undefined)[] | undefined;
  /** Rows sorted by fill rate; the corner's button steps through the sorts. */
  fillSort?: FillSort | undefined;
  onFillSort?: (() => void) | undefined;
  /** Per column, a short note under the id (an upload file's line). */
  notes?: readonly (string | undefined)[] | undefined;
  /** "Compare to one object": the index of the reference object's column. */
  reference?: number | undefined;
}) {
  const {
    columns,
    virtualColumns,
    activeCol,
    marks,
    notes,
    reference,
    fillSort = 'none',
    onFillSort,
  } = props;
  const fieldColumn = columns[0];
  // A header is named by its label alone: named from its content, it would take in its width
  // handle's name ("Resize column …") as well.
  const ids = useId();
  return (
    <thead className="fg-head">
      <tr className="fg-head-row" aria-rowindex={1}>
        <th
          scope="col"
          className="fg-corner"
          aria-colindex={1}
          aria-sort={fillSort === 'none' ? undefined : fillSort}
          aria-labelledby={`${ids}-corner`}
        >
          <span id={`${ids}-corner`} className="fg-head-label">
            {onFillSort ? (
              // The arrow is CSS: the header's text stays "Field".
              <button
                type="button"
                className={`fg-fill-sort fg-fill-sort--${fillSort}`}
                aria-description={FILL_SORT_HINT[fillSort]}
                title={FILL_SORT_HINT[fillSort]}
                onClick={onFillSort}
              >
                {fieldColumn && headerText(fieldColumn)}
              </button>
            ) : (
              fieldColumn && headerText(fieldColumn)
            )}
          </span>
          {fieldColumn && (
            <ColumnResizer
              column={fieldColumn}
              label={headerText(fieldColumn)}
              focusable={activeCol === 0}
            />
          )}
        </th>
        {virtualColumns.map((item) => {
          const column = columns[item.index + 1];
          if (!column) return null;
          const mark = marks?.[item.index];
          const note = notes?.[item.index];
          const isReference = item.index === reference;
          const className = mark ? `fg-column-head fg-column-head--${mark}` : 'fg-column-head';
          return (
            <th
              key={column.id}
              scope="col"
              className={isReference ? `${className} fg-column-head--reference` : className}
              aria-colindex={item.index + 2}
              title={`${visibleText(headerText(column))}${mark ? ` (${mark})` : ''}${note ? `, ${note}` : ''}`}
              style={{ transform: `translateX(${item.start}px)`, width: item.size }}
              aria-labelledby={`${ids}-${column.id}`}
            >
              <span id={`${ids}-${column.id}`} className="fg-head-label">
                <VisibleText text={visibleText(headerText(column))} />
                {mark && <ColumnMarkBadge mark={mark} />}
                {note && <span className="fg-column-note">{note}</span>}
                {isReference && <span className="fg-reference-badge"> reference</span>}
              </span>
              <ColumnResizer
                column={column}
                label={visibleText(headerText(column))}
                focusable={activeCol === item.index + 1}
              />
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

const FILL_SORT_HINT: Record<FillSort, string> = {
  none: 'In Gong’s order; press to sort by fill rate, emptiest first',
  ascending: 'By fill rate, emptiest first; press for fullest first',
  descending: 'By fill rate, fullest first; press for Gong’s order',
};

const MARK_SYMBOL: Record<ColumnMark, string> = { changed: 'Δ', appeared: '+', disappeared: '−' };

/** A symbol for the eye, the word for screen readers and for the column header's name. */
export function ColumnMarkBadge({ mark }: { mark: ColumnMark }) {
  return (
    <span className="fg-column-mark">
      <span aria-hidden="true">{MARK_SYMBOL[mark]}</span>
      <span className="visually-hidden"> {mark}</span>
    </span>
  );
}
