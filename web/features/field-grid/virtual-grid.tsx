// The grid's scrolling: only the cells in view (plus a small margin) are in the DOM. It owns the
// scroller, both virtualizers, the active cell and the keyboard; what a row holds is the caller's.
import type { VirtualItem } from '@tanstack/react-virtual';
import { type ReactNode, useRef, useState } from 'react';
import { type CellPos, clampCell, ORIGIN } from './grid-keyboard';
import { HEADER_HEIGHT } from './grid-layout';
import { useGridKeyboard } from './use-grid-keyboard';
import { useGridVirtualizers } from './use-grid-virtualizers';

export interface VirtualGridProps {
  /** Field rows after the filters. */
  rows: number;
  /** Objects, one column each; the field name column comes before them. */
  objects: number;
  onOpen: (pos: CellPos) => void;
  onCopy: (pos: CellPos) => void;
  head: (virtualColumns: VirtualItem[]) => ReactNode;
  /** One body row, placed by the virtualizer; `active` is the cell that holds the tab stop. */
  row: (item: VirtualItem, virtualColumns: VirtualItem[], active: CellPos) => ReactNode;
}

export function VirtualGrid({ rows, objects, onOpen, onCopy, head, row }: VirtualGridProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const bounds = { rows, cols: objects + 1 };
  const [cursor, setCursor] = useState<CellPos>(ORIGIN);
  const active = clampCell(cursor, bounds);
  const { rowVirtualizer, columnVirtualizer } = useGridVirtualizers(
    scrollRef,
    { rows, objects },
    active,
  );
  const handlers = useGridKeyboard({
    tableRef,
    active,
    setActive: setCursor,
    bounds,
    rowVirtualizer,
    columnVirtualizer,
    onOpen,
    onCopy,
  });

  const virtualColumns = columnVirtualizer.getVirtualItems();
  return (
    <div className="fg-scroller" ref={scrollRef}>
      <table
        ref={tableRef}
        className="fg-table"
        aria-label="CRM objects"
        aria-rowcount={rows + 1}
        aria-colcount={objects + 1}
        aria-description="Arrow keys, Home, End, Page Up and Page Down move between cells; Enter shows the full value; Control+C copies it."
        style={{ width: columnVirtualizer.getTotalSize() }}
        {...handlers}
      >
        {head(virtualColumns)}
        <tbody
          className="fg-body"
          style={{ height: rowVirtualizer.getTotalSize() - HEADER_HEIGHT }}
        >
          {rowVirtualizer.getVirtualItems().map((item) => row(item, virtualColumns, active))}
        </tbody>
      </table>
      {rows === 0 && <p className="fg-no-rows">No fields match the filters.</p>}
    </div>
  );
}
