// Keyboard movement over the grid, as plain arithmetic on (row, column) positions.

/** A cell of the grid body: row = visible field row, col 0 = field name, col k = object k-1. */
export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export interface GridBounds {
  readonly rows: number;
  readonly cols: number;
  /** How many rows PageUp/PageDown move: about one screenful. */
  readonly pageRows: number;
}

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

export const ORIGIN: CellPos = { row: 0, col: 0 };

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(value, max));
}

/** Keeps a position inside the grid, e.g. after a filter removed the rows below it. */
export function clampCell(pos: CellPos, bounds: Pick<GridBounds, 'rows' | 'cols'>): CellPos {
  const row = clamp(pos.row, bounds.rows - 1);
  const col = clamp(pos.col, bounds.cols - 1);
  return row === pos.row && col === pos.col ? pos : { row, col };
}

/**
 * Where a key press moves the active cell, following the ARIA grid keyboard pattern (Ctrl or
 * Cmd with Home/End jumps to the first/last cell); null for keys that are not movement.
 */
export function nextCell(pos: CellPos, press: KeyPress, bounds: GridBounds): CellPos | null {
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  const jump = press.ctrlKey === true || press.metaKey === true;
  const page = Math.max(1, bounds.pageRows);
  let { row, col } = pos;
  switch (press.key) {
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowDown':
      row += 1;
      break;
    case 'ArrowLeft':
      col -= 1;
      break;
    case 'ArrowRight':
      col += 1;
      break;
    case 'PageUp':
      row -= page;
      break;
    case 'PageDown':
      row += page;
      break;
    case 'Home':
      col = 0;
      if (jump) row = 0;
      break;
    case 'End':
      col = lastCol;
      if (jump) row = lastRow;
      break;
    default:
      return null;
  }
  return clampCell({ row, col }, bounds);
}

/**
 * Adds the active index to a virtualizer's rendered range. The focused cell must stay in the
 * DOM when it scrolls out of view, or the browser drops focus to <body> and the grid loses its
 * only tab stop.
 */
export function withIndex(indexes: number[], index: number, count: number): number[] {
  if (index < 0 || index >= count || indexes.includes(index)) return indexes;
  const at = indexes.findIndex((candidate) => candidate > index);
  return at === -1 ? [...indexes, index] : [...indexes.slice(0, at), index, ...indexes.slice(at)];
}
