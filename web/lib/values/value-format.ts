// Room web/lib/values: how a field value reads as text; imports web/lib/json only.
// How one field value is shown. It runs for every cell of the grid (millions), so primitives
// take no detour through JSON. Whether two values are the same is web/diff/value-identity.ts.
import { JsonNumber, type JsonValue } from '../json/json-value';
import { stringifyLossless } from '../json/lossless-json';

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
