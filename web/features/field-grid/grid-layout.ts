import type { CSSProperties } from 'react';

// Fixed geometry: every row and column has one size, so the virtualizers never measure the DOM
// and a position is plain multiplication. field-grid.css reads the same numbers from variables.

export const HEADER_HEIGHT = 30;
export const ROW_HEIGHT = 28;
export const FIELD_WIDTH = 240;
export const COLUMN_WIDTH = 200;

// Beyond the viewport, enough to hide blank edges while scrolling (six rows are two wheel
// steps; a column is two). Each cell drawn costs every scrolled frame its style, layout and
// paint: 8 rows and 2 columns made ~470 cells and frames over the 16 ms budget (bench/).
export const ROW_OVERSCAN = 6;
export const COLUMN_OVERSCAN = 1;

export const rowSize = () => ROW_HEIGHT;
export const columnSize = () => COLUMN_WIDTH;

/** How many rows PageUp/PageDown move: the rows a viewport of this height shows, less one. */
export function rowsPerPage(viewportHeight: number): number {
  return Math.max(1, Math.floor((viewportHeight - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
}

/** The CSS variables that size the grid, from the same constants the virtualizers use. */
export const layoutVariables = {
  '--fg-header-height': `${HEADER_HEIGHT}px`,
  '--fg-row-height': `${ROW_HEIGHT}px`,
  '--fg-field-width': `${FIELD_WIDTH}px`,
  '--fg-column-width': `${COLUMN_WIDTH}px`,
} as CSSProperties;
