// Objects as rows is a reading table (no arrow keys), but seeking and Go to object move the
// focus to one of its cells as they do in the grid: the cell is kept rendered, scrolled clear of
// the sticky header and object column, and N / E (Shift for back) go on from the focused cell.
import { defaultRangeExtractor, type Range, useVirtualizer } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type KeyboardEvent,
  type RefObject,
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { type CellPos, ORIGIN, withIndex } from './grid-keyboard';
import { HEADER_HEIGHT, ROW_OVERSCAN, rowSize } from './grid-layout';
import type { SeekKind } from './grid-nav';
import type { SeekDirection } from './grid-seek';
import { cellElement, cellOf, keepInWindow, seekOf } from './use-grid-keyboard';

export function useObjectRowsCursor(options: {
  scrollRef: RefObject<HTMLDivElement | null>;
  tableRef: RefObject<HTMLTableElement | null>;
  /** Objects, one row each. */
  count: number;
  onSeek: (kind: SeekKind, direction: SeekDirection, from: CellPos) => void;
}) {
  const { scrollRef, tableRef, count, onSeek } = options;
  const [active, setActive] = useState<CellPos>(ORIGIN);
  const focusPending = useRef(false);
  const activeRow = active.row;
  // The focused row stays in the DOM when it scrolls out of view, or focus falls to <body>.
  const rangeExtractor = useCallback(
    (range: Range) => withIndex(defaultRangeExtractor(range), activeRow, range.count),
    [activeRow],
  );
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowSize,
    overscan: ROW_OVERSCAN,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    rangeExtractor,
  });

  // After the render that put the cell in the DOM.
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const cell = cellElement(tableRef.current, active);
    if (!cell) return;
    cell.focus({ preventScroll: true });
    if (scrollRef.current) revealColumn(scrollRef.current, cell);
    keepInWindow(cell);
  });

  const moveTo = (pos: CellPos) => {
    focusPending.current = true;
    setActive(pos);
    virtualizer.scrollToIndex(pos.row);
  };

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const from = cellOf(event.target);
    const seek = seekOf(event);
    if (!from || !seek || event.altKey) return;
    event.preventDefault();
    onSeek(...seek, from);
  }
  // A click or Tab into a cell: seeking goes on from there.
  function onFocus(event: FocusEvent<HTMLTableElement>) {
    const pos = cellOf(event.target);
    if (pos && (pos.row !== active.row || pos.col !== active.col)) setActive(pos);
  }

  return { active, virtualizer, moveTo, handlers: { onKeyDown, onFocus } };
}

/** Scrolls a cell sideways into view, clear of the sticky object column at the left. */
function revealColumn(scroller: HTMLElement, cell: HTMLElement) {
  const sticky = cell.closest('tr')?.querySelector('th');
  if (!sticky || sticky === cell) return;
  const c = cell.getBoundingClientRect();
  const left = sticky.getBoundingClientRect().right;
  const right = scroller.getBoundingClientRect().left + scroller.clientLeft + scroller.clientWidth;
  if (c.left < left) scroller.scrollLeft -= left - c.left;
  else if (c.right > right) scroller.scrollLeft += Math.min(c.right - right, c.left - left);
}
