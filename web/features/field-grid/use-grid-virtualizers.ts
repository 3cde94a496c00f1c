// Both virtualizers of the grid. Offsets include the sticky header and the sticky field
// column (paddingStart), and scrolling to a cell keeps it clear of them (scrollPaddingStart).
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback, useLayoutEffect } from 'react';
import type { CellPos } from './grid-keyboard';
import { withIndex } from './grid-keyboard';
import { COLUMN_OVERSCAN, HEADER_HEIGHT, ROW_OVERSCAN, rowSize } from './grid-layout';

/** The columns' widths from the table's column sizing: the pinned field column, then objects. */
export interface ColumnWidths {
  readonly field: number;
  objectWidth(objectIndex: number): number;
  /** Changes whenever any width changes (the table's sizing state). */
  readonly version: unknown;
}

export function useGridVirtualizers(
  scrollRef: RefObject<HTMLDivElement | null>,
  counts: { rows: number; objects: number },
  active: CellPos,
  widths: ColumnWidths,
) {
  const getScrollElement = useCallback(() => scrollRef.current, [scrollRef]);
  const activeRow = active.row;
  const activeObject = active.col - 1;
  const rowRange = useCallback(
    (range: Range) => withIndex(defaultRangeExtractor(range), activeRow, range.count),
    [activeRow],
  );
  const columnRange = useCallback(
    (range: Range) => withIndex(defaultRangeExtractor(range), activeObject, range.count),
    [activeObject],
  );
  const rowVirtualizer = useVirtualizer({
    count: counts.rows,
    getScrollElement,
    estimateSize: rowSize,
    overscan: ROW_OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor: rowRange,
  });
  const columnVirtualizer = useVirtualizer({
    horizontal: true,
    count: counts.objects,
    getScrollElement,
    estimateSize: widths.objectWidth,
    overscan: COLUMN_OVERSCAN,
    paddingStart: widths.field,
    scrollPaddingStart: widths.field,
    rangeExtractor: columnRange,
  });
  // A dragged width moves every column after it.
  const { version } = widths;
  // biome-ignore lint/correctness/useExhaustiveDependencies: version stands for every width.
  useLayoutEffect(() => columnVirtualizer.measure(), [columnVirtualizer, version]);
  return { rowVirtualizer, columnVirtualizer };
}
