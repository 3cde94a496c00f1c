import { useRef } from 'react';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';
import { fieldValue } from '../../lib/json/json-value';
import { VisibleText } from '../../lib/values/visible-marks';
import { visibleText } from '../../lib/values/visible-text';
import { RowMarkBadge, SchemaFlags, titleOf } from './field-cell';
import { ColumnMarkBadge } from './grid-head';
import { ROW_HEIGHT } from './grid-layout';
import { GridNav } from './grid-nav';
import { cellOutlier, rowLook } from './row-marks';
import { useGridSeek } from './use-grid-seek';
import { useObjectRowsCursor } from './use-object-rows-cursor';
import { ValueCell } from './value-cell';

/**
 * "Objects as rows": one row per object, one column per field, as spreadsheets expect. A
 * reading view (rows virtualized, the fields shown are the filtered ones) with the marks of the
 * fields-as-rows grid: each field's mark and schema flags in its header, each object's change
 * mark in its row header, and the same value cells (outliers, changes, schema problems,
 * references ✓/✗ with the name on hover and Open). Next / previous difference and problem, the
 * problem list and Go to object move the focus to its cells as in the grid; the arrow keys and
 * the row summary are the fields-as-rows grid's.
 */
export function ObjectRowsTable(props: {
  found: readonly FoundObject[];
  rows: readonly FieldRow[];
  marks: GridMarks;
}) {
  const { found, rows, marks } = props;
  const { changes, schema, references, reference } = marks;
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const cursor = useObjectRowsCursor({
    scrollRef,
    tableRef,
    count: found.length,
    onSeek: (kind, direction, from) => seeker.seek(kind, direction, from),
  });
  const { virtualizer } = cursor;
  const seeker = useGridSeek(rows, found, marks, { transposed: true, moveTo: cursor.moveTo });
  return (
    <div className="fg-frame">
      <GridNav
        found={found}
        problems={seeker.problems}
        onSeek={(kind, direction) => seeker.seek(kind, direction, cursor.active)}
        onJump={seeker.jump}
        onGoToObject={(index) => cursor.moveTo({ row: index, col: 0 })}
        status={seeker.status}
      />
      <div className="fg-scroller fg-scroller--objects" ref={scrollRef} tabIndex={-1}>
        <table
          ref={tableRef}
          className="fg-objects"
          aria-label="CRM objects as rows"
          aria-rowcount={found.length + 1}
          style={{ height: virtualizer.getTotalSize() }}
          {...cursor.handlers}
        >
          <thead>
            <tr>
              <th scope="col">Object</th>
              {rows.map((row) => {
                const mark = rowLook(row, marks).mark;
                const rowSchema = schema?.row(row.field);
                return (
                  <th key={row.field} scope="col" title={titleOf(row, rowSchema)}>
                    <VisibleText text={visibleText(row.field)} />
                    {mark && (
                      <>
                        {' '}
                        <RowMarkBadge mark={mark} />
                      </>
                    )}
                    {rowSchema && <SchemaFlags flags={rowSchema.flags} />}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {virtualizer.getVirtualItems().map((item) => {
              const object = found[item.index];
              if (!object) return null;
              const columnMark = changes?.column(object.id);
              const note = changes?.columnNote?.(object.id);
              return (
                <tr
                  key={item.index}
                  aria-rowindex={item.index + 2}
                  style={{
                    transform: `translateY(${item.start}px)`,
                    height: ROW_HEIGHT,
                  }}
                >
                  <th
                    scope="row"
                    data-row={item.index}
                    data-col={0}
                    tabIndex={-1}
                    className={columnMark ? `fg-column-head--${columnMark}` : undefined}
                    title={`${visibleText(object.id)}${columnMark ? ` (${columnMark})` : ''}${note ? `, ${note}` : ''}`}
                  >
                    <VisibleText text={visibleText(object.id)} />
                    {columnMark && <ColumnMarkBadge mark={columnMark} />}
                    {note && (
                      <>
                        {' '}
                        <span className="fg-column-note">{note}</span>
                      </>
                    )}
                    {reference?.object === item.index && (
                      <span className="fg-reference-badge"> reference</span>
                    )}
                  </th>
                  {rows.map((row, field) => {
                    const value = fieldValue(object.fields, row.field);
                    return (
                      <ValueCell
                        key={row.field}
                        tableRow={item.index}
                        tableCol={field + 1}
                        value={value}
                        outlier={cellOutlier(row, item.index, marks)}
                        change={changes?.cell(object.id, row.field)}
                        problem={schema?.cell(row.field, value)}
                        reference={references?.cell(object.id, row.field)}
                        onOpenReference={references?.open}
                      />
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
