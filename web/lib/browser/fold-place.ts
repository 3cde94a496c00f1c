// Where a fold's panel opens along the row: under its own summary, not at the row's edge, and
// never past the window's edges. Plain arithmetic on boxes, tested without a browser.

/** Room kept between a panel and the window's edge. */
export const EDGE_MARGIN = 8;

/**
 * The panel's left edge, in window coordinates: the summary's left edge; its right edge for an
 * `end` counter or when the panel would pass the window's right edge; when neither fits, as near
 * its summary as the window allows.
 */
export function panelLeft(
  summary: { left: number; right: number },
  panelWidth: number,
  viewportWidth: number,
  end: boolean,
): number {
  const rightmost = viewportWidth - EDGE_MARGIN - panelWidth;
  const fits = (left: number) => left >= EDGE_MARGIN && left <= rightmost;
  const fromRight = summary.right - panelWidth;
  const preferred = end ? fromRight : summary.left;
  if (fits(preferred)) return preferred;
  if (fits(fromRight)) return fromRight;
  return Math.max(EDGE_MARGIN, Math.min(preferred, rightmost));
}
