// How full each field is: the share of found objects holding a non-null value (an absent field
// counts as null), shown in the field column and sortable, so "this custom field is empty in
// 98% of deals" shows without scrolling through the objects.
import type { FieldRow } from './field-rows';

/** 0 to 1; 0 for a row with no object (an empty answer has no fill to speak of). */
export function fillRate(row: FieldRow): number {
  const objects = row.deviant.length;
  return objects === 0 ? 0 : row.filled / objects;
}

/**
 * Whole percents, never rounded onto 0% or 100% when that would hide the last few: one filled
 * object in 1,000 is `<1%`, one empty in 1,000 is `>99%`.
 */
export function formatFillRate(row: FieldRow): string {
  const objects = row.deviant.length;
  if (row.filled === 0) return '0%';
  if (row.filled === objects) return '100%';
  const percent = Math.round((row.filled / objects) * 100);
  if (percent === 0) return '<1%';
  if (percent === 100) return '>99%';
  return `${percent}%`;
}

/** `filled in 3 of 20 objects (15%)`: the figure in words, for the tooltip and screen readers. */
export function fillRateText(row: FieldRow): string {
  const objects = row.deviant.length;
  return `filled in ${row.filled} of ${objects} ${objects === 1 ? 'object' : 'objects'} (${formatFillRate(row)})`;
}

export type FillSort = 'none' | 'ascending' | 'descending';

/** The next state of the field column's sort: Gong's order → emptiest first → fullest first. */
export function nextFillSort(sort: FillSort): FillSort {
  if (sort === 'none') return 'ascending';
  return sort === 'ascending' ? 'descending' : 'none';
}

/** The rows by fill rate; equal rates keep Gong's order (Array.prototype.sort is stable). */
export function sortByFillRate(rows: readonly FieldRow[], sort: FillSort): readonly FieldRow[] {
  if (sort === 'none') return rows;
  const sign = sort === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * (a.filled - b.filled));
}
