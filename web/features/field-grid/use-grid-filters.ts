// The grid's model and the user's filters over it, memoized so that typing in the filter box
// never rebuilds the 10,000 × 300 model and never blocks the keystroke.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { buildFieldRows, filterRows, type RowFilter } from '../../diff/field-rows';
import type { CrmObject } from '../../lib/json/json-value';

export type GridFilters = RowFilter;

export const NO_FILTERS: GridFilters = { onlyDiffering: false, hideEmpty: false, text: '' };

/** `onlyFields`: a filter set from outside the grid, e.g. the fields that changed. */
export function useGridFilters(
  objects: readonly CrmObject[],
  onlyFields?: ReadonlySet<string> | undefined,
) {
  const table = useMemo(() => buildFieldRows(objects), [objects]);
  const [filters, setFilters] = useState<GridFilters>(NO_FILTERS);
  // The box shows every keystroke at once; the rows follow when React has time.
  const text = useDeferredValue(filters.text);
  const { onlyDiffering, hideEmpty } = filters;
  const rows = useMemo(() => {
    const filtered = filterRows(table, { onlyDiffering, hideEmpty, text });
    return onlyFields ? filtered.filter((row) => onlyFields.has(row.field)) : filtered;
  }, [table, onlyDiffering, hideEmpty, text, onlyFields]);
  const updateFilters = useCallback(
    (change: Partial<GridFilters>) => setFilters((current) => ({ ...current, ...change })),
    [],
  );
  return { table, rows, filters, updateFilters, pending: text !== filters.text };
}
