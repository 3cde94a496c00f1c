// The keys of a column's width handle (column-resizer.tsx), as a splitter takes them: plain
// arithmetic, so the key map is tested without a browser.

/** Pixels an arrow key moves a column edge; Shift moves it further. */
export const RESIZE_STEP = 10;
export const RESIZE_BIG_STEP = 50;

export type ResizeAction =
  | { readonly kind: 'by'; readonly by: number }
  | { readonly kind: 'min' }
  | { readonly kind: 'max' }
  | { readonly kind: 'reset' };

export interface ResizeKeyPress {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
}

/** What a key press on the handle does; undefined for keys it leaves alone (Tab, copy, …). */
export function resizeKey(press: ResizeKeyPress): ResizeAction | undefined {
  if (press.altKey || press.ctrlKey || press.metaKey) return undefined;
  const step = press.shiftKey ? RESIZE_BIG_STEP : RESIZE_STEP;
  switch (press.key) {
    case 'ArrowLeft':
      return { kind: 'by', by: -step };
    case 'ArrowRight':
      return { kind: 'by', by: step };
    case 'Home':
      return { kind: 'min' };
    case 'End':
      return { kind: 'max' };
    case 'Enter':
      return { kind: 'reset' };
    default:
      return undefined;
  }
}
