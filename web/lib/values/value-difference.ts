// Where two field values differ, as text: the grid's change cells (only for values that look
// alike), the value panel and upload verification (for any two values). Pure.
import type { JsonValue } from '../json/json-value';
import { type DifferenceWindows, differenceWindows } from './difference-window';
import { firstDifference } from './first-difference';
import { looksAlike } from './look-alike';
import { describeValue, typedText } from './value-format';

// Normalising a multi-megabyte value on every paint of its cell would stall scrolling; past
// this, only values that show alike (the same first 10,000 characters) get the detail.
const LOOK_ALIKE_LIMIT = 10_000;

/** The two values' texts as compared: JSON text when only the type tells them apart (1, "1"). */
function textsOf(before: JsonValue, after: JsonValue): [string, string] {
  const a = describeValue(before).text;
  const b = describeValue(after).text;
  return a === b ? [typedText(before), typedText(after)] : [a, b];
}

/** Where `before` and `after` part; undefined when either is absent or they are the same text. */
export function valueDifference(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  context?: number,
): DifferenceWindows | undefined {
  if (before === undefined || after === undefined) return undefined;
  const [a, b] = textsOf(before, after);
  const difference = firstDifference(a, b);
  return difference && differenceWindows(difference, context);
}

/** Characters of context a grid cell shows around the difference: the code points need room. */
const CELL_CONTEXT = 2;

/**
 * valueDifference, only for two values a person could take for the same: `shownAlike` when the
 * cells already draw them the same (a difference past the cut), else by looksAlike.
 */
export function lookAlikeDifference(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  shownAlike: boolean,
): DifferenceWindows | undefined {
  if (before === undefined || after === undefined) return undefined;
  if (!shownAlike) {
    const [a, b] = textsOf(before, after);
    if (a.length > LOOK_ALIKE_LIMIT || b.length > LOOK_ALIKE_LIMIT || !looksAlike(a, b)) {
      return undefined;
    }
  }
  return valueDifference(before, after, CELL_CONTEXT);
}
