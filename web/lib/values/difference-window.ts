// A difference (first-difference.ts) as a view draws it: each side's context and differing
// stretch by the display rule, with `…` where the value goes on. Pure.
import {
  type Difference,
  type DifferenceSide,
  describeCodePoints,
  describeDifference,
} from './first-difference';
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
  /** `U+00E9 → U+0065 U+0301`, for a narrow cell (the summary goes to its title). */
  readonly codePoints: string;
}

/** visibleText of a stretch inside a value: a space at a cut is not at the value's edge. */
function visibleInside(text: string, startsValue: boolean, endsValue: boolean): string {
  const shown = visibleText(`${startsValue ? '' : 'x'}${text}${endsValue ? '' : 'x'}`);
  return shown.slice(startsValue ? 0 : 1, endsValue ? shown.length : shown.length - 1);
}

function windowOf(side: DifferenceSide, context: number): DifferenceWindow {
  const head = Array.from(side.head);
  const tail = Array.from(side.tail);
  const cutBefore = side.cutBefore || head.length > context;
  const cutAfter = side.cutAfter || tail.length > context;
  return {
    head: `${cutBefore ? '…' : ''}${visibleInside(head.slice(Math.max(0, head.length - context)).join(''), !cutBefore, false)}`,
    // The differing stretch always shows its edge spaces: an added space is the difference.
    differing: visibleText(side.differing),
    tail: `${visibleInside(tail.slice(0, context).join(''), false, !cutAfter)}${cutAfter ? '…' : ''}`,
  };
}

/** `context`: characters kept on each side of the difference (a grid cell has room for few). */
export function differenceWindows(difference: Difference, context = Infinity): DifferenceWindows {
  return {
    before: windowOf(difference.before, context),
    after: windowOf(difference.after, context),
    summary: describeDifference(difference),
    codePoints: describeCodePoints(difference),
  };
}
