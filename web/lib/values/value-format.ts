// How one field value is compared and shown. Both run for every cell of the grid (millions), so
// primitives take no detour through JSON.
import { JsonNumber, type JsonValue } from '../json/json-value';
import { stringifyLossless } from '../json/lossless-json';

/**
 * A string equal for two values exactly when Gong sent the same JSON text for them: absent, null,
 * "", false, 0 and "0" all differ; a number equals a JsonNumber with the same source text;
 * arrays and objects compare by content, keys in the order sent. The first character tells the
 * kind, so no two kinds can collide.
 */
export function valueKey(value: JsonValue | undefined): string {
  switch (typeof value) {
    case 'string':
      return `s${value}`;
    case 'number':
      return `n${value}`;
    case 'boolean':
      return value ? 't' : 'f';
    case 'undefined':
      return 'a';
  }
  if (value === null) return 'z';
  if (value instanceof JsonNumber) return `n${value.source}`;
  return `j${stringifyLossless(value)}`;
}

export type ValueKind =
  | 'absent'
  | 'null'
  | 'string'
  | 'empty-string'
  | 'number'
  | 'boolean'
  | 'array'
  | 'object';

export interface DescribedValue {
  readonly kind: ValueKind;
  /** What the cell shows: strings as they are, numbers as Gong wrote them, the rest as JSON. */
  readonly text: string;
}

const ABSENT: DescribedValue = { kind: 'absent', text: '' };
const NULL: DescribedValue = { kind: 'null', text: 'null' };
const EMPTY_STRING: DescribedValue = { kind: 'empty-string', text: '""' };
const TRUE: DescribedValue = { kind: 'boolean', text: 'true' };
const FALSE: DescribedValue = { kind: 'boolean', text: 'false' };

/**
 * A value as JSON text, strings in quotes: for two values that would look alike as the grid
 * shows them (1 and "1", null and "null", a CRLF and an LF), so a change between them is seen.
 */
export function typedText(value: JsonValue | undefined): string {
  return typeof value === 'string' ? JSON.stringify(value) : describeValue(value).text;
}

export function describeValue(value: JsonValue | undefined): DescribedValue {
  switch (typeof value) {
    case 'string':
      return value === '' ? EMPTY_STRING : { kind: 'string', text: value };
    case 'number':
      return { kind: 'number', text: String(value) };
    case 'boolean':
      return value ? TRUE : FALSE;
    case 'undefined':
      return ABSENT;
  }
  if (value === null) return NULL;
  if (value instanceof JsonNumber) return { kind: 'number', text: value.source };
  return { kind: Array.isArray(value) ? 'array' : 'object', text: stringifyLossless(value) };
}
