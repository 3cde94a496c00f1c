import type { CSSProperties } from 'react';

// Fixed row geometry: every row has one height, so the row virtualizer never measures the DOM.
// Column widths start at these sizes and follow the table's column sizing when dragged.
// field-grid.css reads the same numbers from variables.

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

/** How many rows PageUp/PageDown move: the rows a viewport of this height shows, less one. */
export function rowsPerPage(viewportHeight: number): number {
  return Math.max(1, Math.floor((viewportHeight - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
}

/** The CSS variables that size the grid, from the same numbers the virtualizers use. */
export function layoutVariables(fieldWidth: number): CSSProperties {
  return {
    '--fg-header-height': `${HEADER_HEIGHT}px`,
    '--fg-row-height': `${ROW_HEIGHT}px`,
    '--fg-field-width': `${fieldWidth}px`,
    '--fg-column-width': `${COLUMN_WIDTH}px`,
  } as CSSProperties;
}
