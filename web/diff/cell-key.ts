// Keys that make `===` (and Map) compare grid cells the way valueKey does, without building a
// string per cell: the grid compares up to 3 million of them.
import { JsonNumber, type JsonValue } from '../lib/json/json-value';
import { valueKey } from '../lib/values/value-format';

/** A primitive cell is its own key; arrays, objects and odd numbers get one object per value. */
export type CellKey = string | number | boolean | null | undefined | object;

interface ArrayNode {
  next: Map<CellKey, ArrayNode> | undefined;
  token: object | undefined;
}

/** How valueKey sees one item of an array of primitives, or undefined when it is not one. */
function flatItem(item: JsonValue | undefined): CellKey | undefined {
  switch (typeof item) {
    case 'string':
    case 'boolean':
      return item;
    case 'number':
      // JSON has no NaN or Infinity: they are written as null.
      return Number.isFinite(item) ? item : null;
    case 'undefined':
      return null;
  }
  if (item === null) return null;
  if (item instanceof JsonNumber) return plainNumber(item);
  return undefined;
}

/** The number a JsonNumber equals when its text is how that number prints (`5`, not `5.0`). */
function plainNumber(value: JsonNumber): number | undefined {
  const number = Number(value.source);
  return String(number) === value.source ? number : undefined;
}

/**
 * Makes keys for the cells of one table. Two cells get `===` keys exactly when their valueKey
 * is equal; cell-key.test.ts checks that on many pairs.
 */
export class CellKeyer {
  private readonly byText = new Map<string, object>();
  // Arrays of primitives (a Gong STRINGARRAY) are interned item by item: no text to build.
  private readonly arrays: ArrayNode = { next: undefined, token: undefined };

  keyOf(value: JsonValue | undefined): CellKey {
    if (typeof value !== 'object' || value === null) {
      // NaN is not JSON, but `NaN !== NaN` would split it from itself.
      return Number.isNaN(value) ? this.tokenForText(valueKey(value)) : value;
    }
    const flat =
      value instanceof JsonNumber
        ? plainNumber(value)
        : Array.isArray(value)
          ? this.flatArrayToken(value)
          : undefined;
    return flat ?? this.tokenForText(valueKey(value));
  }

  private tokenForText(text: string): object {
    let token = this.byText.get(text);
    if (token === undefined) {
      token = {};
      this.byText.set(text, token);
    }
    return token;
  }

  private flatArrayToken(items: readonly JsonValue[]): object | undefined {
    let node = this.arrays;
    for (const item of items) {
      const key = flatItem(item);
      if (key === undefined) return undefined;
      node.next ??= new Map();
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: undefined, token: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    node.token ??= {};
    return node.token;
  }
}
