// The whole value of a cell as the value panel shows and copies it.

import { JsonNumber, type JsonValue } from '../../lib/json/json-value';
import { stringifyLossless } from '../../lib/json/lossless-json';
import { cutText } from '../../lib/values/cut-text';
import { describeValue } from '../../lib/values/value-format';

/**
 * The text to read and copy: strings raw (no quotes, line breaks kept), arrays and objects as
 * indented JSON with numbers exactly as sent, "" as empty; undefined when the field is absent.
 */
export function fullText(value: JsonValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && !(value instanceof JsonNumber)) {
    return stringifyLossless(value, 2);
  }
  return describeValue(value).text;
}

/**
 * The panel shows at most this much. Laying out wrapped text grows faster than its length: a
 * 1 MB value froze the page for 4 s, 4 MB for 55 s (found by e2e/abuse.spec.ts).
 */
export const MAX_SHOWN_CHARACTERS = 100_000;

/** The start of `text` the panel can lay out at once; never half of a surrogate pair. */
export function shownPart(text: string): string {
  return cutText(text, MAX_SHOWN_CHARACTERS);
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One line above the value in the panel: its JSON type and size, which the text alone hides. */
export function valueSummary(value: JsonValue | undefined): string {
  const { kind } = describeValue(value);
  if (typeof value === 'string' && kind === 'string') {
    return `string · ${counted(Array.from(value).length, 'character', 'characters')}`;
  }
  if (Array.isArray(value)) return `array · ${counted(value.length, 'item', 'items')}`;
  if (kind === 'object' && value !== null && typeof value === 'object') {
    return `object · ${counted(Object.keys(value).length, 'key', 'keys')}`;
  }
  return kind === 'empty-string' ? 'empty string' : kind;
}
