import { type ColumnSizingState, useTable } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import { type Ref, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { FillSort } from '../../diff/fill-rate';
import type { GridMarks } from '../../diff/grid-marks';
import type { ValueFilter } from '../../diff/value-summary';
import type { JsonValue } from '../../lib/json/json-value';
import { FieldCell } from './field-cell';
import { buildColumns, FIELD_COLUMN_ID, getRowId, gridFeatures, PINNED } from './grid-columns';
import { GridHead } from './grid-head';
import type { CellPos } from './grid-keyboard';
import { HEADER_HEIGHT, layoutVariables } from './grid-layout';
import { GridNav } from './grid-nav';
import { cellOutlier, rowLook } from './row-marks';
import { RowSummaryBar } from './row-summary-bar';
import { useGridSeek } from './use-grid-seek';
import { useValueActions } from './use-value-actions';
import { ValueCell } from './value-cell';
import { ValueDialog } from './value-dialog';
import { VirtualGrid } from './virtual-grid';

export interface GridTableProps {
  /** The objects Gong found, one column each, in the order requested. */
  found: readonly FoundObject[];
  /** The field rows left after the filters. */
  rows: readonly FieldRow[];
  /**
   * Changes, schema findings, reference cells, the reference object: everything marked besides
   * the values (comparing, changes take the place of the differs marks).
   */
  marks: GridMarks;
  /** A value picked in a row's summary: show only the objects holding it. */
  onValueFilter: (filter: ValueFilter) => void;
  /** "Compare to one object": the index of the reference object, or undefined to stop. */
  onReference: (object: number | undefined) => void;
  /** The field column's sort by fill rate, and what its header button asks for. */
  fillSort?: FillSort;
  onFillSort?: (() => void) | undefined;
  /** What the page may ask of the grid: move to a cell (e.g. a dangling reference). */
  handle?: Ref<GridHandle> | undefined;
}

export interface GridHandle {
  /** Moves the active cell (and focus) there; false when the column or the row is not shown. */
  jumpTo(objectId: string, field: string): boolean;
}

// On a phone the field names take less room, so an object's values show beside them.
const NARROW_SCREEN = 600;
const NARROW_FIELD_WIDTH = 140;
const initialSizing = (): ColumnSizingState =>
  window.innerWidth < NARROW_SCREEN ? { [FIELD_COLUMN_ID]: NARROW_FIELD_WIDTH } : {};

/** The table: react-table's columns and rows, the marks on them, and what a cell's value does. */
export function GridTable(props: GridTableProps) {
  const { found, rows, marks, onValueFilter, onReference } = props;
  const { changes, schema, references, reference } = marks;
  const columns = useMemo(() => buildColumns(found), [found]);
  const columnMarks = useMemo(
    () => (changes ? found.map((object) => changes.column(object.id)) : undefined),
    [found, changes],
  );
  const columnNotes = useMemo(
    () =>
      changes?.columnNote ? found.map((object) => changes.columnNote?.(object.id)) : undefined,
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
  const actions = useValueActions(found, rows, changes);
  const cursor = useRef<{ moveTo(pos: CellPos): void }>(null);
  const moveTo = (pos: CellPos) => cursor.current?.moveTo(pos);
  useImperativeHandle(props.handle, () => ({
    jumpTo(objectId, field) {
      const row = rows.findIndex((r) => r.field === field);
      const col = found.findIndex((object) => object.id === objectId) + 1;
      if (row < 0 || col < 1 || !cursor.current) return false;
      cursor.current.moveTo({ row, col });
      return true;
    },
  }));

  const seeker = useGridSeek(rows, found, marks, { transposed: false, moveTo });

  const drawAbove = (active: CellPos) => (
    <>
      <GridNav
        found={found}
        problems={seeker.problems}
        onSeek={(kind, direction) => seeker.seek(kind, direction, active)}
        onJump={seeker.jump}
        onGoToObject={(index) => moveTo({ row: active.row, col: index + 1 })}
        status={seeker.status}
      />
      <RowSummaryBar
        row={rows[active.row]}
        found={found}
        object={active.col > 0 ? active.col - 1 : undefined}
        reference={reference}
        onValueFilter={onValueFilter}
        onReference={onReference}
      />
    </>
  );

  const drawRow = (item: VirtualItem, virtualColumns: VirtualItem[], active: CellPos) => {
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
              reference={references?.cell(objectId, field.field)}
              onOpenReference={references?.open}
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
  };

  return (
    <div className="fg-frame" style={layoutVariables(fieldWidth)}>
      <VirtualGrid
        rows={rows.length}
        objects={found.length}
        widths={widths}
        onOpen={actions.open}
        onCopy={actions.copy}
        onSeek={seeker.seek}
        cursor={cursor}
        above={drawAbove}
        head={(virtualColumns, active) => (
          <GridHead
            columns={leafColumns}
            virtualColumns={virtualColumns}
            activeCol={active.col}
            marks={columnMarks}
            fillSort={props.fillSort}
            onFillSort={props.onFillSort}
            notes={columnNotes}
            reference={reference?.object}
          />
        )}
        row={drawRow}
      />
      <div className="fg-footer">
        <p className="fg-keys" aria-hidden="true">
          <kbd>↑↓←→</kbd> move · <kbd>N</kbd>/<kbd>⇧N</kbd> next/previous difference · <kbd>E</kbd>/
          <kbd>⇧E</kbd> problem · <kbd>Enter</kbd> full value · <kbd>Ctrl/⌘ C</kbd> copy
        </p>
        <p className="fg-status" aria-live="polite">
          {actions.status}
        </p>
      </div>
      {actions.opened && (
        <ValueDialog
          {...actions.opened}
          onClose={actions.close}
          reference={references?.cell(actions.opened.crmId, actions.opened.field)}
          onOpenReference={references?.open}
        />
      )}
    </div>
  );
}
