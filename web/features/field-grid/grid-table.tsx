import { type ColumnSizingState, useTable } from '@tanstack/react-table';
import { useMemo, useRef, useState } from 'react';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';
import type { ValueFilter } from '../../diff/value-summary';
import type { JsonValue } from '../../lib/json/json-value';
import { FieldCell } from './field-cell';
import { buildColumns, FIELD_COLUMN_ID, getRowId, gridFeatures, PINNED } from './grid-columns';
import { GridHead } from './grid-head';
import { type CellPos, clampCell, ORIGIN } from './grid-keyboard';
import { HEADER_HEIGHT, layoutVariables } from './grid-layout';
import { GridNav, type SeekKind } from './grid-nav';
import {
  isDifference,
  isProblem,
  problemCells,
  problemsText,
  type SeekDirection,
  seekCell,
} from './grid-seek';
import { cellOutlier, rowLook } from './row-marks';
import { RowSummaryBar } from './row-summary-bar';
import { useGridKeyboard } from './use-grid-keyboard';
import { useGridVirtualizers } from './use-grid-virtualizers';
import { useValueActions } from './use-value-actions';
import { ValueCell } from './value-cell';
import { ValueDialog } from './value-dialog';

export interface GridTableProps {
  /** The objects Gong found, one column each, in the order requested. */
  found: readonly FoundObject[];
  /** The field rows left after the filters. */
  rows: readonly FieldRow[];
  /** Changes, schema findings, the reference object: everything marked besides the values. */
  marks: GridMarks;
  onValueFilter: (filter: ValueFilter) => void;
  onReference: (object: number | undefined) => void;
}

// The problem list names cells one by one; past this many, the next-problem key goes on.
const PROBLEMS_LISTED = 200;

// On a phone the field names take less room, so an object's values show beside them.
const NARROW_SCREEN = 600;
const NARROW_FIELD_WIDTH = 140;
const initialSizing = (): ColumnSizingState =>
  window.innerWidth < NARROW_SCREEN ? { [FIELD_COLUMN_ID]: NARROW_FIELD_WIDTH } : {};

/** The virtualized grid: only the cells in view (plus a small margin) are in the DOM. */
export function GridTable({ found, rows, marks, onValueFilter, onReference }: GridTableProps) {
  const { changes, schema, reference } = marks;
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const columns = useMemo(() => buildColumns(found), [found]);
  const columnMarks = useMemo(
    () => (changes ? found.map((object) => changes.column(object.id)) : undefined),
    [found, changes],
  );
  const [columnSizing, setColumnSizing] = useState<ColumnSizingState>(initialSizing);
  const table = useTable({
    features: gridFeatures,
    columns,
    data: rows,
    getRowId,
    state: { columnSizing, columnPinning: PINNED },
    onColumnSizingChange: setColumnSizing,
  });
  const tableRows = table.getRowModel().rows;
  // The pinned field column first, then the objects: the order the virtualizers count in.
  const pinned = table.getStartLeafColumns();
  const objectColumns = table.getCenterLeafColumns();
  const leafColumns = useMemo(() => [...pinned, ...objectColumns], [pinned, objectColumns]);
  const fieldWidth = pinned[0]?.getSize() ?? 0;
  const widths = useMemo(
    () => ({
      field: fieldWidth,
      objectWidth: (index: number) => objectColumns[index]?.getSize() ?? 0,
      version: columnSizing,
    }),
    [fieldWidth, objectColumns, columnSizing],
  );

  const bounds = { rows: rows.length, cols: found.length + 1 };
  const [cursor, setCursor] = useState<CellPos>(ORIGIN);
  const active = clampCell(cursor, bounds);
  const { rowVirtualizer, columnVirtualizer } = useGridVirtualizers(
    scrollRef,
    { rows: rows.length, objects: found.length },
    active,
    widths,
  );
  const actions = useValueActions(found, rows, changes);
  const [seekStatus, setSeekStatus] = useState('');
  const seek = (kind: SeekKind, direction: SeekDirection) => {
    const picks =
      kind === 'difference' ? isDifference(rows, found, marks) : isProblem(rows, found, marks);
    const next = seekCell(active, direction, bounds, picks);
    setSeekStatus(
      next ? '' : `No ${kind === 'difference' ? 'differences' : 'problems'} in the rows shown`,
    );
    if (next) keyboard.moveTo(next);
  };
  const problems = useMemo(() => {
    if (!schema) return undefined;
    const { cells, count, fields } = problemCells(rows, found, marks, PROBLEMS_LISTED);
    return { cells, count, text: problemsText(fields, count) };
  }, [rows, found, marks, schema]);
  const keyboard = useGridKeyboard({
    tableRef,
    active,
    setActive: setCursor,
    bounds,
    rowVirtualizer,
    columnVirtualizer,
    onOpen: actions.open,
    onCopy: actions.copy,
    onSeek: seek,
  });
  const handlers = keyboard.handlers;

  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  return (
    <div className="fg-frame" style={layoutVariables(fieldWidth)}>
      <GridNav
        found={found}
        problems={problems}
        onSeek={seek}
        onJump={keyboard.moveTo}
        onGoToObject={(index) => keyboard.moveTo({ row: active.row, col: index + 1 })}
        status={seekStatus}
      />
      <RowSummaryBar
        row={rows[active.row]}
        found={found}
        object={active.col > 0 ? active.col - 1 : undefined}
        reference={reference}
        onValueFilter={onValueFilter}
        onReference={onReference}
      />
      <div className="fg-scroller" ref={scrollRef}>
        <table
          ref={tableRef}
          className="fg-table"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid, not a table: it has its own arrow-key navigation and one tab stop.
          role="grid"
          aria-label="CRM objects"
          aria-rowcount={rows.length + 1}
          aria-colcount={found.length + 1}
          aria-description="Arrow keys, Home, End, Page Up and Page Down move between cells; N and Shift+N go to the next and previous difference, E and Shift+E to the next and previous problem; Enter shows the full value; Control+C copies it."
          style={{ width: columnVirtualizer.getTotalSize() }}
          {...handlers}
        >
          <GridHead
            columns={leafColumns}
            virtualColumns={virtualColumns}
            marks={columnMarks}
            reference={reference?.object}
          />
          <tbody
            className="fg-body"
            style={{ height: rowVirtualizer.getTotalSize() - HEADER_HEIGHT }}
          >
            {virtualRows.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              const field = row.original;
              const look = rowLook(field, marks);
              return (
                <tr
                  key={row.id}
                  className={look.lit ? `fg-row fg-row--lit fg-row--${look.mark}` : 'fg-row'}
                  aria-rowindex={item.index + 2}
                  style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                >
                  <FieldCell
                    row={field}
                    index={item.index}
                    active={active.row === item.index && active.col === 0}
                    mark={look.mark}
                    schema={schema?.row(field.field)}
                  />
                  {virtualColumns.map((columnItem) => {
                    const column = leafColumns[columnItem.index + 1];
                    if (!column) return null;
                    const col = columnItem.index + 1;
                    const objectId = found[columnItem.index]?.id ?? '';
                    const value = row.getValue<JsonValue | undefined>(column.id);
                    return (
                      <ValueCell
                        key={column.id}
                        value={value}
                        outlier={cellOutlier(field, columnItem.index, marks)}
                        change={changes?.cell(objectId, field.field)}
                        problem={schema?.cell(field.field, value)}
                        row={item.index}
                        col={col}
                        active={active.row === item.index && active.col === col}
                        left={columnItem.start}
                        width={columnItem.size}
                      />
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="fg-no-rows">No fields match the filters.</p>}
      </div>
      <div className="fg-footer">
        <p className="fg-keys" aria-hidden="true">
          <kbd>↑↓←→</kbd> move · <kbd>N</kbd>/<kbd>⇧N</kbd> next/previous difference · <kbd>E</kbd>/
          <kbd>⇧E</kbd> problem · <kbd>Enter</kbd> full value · <kbd>Ctrl/⌘ C</kbd> copy
        </p>
        <p className="fg-status" aria-live="polite">
          {actions.status}
        </p>
      </div>
      {actions.opened && <ValueDialog {...actions.opened} onClose={actions.close} />}
    </div>
  );
}
