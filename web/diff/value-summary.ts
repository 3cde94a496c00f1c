// A row's value summary in words, `false ×19 · true ×1`: what the objects hold and how many hold
// each value. Each entry names the first object holding it, so a click can filter by it.
import { fieldValue, type JsonValue } from '../lib/json/json-value';
import { cutText } from '../lib/values/cut-text';
import { typedText } from '../lib/values/value-format';
import type { FieldRow, FoundObject } from './field-rows';
import { ValueKeys } from './value-identity';

export interface SummaryEntry {
  /** The value shown as JSON (strings in quotes), so `1` and `"1"` never read the same. */
  readonly text: string;
  /** The whole value as text, for a tooltip when `text` is cut. */
  readonly full: string;
  readonly count: number;
  /** Index into `found` of the first object holding the value. */
  readonly object: number;
}

// Long texts are cut; the tooltip and the value dialog hold the rest.
const ENTRY_LIMIT = 40;

function textOf(value: ReturnType<typeof fieldValue>): string {
  return value === undefined ? 'absent' : typedText(value);
}

export function summaryEntries(row: FieldRow, found: readonly FoundObject[]): SummaryEntry[] {
  return row.top.flatMap(({ object, count }) => {
    const holder = found[object];
    if (!holder) return [];
    const full = textOf(fieldValue(holder.fields, row.field));
    const text = full.length > ENTRY_LIMIT ? `${cutText(full, ENTRY_LIMIT)}…` : full;
    return [{ text, full, count, object }];
  });
}

/** `N distinct values` for a row, `1 value` when all agree. */
export function distinctText(row: FieldRow): string {
  return row.distinct === 1 ? '1 value' : `${row.distinct} distinct values`;
}

/** `false ×19 · true ×1`, and how many more values the summary leaves out. */
export function summaryText(row: FieldRow, found: readonly FoundObject[]): string {
  const entries = summaryEntries(row, found);
  const parts = entries.map((entry) => `${entry.text} ×${entry.count}`);
  const more = row.distinct - entries.length;
  if (more > 0) parts.push(`${more} more ${more === 1 ? 'value' : 'values'}`);
  return parts.join(' · ');
}

/** A summary entry picked to narrow the objects: those holding this value of this field. */
export interface ValueFilter {
  readonly field: string;
  readonly value: JsonValue | undefined;
  /** The value as the summary showed it. */
  readonly text: string;
}

/** The objects holding the filter's value, in their order; the same value as value-identity says. */
export function objectsHolding(found: readonly FoundObject[], filter: ValueFilter): FoundObject[] {
  const keys = new ValueKeys();
  const wanted = keys.keyOf(filter.value);
  return found.filter((object) => keys.keyOf(fieldValue(object.fields, filter.field)) === wanted);
}
