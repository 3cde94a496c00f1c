import type { Column } from '@tanstack/react-table';
import type { PointerEvent } from 'react';
import type { FieldRow } from '../../diff/field-rows';
import type { gridFeatures } from './grid-columns';

type GridColumn = Column<typeof gridFeatures, FieldRow, unknown>;

/**
 * The drag handle at a header's right edge. It writes the table's column sizing (the table
 * clamps to the column's min and max). Not react-table's header resize handler: that needs the
 * header groups, which cost time quadratic in the columns (grid-head.tsx).
 */
export function ColumnResizer({ column, label }: { column: GridColumn; label: string }) {
  const start = (event: PointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const startX = event.clientX;
    const startSize = column.getSize();
    const move = (moved: globalThis.PointerEvent) => {
      const size = Math.round(startSize + moved.clientX - startX);
      column.table.setColumnSizing((sizes) => ({ ...sizes, [column.id]: size }));
    };
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };
  return (
    <span
      className="fg-resizer"
      title={`Drag to resize ${label}; double click to reset`}
      aria-hidden="true"
      onPointerDown={start}
      onDoubleClick={(event) => {
        event.stopPropagation();
        column.resetSize();
      }}
    />
  );
}
