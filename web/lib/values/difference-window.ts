// A difference (first-difference.ts) as a view draws it: each side's context and differing
// stretch by the display rule, with `…` where the value goes on. Pure.
import { type Difference, type DifferenceSide, describeDifference } from './first-difference';
import { visibleText } from './visible-text';

export interface DifferenceWindow {
  readonly head: string;
  /** The stretch that differs; empty when this side has nothing there (views outline it anyway). */
  readonly differing: string;
  readonly tail: string;
}

export interface DifferenceWindows {
  readonly before: DifferenceWindow;
  readonly after: DifferenceWindow;
  /** `character 4: U+00E9 → U+0065 U+0301` */
  readonly summary: string;
}

// Marks for context only: a space next to the difference is an edge of the window, not of the
// value, yet showing it as ␣ tells exactly what is there.
function windowOf(side: DifferenceSide): DifferenceWindow {
  return {
    head: `${side.cutBefore ? '…' : ''}${visibleText(side.head)}`,
    differing: visibleText(side.differing),
    tail: `${visibleText(side.tail)}${side.cutAfter ? '…' : ''}`,
  };
}

export function differenceWindows(difference: Difference): DifferenceWindows {
  return {
    before: windowOf(difference.before),
    after: windowOf(difference.after),
    summary: describeDifference(difference),
  };
}
