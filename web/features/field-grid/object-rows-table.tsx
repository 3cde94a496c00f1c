import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';
import { fieldValue } from '../../lib/json/json-value';
import { cellView } from './cell-view';
import { HEADER_HEIGHT, ROW_HEIGHT, ROW_OVERSCAN, rowSize } from './grid-layout';
import { cellOutlier } from './row-marks';

/**
 * "Objects as rows": one row per object, one column per field, as spreadsheets expect. A
 * reading view (rows virtualized, the fields shown are the filtered ones); the keyboard grid
 * with its marks, summary and navigation is the fields-as-rows view.
 */
export function ObjectRowsTable(props: {
  found: readonly FoundObject[];
  rows: readonly FieldRow[];
  marks: GridMarks;
}) {
  const { found, rows, marks } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: found.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowSize,
    overscan: ROW_OVERSCAN,
    paddingStart: HEADER_HEIGHT,
  });
  return (
    <div className="fg-frame">
      <div className="fg-scroller fg-scroller--objects" ref={scrollRef} tabIndex={-1}>
        <table
          className="fg-objects"
          aria-label="CRM objects as rows"
          aria-rowcount={found.length + 1}
          style={{ height: virtualizer.getTotalSize() }}
        >
          <thead>
            <tr>
              <th scope="col">Object</th>
              {rows.map((row) => (
                <th key={row.field} scope="col" title={row.field}>
                  {row.field}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {virtualizer.getVirtualItems().map((item) => {
              const object = found[item.index];
              if (!object) return null;
              return (
                <tr
                  key={item.index}
                  aria-rowindex={item.index + 2}
                  style={{
                    transform: `translateY(${item.start}px)`,
                    height: ROW_HEIGHT,
                  }}
                >
                  <th scope="row" title={object.id}>
                    {object.id}
                  </th>
                  {rows.map((row) => {
                    const view = cellView(
                      fieldValue(object.fields, row.field),
                      cellOutlier(row, item.index, marks) !== undefined,
                    );
                    return (
                      <td key={row.field} className={view.className} title={view.title}>
                        {view.spoken !== undefined ? (
                          <>
                            <span aria-hidden="true">{view.text}</span>
                            <span className="visually-hidden">{view.spoken}</span>
                          </>
                        ) : (
                          view.text
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
