// Ids written into the ids box so that reading the box back gives exactly these ids.
import { parseIds } from './parse-ids';

// parseIds splits on white space, commas and semicolons, reads quotes and brackets, and takes
// a pair of single or typographic quotes, or parentheses around a whole list, off.
const NEEDS_JSON = /[\s,;"'‘’“”()[\]\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** One id per line, or a JSON array when an id holds a separator or a quote. */
export function idsToText(ids: readonly string[]): string {
  if (ids.every((id) => !NEEDS_JSON.test(id))) return ids.join('\n');
  return JSON.stringify(ids);
}

/** Whether the box would give back `ids` (guards the rule above against parseIds changes). */
export function roundTrips(ids: readonly string[]): boolean {
  const back = parseIds(idsToText(ids)).ids;
  return back.length === ids.length && back.every((id, index) => id === ids[index]);
}
