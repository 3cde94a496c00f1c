import type { Column } from '@tanstack/react-table';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { FieldRow } from '../../diff/field-rows';
import type { gridFeatures } from './grid-columns';
import { resizeKey } from './resize-keys';

type GridColumn = Column<typeof gridFeatures, FieldRow, unknown>;

/**
 * The handle at a header's right edge: a splitter (role separator, its value the width in px).
 * A pointer (mouse, pen or finger) drags it; the keyboard moves it with the arrows (Shift for a
 * bigger step), Home and End go to the narrowest and widest, Enter or a double click resets.
 * Every way writes the table's column sizing. Not react-table's header resize handler: that
 * needs the header groups, which cost time quadratic in the columns (grid-head.tsx).
 *
 * Only the active cell's column has its handle in the tab order (`focusable`): the grid stays
 * one tab stop, and Shift+Tab from a cell reaches the width of the column it is in.
 */
export function ColumnResizer(props: { column: GridColumn; label: string; focusable: boolean }) {
  const { column, label } = props;
  const width = column.getSize();
  const min = column.columnDef.minSize ?? 0;
  const max = column.columnDef.maxSize ?? Number.MAX_SAFE_INTEGER;
  const resize = (size: number) => {
    const clamped = Math.round(Math.min(max, Math.max(min, size)));
    column.table.setColumnSizing((sizes) => ({ ...sizes, [column.id]: clamped }));
  };

  const start = (event: PointerEvent<HTMLSpanElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    // preventDefault above keeps the focus where it was; a drag is a use of the handle too.
    handle.focus({ preventScroll: true });
    const startX = event.clientX;
    const startSize = column.getSize();
    const move = (moved: globalThis.PointerEvent) => resize(startSize + moved.clientX - startX);
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };

  // The grid's own keys (arrows move between cells) must not see what the handle used.
  const onKeyDown = (event: KeyboardEvent<HTMLSpanElement>) => {
    const action = resizeKey(event);
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    if (action.kind === 'reset') column.resetSize();
    else if (action.kind === 'min') resize(min);
    else if (action.kind === 'max') resize(max);
    else resize(width + action.by);
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot be focused, dragged or hold a value; a focusable splitter is role="separator".
    <span
      className="fg-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize column ${label}`}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuetext={`${width} px`}
      tabIndex={props.focusable ? 0 : -1}
      title={`Drag, or focus and press ← →, to resize ${label}; double click or Enter resets`}
      onPointerDown={start}
      onKeyDown={onKeyDown}
      onDoubleClick={(event) => {
        event.stopPropagation();
        column.resetSize();
      }}
    />
  );
}
