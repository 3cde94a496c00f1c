// Where two texts part: for two values that differ but look alike (é composed and decomposed,
// a Cyrillic а for a Latin a, a 100 kB value that differs past what is shown). Used by the
// grid's change cells, the value panel, exports and upload verification. Pure.
import { codePointName } from './visible-text';

/** Characters of context shown on each side of a difference. */
const CONTEXT = 12;
/** Code points of a differing stretch listed by code; longer stretches end in `…`. */
const MAX_LISTED = 6;

export interface DifferenceSide {
  /** Up to CONTEXT characters before the difference, as in the value (the same on both sides). */
  readonly head: string;
  /** The stretch that differs, as in the value; empty when this side has nothing there. */
  readonly differing: string;
  /** Up to CONTEXT characters after the stretch (the same on both sides). */
  readonly tail: string;
  /** The differing stretch's code points, `U+00E9`, at most MAX_LISTED. */
  readonly codePoints: readonly string[];
  /** Whether the stretch holds more code points than `codePoints` lists. */
  readonly more: boolean;
  /** Whether the value goes on before `head` / after `tail`. */
  readonly cutBefore: boolean;
  readonly cutAfter: boolean;
}

export interface Difference {
  /** Where the texts part, in UTF-16 units (what String#slice counts). */
  readonly offset: number;
  /** The same place as a person counts: the first differing character is number `character`. */
  readonly character: number;
  readonly before: DifferenceSide;
  readonly after: DifferenceSide;
}

const isHigh = (unit: number) => (unit & 0xfc00) === 0xd800;
const isLow = (unit: number) => (unit & 0xfc00) === 0xdc00;

function commonPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Never split a surrogate pair: 😀 and 😁 share their high half.
  if (i > 0 && isHigh(a.charCodeAt(i - 1)) && (isLow(a.charCodeAt(i)) || isLow(b.charCodeAt(i)))) {
    i--;
  }
  return i;
}

function commonSuffix(a: string, b: string, prefix: number): number {
  const limit = Math.min(a.length, b.length) - prefix;
  let i = 0;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  if (
    i > 0 &&
    isLow(a.charCodeAt(a.length - i)) &&
    (isHigh(a.charCodeAt(a.length - 1 - i)) || isHigh(b.charCodeAt(b.length - 1 - i)))
  ) {
    i--;
  }
  return i;
}

/** The last `count` code points of `text` before `end`. */
function codePointsBefore(text: string, end: number, count: number): string {
  let start = end;
  for (let n = 0; n < count && start > 0; n++) {
    start -=
      start >= 2 && isLow(text.charCodeAt(start - 1)) && isHigh(text.charCodeAt(start - 2)) ? 2 : 1;
  }
  return text.slice(start, end);
}

/** The first `count` code points of `text` from `start`. */
function codePointsFrom(text: string, start: number, count: number): string {
  let end = start;
  for (let n = 0; n < count && end < text.length; n++) {
    end += isHigh(text.charCodeAt(end)) && isLow(text.charCodeAt(end + 1)) ? 2 : 1;
  }
  return text.slice(start, end);
}

function countCodePoints(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) {
    if (!(isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1)))) count++;
  }
  return count;
}

function sideOf(text: string, prefix: number, suffix: number): DifferenceSide {
  const end = text.length - suffix;
  const stretch = text.slice(prefix, end);
  const points = Array.from(stretch);
  const head = codePointsBefore(text, prefix, CONTEXT);
  const tail = codePointsFrom(text, end, CONTEXT);
  return {
    head,
    differing: stretch.length > 200 ? codePointsFrom(stretch, 0, 200) : stretch,
    tail,
    codePoints: points
      .slice(0, MAX_LISTED)
      .map((point) => codePointName(point.codePointAt(0) ?? 0)),
    more: points.length > MAX_LISTED,
    cutBefore: prefix - head.length > 0,
    cutAfter: end + tail.length < text.length,
  };
}

/**
 * Where `before` and `after` first differ, with both sides around it and the code points there;
 * undefined when they are equal. The differing stretch runs to where the texts agree again at
 * their ends, so an inserted space is `""` against `" "`.
 */
export function firstDifference(before: string, after: string): Difference | undefined {
  if (before === after) return undefined;
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  return {
    offset: prefix,
    character: countCodePoints(before, prefix) + 1,
    before: sideOf(before, prefix, suffix),
    after: sideOf(after, prefix, suffix),
  };
}

const listed = (side: DifferenceSide) =>
  side.codePoints.length === 0 ? 'nothing' : `${side.codePoints.join(' ')}${side.more ? ' …' : ''}`;

/** `U+00E9 → U+0065 U+0301`: what each side has where the texts part. */
export function describeCodePoints(difference: Difference): string {
  return `${listed(difference.before)} → ${listed(difference.after)}`;
}

/** `character 5: U+00E9 → U+0065 U+0301`: where the texts part and what each has there. */
export function describeDifference(difference: Difference): string {
  return `character ${difference.character.toLocaleString('en')}: ${describeCodePoints(difference)}`;
}
