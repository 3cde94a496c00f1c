// Both virtualizers of the grid. Offsets include the sticky header and the sticky field
// column (paddingStart), and scrolling to a cell keeps it clear of them (scrollPaddingStart).
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import { type RefObject, useCallback } from 'react';
import type { CellPos } from './grid-keyboard';
import { withIndex } from './grid-keyboard';
import {
  COLUMN_OVERSCAN,
  columnSize,
  FIELD_WIDTH,
  HEADER_HEIGHT,
  ROW_OVERSCAN,
  rowSize,
} from './grid-layout';

export function useGridVirtualizers(
  scrollRef: RefObject<HTMLDivElement | null>,
  counts: { rows: number; objects: number },
  active: CellPos,
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
    estimateSize: columnSize,
    overscan: COLUMN_OVERSCAN,
    paddingStart: FIELD_WIDTH,
    scrollPaddingStart: FIELD_WIDTH,
    rangeExtractor: columnRange,
  });
  return { rowVirtualizer, columnVirtualizer };
}
