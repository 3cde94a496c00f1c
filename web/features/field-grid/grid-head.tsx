import { FlexRender, type Header } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { FieldRow } from '../../lib/field-diff';
import type { ColumnMark } from './grid-changes';
import type { gridFeatures } from './grid-columns';

type GridHeader = Header<typeof gridFeatures, FieldRow, unknown>;

/** The sticky header row: "Field" in the sticky corner, then the CRM ids of the columns in view. */
export function GridHead(props: {
  headers: GridHeader[];
  virtualColumns: VirtualItem[];
  /** Per column, how its object differs from the baseline (when comparing). */
  marks?: readonly (ColumnMark | undefined)[] | undefined;
}) {
  const { headers, virtualColumns, marks } = props;
  const fieldHeader = headers[0];
  return (
    <thead className="fg-head">
      <tr className="fg-head-row" aria-rowindex={1}>
        <th scope="col" className="fg-corner" aria-colindex={1}>
          {fieldHeader && <FlexRender header={fieldHeader} />}
        </th>
        {virtualColumns.map((item) => {
          const header = headers[item.index + 1];
          if (!header) return null;
          const mark = marks?.[item.index];
          return (
            <th
              key={header.id}
              scope="col"
              className={mark ? `fg-column-head fg-column-head--${mark}` : 'fg-column-head'}
              aria-colindex={item.index + 2}
              title={`${String(header.column.columnDef.header)}${mark ? ` (${mark})` : ''}`}
              style={{ transform: `translateX(${item.start}px)` }}
            >
              <FlexRender header={header} />
              {mark && <ColumnMarkBadge mark={mark} />}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

const MARK_SYMBOL: Record<ColumnMark, string> = { changed: 'Δ', appeared: '+', disappeared: '−' };

/** A symbol for the eye, the word for screen readers and for the column header's name. */
function ColumnMarkBadge({ mark }: { mark: ColumnMark }) {
  return (
    <span className="fg-column-mark">
      <span aria-hidden="true">{MARK_SYMBOL[mark]}</span>
      <span className="visually-hidden"> {mark}</span>
    </span>
  );
}
