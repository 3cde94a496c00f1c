// The grid's scrolling: only the cells in view (plus a small margin) are in the DOM. It owns the
// scroller, both virtualizers, the active cell and the keyboard; what a row holds is the caller's.
import type { VirtualItem } from '@tanstack/react-virtual';
import { type ReactNode, type Ref, useImperativeHandle, useRef, useState } from 'react';
import { type CellPos, clampCell, ORIGIN } from './grid-keyboard';
import { HEADER_HEIGHT } from './grid-layout';
import type { SeekKind } from './grid-nav';
import type { SeekDirection } from './grid-seek';
import { useGridKeyboard } from './use-grid-keyboard';
import { type ColumnWidths, useGridVirtualizers } from './use-grid-virtualizers';

export interface VirtualGridProps {
  /** Field rows after the filters. */
  rows: number;
  /** Objects, one column each; the field name column comes before them. */
  objects: number;
  /** The columns' widths from the table's column sizing (dragged widths included). */
  widths: ColumnWidths;
  onOpen: (pos: CellPos) => void;
  onCopy: (pos: CellPos) => void;
  /** Next / previous difference or problem (N, E and their Shift forms), from the active cell. */
  onSeek: (kind: SeekKind, direction: SeekDirection, from: CellPos) => void;
  /** The header row; `active` is the cell that holds the tab stop (its column's width handle is a tab stop too). */
  head: (virtualColumns: VirtualItem[], active: CellPos) => ReactNode;
  /** One body row, placed by the virtualizer; `active` is the cell that holds the tab stop. */
  row: (item: VirtualItem, virtualColumns: VirtualItem[], active: CellPos) => ReactNode;
  /** Drawn above the scroller, knowing the active cell (the navigation and the row summary). */
  above?: ((active: CellPos) => ReactNode) | undefined;
  /** Lets the table move the active cell (and focus) from outside, e.g. to a dangling reference. */
  cursor?: Ref<{ moveTo(pos: CellPos): void }> | undefined;
}

export function VirtualGrid(props: VirtualGridProps) {
  const { rows, objects, widths, onOpen, onCopy, onSeek, head, row, above } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const bounds = { rows, cols: objects + 1 };
  const [cursor, setCursor] = useState<CellPos>(ORIGIN);
  const active = clampCell(cursor, bounds);
  const { rowVirtualizer, columnVirtualizer } = useGridVirtualizers(
    scrollRef,
    { rows, objects },
    active,
    widths,
  );
  const { handlers, moveTo } = useGridKeyboard({
    tableRef,
    active,
    setActive: setCursor,
    bounds,
    rowVirtualizer,
    columnVirtualizer,
    onOpen,
    onCopy,
    onSeek: (kind, direction) => onSeek(kind, direction, active),
  });

  useImperativeHandle(props.cursor, () => ({ moveTo }));

  const virtualColumns = columnVirtualizer.getVirtualItems();
  return (
    <>
      {above?.(active)}
      <div className="fg-scroller" ref={scrollRef}>
        <table
          ref={tableRef}
          className="fg-table"
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid, not a table: it has its own arrow-key navigation and one tab stop.
          role="grid"
          aria-label="CRM objects"
          aria-rowcount={rows + 1}
          aria-colcount={objects + 1}
          aria-description="Arrow keys, Home, End, Page Up and Page Down move between cells; N and Shift+N go to the next and previous difference, E and Shift+E to the next and previous problem; Enter shows the full value; Control+C copies it."
          style={{ width: columnVirtualizer.getTotalSize() }}
          {...handlers}
        >
          {head(virtualColumns, active)}
          <tbody
            className="fg-body"
            style={{ height: rowVirtualizer.getTotalSize() - HEADER_HEIGHT }}
          >
            {rowVirtualizer.getVirtualItems().map((item) => row(item, virtualColumns, active))}
          </tbody>
        </table>
        {rows === 0 && <p className="fg-no-rows">No fields match the filters.</p>}
      </div>
    </>
  );
}
