// The whole value of a cell as the value panel shows and copies it.
import { JsonNumber, type JsonValue } from '../../lib/json-value';
import { stringifyLossless } from '../../lib/lossless-json';
import { describeValue } from '../../lib/value-format';

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
