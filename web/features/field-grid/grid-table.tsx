import { useTable } from '@tanstack/react-table';
import type { VirtualItem } from '@tanstack/react-virtual';
import { useMemo } from 'react';
import type { FieldRow, FoundObject } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';
import type { JsonValue } from '../../lib/json/json-value';
import { FieldCell } from './field-cell';
import { buildColumns, getRowId, gridFeatures } from './grid-columns';
import { GridHead } from './grid-head';
import type { CellPos } from './grid-keyboard';
import { HEADER_HEIGHT, layoutVariables } from './grid-layout';
import { useValueActions } from './use-value-actions';
import { ValueCell } from './value-cell';
import { ValueDialog } from './value-dialog';
import { VirtualGrid } from './virtual-grid';

export interface GridTableProps {
  /** The objects Gong found, one column each, in the order requested. */
  found: readonly FoundObject[];
  /** The field rows left after the filters. */
  rows: readonly FieldRow[];
  /** When comparing, changes take the place of the differs marks; a schema adds its problems. */
  marks: GridMarks;
}

/** The table: react-table's columns and rows, the marks on them, and what a cell's value does. */
export function GridTable({ found, rows, marks }: GridTableProps) {
  const { changes, schema } = marks;
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
  const table = useTable({ features: gridFeatures, columns, data: rows, getRowId });
  const tableRows = table.getRowModel().rows;
  const leafColumns = table.getAllLeafColumns();
  const actions = useValueActions(found, rows, changes);

  const drawRow = (item: VirtualItem, virtualColumns: VirtualItem[], active: CellPos) => {
    const row = tableRows[item.index];
    if (!row) return null;
    const field = row.original;
    const changed = changes?.field(field.field) ?? false;
    // Comparing, the row is lit by its changes; otherwise by objects that disagree.
    const lit = changes ? changed : field.differs;
    return (
      <tr
        key={row.id}
        className={lit ? `fg-row fg-row--${changes ? 'changed' : 'differs'}` : 'fg-row'}
        aria-rowindex={item.index + 2}
        style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
      >
        <FieldCell
          row={field}
          index={item.index}
          active={active.row === item.index && active.col === 0}
          changed={changes ? changed : undefined}
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
              deviant={!changes && field.deviant[columnItem.index] === 1}
              change={changes?.cell(objectId, field.field)}
              problem={schema?.cell(field.field, value)}
              row={item.index}
              col={col}
              active={active.row === item.index && active.col === col}
              left={columnItem.start}
            />
          );
        })}
      </tr>
    );
  };

  return (
    <div className="fg-frame" style={layoutVariables}>
      <VirtualGrid
        rows={rows.length}
        objects={found.length}
        onOpen={actions.open}
        onCopy={actions.copy}
        head={(virtualColumns) => (
          <GridHead
            columns={leafColumns}
            virtualColumns={virtualColumns}
            marks={columnMarks}
            notes={columnNotes}
          />
        )}
        row={drawRow}
      />
      <div className="fg-footer">
        <p className="fg-keys" aria-hidden="true">
          <kbd>↑↓←→</kbd> move · <kbd>Enter</kbd> full value · <kbd>Ctrl/⌘ C</kbd> copy
        </p>
        <p className="fg-status" aria-live="polite">
          {actions.status}
        </p>
      </div>
      {actions.opened && <ValueDialog {...actions.opened} onClose={actions.close} />}
    </div>
  );
}
