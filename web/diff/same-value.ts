// Equality of two field values, exactly as valueKey draws it, without building a key per cell:
// comparing two 1,000 × 300 results must not allocate 600,000 strings.
import { JsonNumber, type JsonValue } from '../lib/json/json-value';

/** A number and a JsonNumber are the same value when the number prints as Gong's text. */
function sameNumber(a: number, b: JsonNumber): boolean {
  return String(a) === b.source;
}

function sameArray(a: readonly JsonValue[], b: readonly JsonValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
  return true;
}

type JsonRecord = { readonly [key: string]: JsonValue };

function sameRecord(a: JsonRecord, b: JsonRecord): boolean {
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  // Keys in the order sent, as valueKey writes them: a reordered object is a change.
  for (let i = 0; i < aKeys.length; i++) {
    const key = aKeys[i] as string;
    if (key !== bKeys[i] || !sameValue(a[key], b[key])) return false;
  }
  return true;
}

/**
 * True exactly when valueKey(a) === valueKey(b) for values read from JSON: absent, null, "",
 * false and 0 all differ; 9007199254740993 and 9007199254740992 differ; 5 equals a JsonNumber
 * "5" but not "5.0".
 */
export function sameValue(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a === 'number') {
    if (b instanceof JsonNumber) return sameNumber(a, b);
    return Number.isNaN(a) && typeof b === 'number' && Number.isNaN(b);
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    return typeof b === 'number' && a instanceof JsonNumber && sameNumber(b, a);
  }
  if (a instanceof JsonNumber || b instanceof JsonNumber) {
    return a instanceof JsonNumber && b instanceof JsonNumber && a.source === b.source;
  }
  const aArray = Array.isArray(a);
  if (aArray !== Array.isArray(b)) return false;
  return aArray
    ? sameArray(a as readonly JsonValue[], b as readonly JsonValue[])
    : sameRecord(a as JsonRecord, b as JsonRecord);
}
