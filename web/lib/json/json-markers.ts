// Exact parsing at nearly JSON.parse's speed: each number that would lose precision is rewritten
// as a string starting with a marker character no string of the text can hold, JSON.parse reads
// the result, and the marked strings become JsonNumber again. Of the three exact parsers it was
// the fastest on a 10 MB answer, in Node and in Chromium (the reviver reading source text runs
// for every value); its ratio to JSON.parse is the bench row "lossless parse of a 1,000 × 300
// answer ÷ JSON.parse" (bench/results/latest.md). It also leaves strings as JSON.parse makes
// them: the grid compares those faster than the hand parser's slices of the text.
import { JsonNumber, type JsonValue } from './json-value';

// Control characters: raw ones are not JSON anywhere, so a parsed string can hold one only
// through a \u escape. These codes' escapes are all digits: no upper-case spelling to search.
const MARKER_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16];

/** A marker `text` cannot produce, as its escape and its code; undefined when none is free. */
function freeMarker(text: string): { sequence: string; code: number } | undefined {
  for (const code of MARKER_CODES) {
    // `\\u0001` (an escaped backslash) also matches: a false alarm only costs the next marker.
    const sequence = `\\u00${code.toString(16).padStart(2, '0')}`;
    if (!text.includes(sequence)) return { sequence, code };
  }
  return undefined;
}

function restoreNumbers(
  holder: JsonValue[] | { [key: string]: JsonValue },
  marker: number,
  left: { count: number },
): void {
  if (Array.isArray(holder)) {
    for (let i = 0; i < holder.length && left.count > 0; i++) {
      const value = holder[i];
      if (typeof value === 'string') {
        if (value.charCodeAt(0) === marker) {
          holder[i] = new JsonNumber(value.slice(1));
          left.count--;
        }
      } else if (typeof value === 'object' && value !== null) {
        restoreNumbers(value as JsonValue[], marker, left);
      }
    }
    return;
  }
  const keys = Object.keys(holder);
  for (let i = 0; i < keys.length && left.count > 0; i++) {
    const key = keys[i] as string;
    const value = holder[key];
    if (typeof value === 'string') {
      if (value.charCodeAt(0) === marker) {
        // An own data property (JSON.parse made it), so even `__proto__` is simply replaced.
        holder[key] = new JsonNumber(value.slice(1));
        left.count--;
      }
    } else if (typeof value === 'object' && value !== null) {
      restoreNumbers(value as JsonValue[], marker, left);
    }
  }
}

/**
 * Parses `text` whose number tokens at `lossySpans` (start, end pairs from scanJson) would lose
 * precision, keeping those as JsonNumber. Undefined when no marker is free (a text crafted to
 * hold every candidate's escape): the caller then parses another way.
 */
export function parseWithMarkers(
  text: string,
  lossySpans: readonly number[],
): JsonValue | undefined {
  const marker = freeMarker(text);
  if (marker === undefined) return undefined;
  const parts: string[] = [];
  let last = 0;
  for (let i = 0; i < lossySpans.length; i += 2) {
    const start = lossySpans[i] as number;
    const end = lossySpans[i + 1] as number;
    parts.push(text.slice(last, start), `"${marker.sequence}`, text.slice(start, end), '"');
    last = end;
  }
  parts.push(text.slice(last));
  const value: JsonValue = JSON.parse(parts.join(''));
  if (typeof value === 'string') {
    return value.charCodeAt(0) === marker.code ? new JsonNumber(value.slice(1)) : value;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof JsonNumber)) {
    restoreNumbers(value, marker.code, { count: lossySpans.length / 2 });
  }
  return value;
}
