import { FlexRender, type Header } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import type { FieldRow } from '../../lib/field-diff';
import type { gridFeatures } from './grid-columns';

type GridHeader = Header<typeof gridFeatures, FieldRow, unknown>;

/** The sticky header row: "Field" in the sticky corner, then the CRM ids of the columns in view. */
export function GridHead(props: { headers: GridHeader[]; virtualColumns: VirtualItem[] }) {
  const { headers, virtualColumns } = props;
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
          return (
            <th
              key={header.id}
              scope="col"
              className="fg-column-head"
              aria-colindex={item.index + 2}
              title={String(header.column.columnDef.header)}
              style={{ transform: `translateX(${item.start}px)` }}
            >
              <FlexRender header={header} />
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
