// The one answer to "are these two field values the same?": valueKey defines it as text, and
// ValueKeys gives the same answer as keys that `===` (and Map) compare, without building a
// string per primitive cell: the grid compares up to 3 million cells, a comparison of two
// 1,000 × 300 results 300,000 pairs.
import { JsonNumber, type JsonValue } from '../lib/json/json-value';
import { stringifyLossless } from '../lib/json/lossless-json';

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

/** A primitive cell is its own key; arrays, objects and odd numbers get one object per value. */
export type ValueKey = string | number | boolean | null | undefined | object;

interface ArrayNode {
  next: Map<ValueKey, ArrayNode> | undefined;
  token: object | undefined;
}

/** How valueKey sees one item of an array of primitives, or undefined when it is not one. */
function flatItem(item: JsonValue | undefined): ValueKey | undefined {
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
 * Makes keys for the values of one table or comparison. Two values get `===` keys exactly when
 * their valueKey is equal; value-identity.test.ts checks that on many pairs.
 */
export class ValueKeys {
  private readonly byText = new Map<string, object>();
  // Arrays of primitives (a Gong STRINGARRAY) are interned item by item: no text to build.
  private readonly arrays: ArrayNode = { next: undefined, token: undefined };

  /** Absent, null, "", false and 0 all differ; 5 equals a JsonNumber "5" but not "5.0". */
  same(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
    return a === b || this.keyOf(a) === this.keyOf(b);
  }

  keyOf(value: JsonValue | undefined): ValueKey {
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
