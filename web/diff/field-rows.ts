// Room web/diff: the row model, one value identity, both comparisons and the grid's marks;
// imports web/lib only, never a feature (biome.json).
// The grid's model: one row per field, one column per object Gong found, how many values each
// row holds and which cells stray from a value nearly all objects share. Runs on up to
// 10,000 × 300 cells, so each cell's key is computed once and primitives serve as their own keys.

import { type CrmFields, type CrmObject, fieldValue } from '../lib/json/json-value';
import { describeValue } from '../lib/values/value-format';
import { type ValueKey, ValueKeys } from './value-identity';

/**
 * How a field's values relate across the found objects. `varying` fields hold a value of their
 * own in every object (ids, names, timestamps): that they differ says nothing, so they get a
 * quiet mark of their own rather than the differing one.
 */
export type RowKind = 'same' | 'differing' | 'varying';

/** One entry of a row's value summary: a value, by the first object holding it, and how many do. */
export interface ValueCount {
  /** Index into `found` of the first object holding this value. */
  readonly object: number;
  readonly count: number;
}

export interface FieldRow {
  readonly field: string;
  /** Not every found object holds the same value (an absent field counts as a value). */
  readonly differs: boolean;
  readonly kind: RowKind;
  /** How many different values the found objects hold (absent counts as one). */
  readonly distinct: number;
  /** Every found object lacks the field or holds null or "". */
  readonly empty: boolean;
  /** Found objects holding a non-null value (an absent field counts as null): fill-rate.ts. */
  readonly filled: number;
  /**
   * Per found object, 1 where one value clearly dominates the row (DOMINANT_SHARE of the
   * objects) and this object's value is another: an outlier. All 0 otherwise, since a
   * plurality of 6 in 20 says nothing about the other 14.
   */
  readonly deviant: Uint8Array;
  /** How many cells `deviant` marks: the row's outliers. */
  readonly outliers: number;
  /** The most held values, most held first (ties: leftmost first), at most SUMMARY_SIZE. */
  readonly top: readonly ValueCount[];
}

/** The share of the objects one value must hold before the others are shaded as outliers. */
export const DOMINANT_SHARE = 0.8;
/** Values a row's summary names; the rest are counted. */
export const SUMMARY_SIZE = 4;
/** Below this many objects every difference matters: two objects that differ are not "varying". */
export const MIN_VARYING_OBJECTS = 3;

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
  /** Shown with objects as rows (fields as columns): exports follow. */
  readonly objectsAsRows?: boolean;
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

/** The values of one row with their counts, most held first; ties keep the leftmost first. */
function countValues(keys: readonly ValueKey[]): { distinct: number; ranked: ValueCount[] } {
  // Counts live at the index where each value first shows.
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
  const ranked: ValueCount[] = [];
  for (const object of firstSeen.values()) ranked.push({ object, count: counts[object] as number });
  // Stable sort: equal counts stay in first-seen (column) order.
  ranked.sort((a, b) => b.count - a.count);
  return { distinct: ranked.length, ranked };
}

function rowOf(field: string, keys: readonly ValueKey[]): FieldRow {
  let empty = true;
  let filled = 0;
  for (const key of keys) {
    if (key === undefined || key === null) continue;
    filled += 1;
    if (empty && key !== '') empty = false;
  }
  // All alike (the common case for most fields): nothing to count.
  const first = keys[0];
  let alike = true;
  for (let i = 1; i < keys.length && alike; i++) alike = keys[i] === first;
  const { distinct, ranked } = alike
    ? {
        distinct: keys.length > 0 ? 1 : 0,
        ranked: keys.length > 0 ? [{ object: 0, count: keys.length }] : [],
      }
    : countValues(keys);
  const differs = distinct > 1;
  const kind: RowKind = !differs
    ? 'same'
    : distinct === keys.length && keys.length >= MIN_VARYING_OBJECTS
      ? 'varying'
      : 'differing';
  const deviant = new Uint8Array(keys.length);
  const lead = ranked[0];
  let outliers = 0;
  if (differs && lead && lead.count >= DOMINANT_SHARE * keys.length) {
    const common = keys[lead.object];
    for (let i = 0; i < keys.length; i++) deviant[i] = keys[i] === common ? 0 : 1;
    outliers = keys.length - lead.count;
  }
  const top = ranked.slice(0, SUMMARY_SIZE);
  return { field, differs, kind, distinct, empty, filled, deviant, outliers, top };
}

export function buildFieldRows(objects: readonly CrmObject[]): FieldTable {
  const found = objects.filter(isFound);
  const notFound = objects.filter((object) => !isFound(object)).map((object) => object.id);
  const { names, columns } = collectColumns(found);
  const rows = names.map((name, slot) => rowOf(name, columns[slot] as ValueKey[]));
  return { found, notFound, rows };
}

export interface RowFilter {
  /** Rows whose objects disagree, varying rows (every value its own) left out. */
  onlyDiffering: boolean;
  hideEmpty: boolean;
  /** Matches anywhere in the field name or its label, ignoring case. */
  text: string;
  /** The text may match any object's value of the field too. */
  valuesToo?: boolean;
  /** The field's declared label (entity schema), when known. */
  labelOf?: ((field: string) => string | undefined) | undefined;
}

function holdsText(found: readonly FoundObject[], field: string, needle: string): boolean {
  for (const object of found) {
    const value = fieldValue(object.fields, field);
    if (value !== undefined && describeValue(value).text.toLowerCase().includes(needle))
      return true;
  }
  return false;
}

export function filterRows(table: FieldTable, filter: RowFilter): readonly FieldRow[] {
  const needle = filter.text.trim().toLowerCase();
  if (!filter.onlyDiffering && !filter.hideEmpty && needle === '') return table.rows;
  const matches = (field: string) =>
    needle === '' ||
    field.toLowerCase().includes(needle) ||
    (filter.labelOf?.(field)?.toLowerCase().includes(needle) ?? false) ||
    (filter.valuesToo === true && holdsText(table.found, field, needle));
  return table.rows.filter(
    (row) =>
      (!filter.onlyDiffering || row.kind === 'differing') &&
      (!filter.hideEmpty || !row.empty) &&
      matches(row.field),
  );
}
