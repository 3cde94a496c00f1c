// One tab stop for the whole grid (roving tabindex): arrows, Home/End and PageUp/PageDown move
// the active cell, the virtualizers scroll it into view, and focus follows it.
import type { Virtualizer } from '@tanstack/react-virtual';
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useLayoutEffect,
  useRef,
} from 'react';
import { type CellPos, nextCell } from './grid-keyboard';
import { rowsPerPage } from './grid-layout';
import { SEEK_KEYS, type SeekKind } from './grid-nav';
import type { SeekDirection } from './grid-seek';

interface GridKeyboardOptions {
  tableRef: RefObject<HTMLTableElement | null>;
  active: CellPos;
  setActive: (pos: CellPos) => void;
  bounds: { rows: number; cols: number };
  rowVirtualizer: Virtualizer<HTMLDivElement, Element>;
  columnVirtualizer: Virtualizer<HTMLDivElement, Element>;
  onOpen: (pos: CellPos) => void;
  onCopy: (pos: CellPos) => void;
  onSeek: (kind: SeekKind, direction: SeekDirection) => void;
}

/** Which seek a key press asks for, from SEEK_KEYS ("n", "Shift+N", "e", "Shift+E"). */
export function seekOf(event: KeyboardEvent<HTMLElement>): [SeekKind, SeekDirection] | undefined {
  if (event.ctrlKey || event.metaKey) return undefined;
  const pressed = event.shiftKey ? `Shift+${event.key.toUpperCase()}` : event.key.toLowerCase();
  for (const kind of ['difference', 'problem'] as const) {
    if (pressed === SEEK_KEYS[kind].next) return [kind, 1];
    if (pressed === SEEK_KEYS[kind].previous) return [kind, -1];
  }
  return undefined;
}

/**
 * Keeps a cell inside the window too: on a narrow screen the page scrolls as well as the grid,
 * and a focused cell below the fold is lost to a sighted keyboard user.
 */
export function keepInWindow(cell: HTMLElement) {
  const rect = cell.getBoundingClientRect();
  const margin = 8;
  if (rect.bottom > window.innerHeight)
    window.scrollBy(0, rect.bottom - window.innerHeight + margin);
  else if (rect.top < 0) window.scrollBy(0, rect.top - margin);
}

/** The body cell an event happened in, from the data-row/data-col every cell carries. */
export function cellOf(target: EventTarget | null): CellPos | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('[data-col]') : null;
  if (!cell) return null;
  const row = Number(cell.dataset.row);
  const col = Number(cell.dataset.col);
  return Number.isInteger(row) && Number.isInteger(col) ? { row, col } : null;
}

export function cellElement(table: HTMLTableElement | null, pos: CellPos): HTMLElement | null {
  return (
    table?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`) ?? null
  );
}

export function useGridKeyboard(options: GridKeyboardOptions) {
  const { tableRef, active, setActive, bounds, rowVirtualizer, columnVirtualizer } = options;
  const focusPending = useRef(false);

  // After the render that put the new active cell in the DOM (the range extractors keep it).
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const cell = cellElement(tableRef.current, active);
    cell?.focus({ preventScroll: true });
    if (cell) keepInWindow(cell);
  });

  function moveTo(pos: CellPos) {
    focusPending.current = true;
    setActive(pos);
    rowVirtualizer.scrollToIndex(pos.row);
    columnVirtualizer.scrollToIndex(Math.max(0, pos.col - 1));
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    if (!cellOf(event.target) || event.altKey) return;
    const command = event.ctrlKey || event.metaKey;
    if (event.key === 'Enter' && !command) {
      event.preventDefault();
      options.onOpen(active);
      return;
    }
    // A selection made with the mouse is copied the usual way.
    if (command && event.key.toLowerCase() === 'c' && !window.getSelection()?.toString()) {
      event.preventDefault();
      options.onCopy(active);
      return;
    }
    const seek = seekOf(event);
    if (seek) {
      event.preventDefault();
      options.onSeek(...seek);
      return;
    }
    const pageRows = rowsPerPage(rowVirtualizer.scrollRect?.height ?? 0);
    const next = nextCell(active, event, { ...bounds, pageRows });
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  }

  // Clicks and Tab land on cells too: the active cell follows focus wherever it comes from.
  function onFocus(event: FocusEvent<HTMLTableElement>) {
    const pos = cellOf(event.target);
    if (pos && (pos.row !== active.row || pos.col !== active.col)) setActive(pos);
  }

  // A single click only selects (focus follows it), so text can be selected with the mouse; a
  // double click opens the panel, as Enter does.
  function onDoubleClick(event: MouseEvent<HTMLTableElement>) {
    const pos = cellOf(event.target);
    // A link in a cell opens the link, a button (a reference's Open) does its own, not the panel.
    const onLink = event.target instanceof Element && event.target.closest('a, button') !== null;
    if (pos && !onLink) options.onOpen(pos);
  }

  return { handlers: { onKeyDown, onFocus, onDoubleClick }, moveTo };
}
