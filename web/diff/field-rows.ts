// Room web/diff: the row model, one value identity, both comparisons and the grid's marks;
// imports web/lib only, never a feature (biome.json).
// The grid's model: one row per field, one column per object Gong found, and which cells stray
// from the value most objects share. Runs on up to 10,000 × 300 cells, so each cell's key is
// computed once and primitives serve as their own keys.

import type { CrmFields, CrmObject } from '../lib/json/json-value';
import { type ValueKey, ValueKeys } from './value-identity';

export interface FieldRow {
  readonly field: string;
  /** Not every found object holds the same value (an absent field counts as a value). */
  readonly differs: boolean;
  /** Every found object lacks the field or holds null or "". */
  readonly empty: boolean;
  /**
   * Per found object, 1 where its value differs from the field's most common value; all 0 when
   * every object holds a value of its own, since no value is then more common than another.
   */
  readonly deviant: Uint8Array;
}

export type FoundObject = CrmObject & { readonly fields: CrmFields };

export interface FieldTable {
  /** The columns: objects Gong found, in the order given. `deviant` is indexed like this. */
  readonly found: readonly FoundObject[];
  /** Ids Gong answered `null` for. */
  readonly notFound: readonly string[];
  /** Fields in order of first appearance across the objects (Gong's order). */
  readonly rows: readonly FieldRow[];
}

/** What the grid shows after its filters: for exports that must match the screen. */
export interface GridView {
  readonly found: readonly FoundObject[];
  readonly rows: readonly FieldRow[];
}

function isFound(object: CrmObject): object is FoundObject {
  return object.fields !== null;
}

/** Each field's cells as keys, fields in order of first appearance (Gong's order). */
function collectColumns(found: readonly FoundObject[]): { names: string[]; columns: ValueKey[][] } {
  const keys = new ValueKeys();
  const slotOf = new Map<string, number>();
  const names: string[] = [];
  const columns: ValueKey[][] = [];
  let previousNames: readonly string[] = [];
  let slots: number[] = [];
  for (let i = 0; i < found.length; i++) {
    const fields = (found[i] as FoundObject).fields;
    // Own names only, so a field called `constructor` never finds Object.prototype's. (V8 keeps
    // objects of 128+ fields as dictionaries; Object.values is far slower there than lookups.)
    const fieldNames = Object.keys(fields);
    // Objects of one answer nearly always list the same fields in the same order.
    if (!sameNames(fieldNames, previousNames)) {
      slots = fieldNames.map((name) => {
        let slot = slotOf.get(name);
        if (slot === undefined) {
          slot = names.length;
          slotOf.set(name, slot);
          names.push(name);
          columns.push(new Array<ValueKey>(found.length).fill(undefined));
        }
        return slot;
      });
      previousNames = fieldNames;
    }
    for (let f = 0; f < fieldNames.length; f++) {
      const value = fields[fieldNames[f] as string];
      (columns[slots[f] as number] as ValueKey[])[i] = keys.keyOf(value);
    }
  }
  return { names, columns };
}

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Every object holds its own value (ids, timestamps): no cell strays from the others. */
const NO_COMMON_VALUE = Symbol('no common value');

function mostCommon(keys: readonly ValueKey[]): ValueKey | typeof NO_COMMON_VALUE {
  // A value held by more than half the objects is the answer, and finding it needs no
  // counting (Boyer-Moore majority vote): the usual case of a field with a few strays.
  let candidate: ValueKey;
  let lead = 0;
  for (const key of keys) {
    if (lead === 0) candidate = key;
    lead += key === candidate ? 1 : -1;
  }
  let held = 0;
  for (const key of keys) if (key === candidate) held++;
  if (held * 2 > keys.length) return candidate;

  // Counts live at the index where each value first shows, so on a tie the value seen first
  // (the leftmost column) leads.
  const firstSeen = new Map<ValueKey, number>();
  const counts = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const first = firstSeen.get(keys[i]);
    if (first === undefined) {
      firstSeen.set(keys[i], i);
      counts[i] = 1;
    } else {
      counts[first] = (counts[first] as number) + 1;
    }
  }
  let best = 0;
  for (let i = 1; i < counts.length; i++)
    if ((counts[i] as number) > (counts[best] as number)) best = i;
  return counts[best] === 1 ? NO_COMMON_VALUE : keys[best];
}

function rowOf(field: string, keys: readonly ValueKey[]): FieldRow {
  const first = keys[0];
  let differs = false;
  let empty = true;
  for (const key of keys) {
    if (!differs && key !== first) differs = true;
    if (empty && key !== undefined && key !== null && key !== '') empty = false;
    if (differs && !empty) break;
  }
  const deviant = new Uint8Array(keys.length);
  const common = differs ? mostCommon(keys) : NO_COMMON_VALUE;
  if (common !== NO_COMMON_VALUE) {
    for (let i = 0; i < keys.length; i++) deviant[i] = keys[i] === common ? 0 : 1;
  }
  return { field, differs, empty, deviant };
}

export function buildFieldRows(objects: readonly CrmObject[]): FieldTable {
  const found = objects.filter(isFound);
  const notFound = objects.filter((object) => !isFound(object)).map((object) => object.id);
  const { names, columns } = collectColumns(found);
  const rows = names.map((name, slot) => rowOf(name, columns[slot] as ValueKey[]));
  return { found, notFound, rows };
}

export interface RowFilter {
  onlyDiffering: boolean;
  hideEmpty: boolean;
  /** Matches anywhere in the field name, ignoring case. */
  text: string;
}

export function filterRows(table: FieldTable, filter: RowFilter): readonly FieldRow[] {
  const needle = filter.text.trim().toLowerCase();
  if (!filter.onlyDiffering && !filter.hideEmpty && needle === '') return table.rows;
  return table.rows.filter(
    (row) =>
      (!filter.onlyDiffering || row.differs) &&
      (!filter.hideEmpty || !row.empty) &&
      (needle === '' || row.field.toLowerCase().includes(needle)),
  );
}
