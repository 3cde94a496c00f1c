import { useTable } from '@tanstack/react-table';
import { useMemo, useRef, useState } from 'react';
import type { FieldRow, FoundObject } from '../../lib/field-diff';
import type { JsonValue } from '../../lib/json-value';
import { FieldCell } from './field-cell';
import type { GridChanges } from './grid-changes';
import { buildColumns, getRowId, gridFeatures } from './grid-columns';
import { GridHead } from './grid-head';
import { type CellPos, clampCell, ORIGIN } from './grid-keyboard';
import { HEADER_HEIGHT, layoutVariables } from './grid-layout';
import type { GridSchema } from './grid-schema';
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
  /** When comparing with a baseline: changes take the place of the differs marks. */
  changes?: GridChanges | undefined;
  /** When the integration's entity schema could be read: labels, types and problems. */
  schema?: GridSchema | undefined;
}

/** The virtualized grid: only the cells in view (plus a small margin) are in the DOM. */
export function GridTable({ found, rows, changes, schema }: GridTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const columns = useMemo(() => buildColumns(found), [found]);
  const marks = useMemo(
    () => (changes ? found.map((object) => changes.column(object.id)) : undefined),
    [found, changes],
  );
  const notes = useMemo(
    () =>
      changes?.columnNote ? found.map((object) => changes.columnNote?.(object.id)) : undefined,
    [found, changes],
  );
  const table = useTable({ features: gridFeatures, columns, data: rows, getRowId });
  const tableRows = table.getRowModel().rows;
  const leafColumns = table.getAllLeafColumns();

  const bounds = { rows: rows.length, cols: found.length + 1 };
  const [cursor, setCursor] = useState<CellPos>(ORIGIN);
  const active = clampCell(cursor, bounds);
  const { rowVirtualizer, columnVirtualizer } = useGridVirtualizers(
    scrollRef,
    { rows: rows.length, objects: found.length },
    active,
  );
  const actions = useValueActions(found, rows, changes);
  const handlers = useGridKeyboard({
    tableRef,
    active,
    setActive: setCursor,
    bounds,
    rowVirtualizer,
    columnVirtualizer,
    onOpen: actions.open,
    onCopy: actions.copy,
  });

  const virtualRows = rowVirtualizer.getVirtualItems();
  const virtualColumns = columnVirtualizer.getVirtualItems();
  return (
    <div className="fg-frame" style={layoutVariables}>
      <div className="fg-scroller" ref={scrollRef}>
        <table
          ref={tableRef}
          className="fg-table"
          aria-label="CRM objects"
          aria-rowcount={rows.length + 1}
          aria-colcount={found.length + 1}
          aria-description="Arrow keys, Home, End, Page Up and Page Down move between cells; Enter shows the full value; Control+C copies it."
          style={{ width: columnVirtualizer.getTotalSize() }}
          {...handlers}
        >
          <GridHead
            columns={leafColumns}
            virtualColumns={virtualColumns}
            marks={marks}
            notes={notes}
          />
          <tbody
            className="fg-body"
            style={{ height: rowVirtualizer.getTotalSize() - HEADER_HEIGHT }}
          >
            {virtualRows.map((item) => {
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
            })}
          </tbody>
        </table>
        {rows.length === 0 && <p className="fg-no-rows">No fields match the filters.</p>}
      </div>
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
