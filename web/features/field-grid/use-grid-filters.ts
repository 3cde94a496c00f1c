// The grid's model and the user's filters over it, memoized so that typing in the filter box
// never rebuilds the 10,000 × 300 model and never blocks the keystroke.
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { buildFieldRows, type FieldTable, filterRows, type RowFilter } from '../../diff/field-rows';
import { referenceMarks, rowsDifferingFrom } from '../../diff/reference-marks';
import { objectsHolding, type ValueFilter } from '../../diff/value-summary';
import type { CrmObject } from '../../lib/json/json-value';

export type GridFilters = Omit<RowFilter, 'labelOf'>;

export const NO_FILTERS: GridFilters = {
  onlyDiffering: false,
  hideEmpty: false,
  text: '',
  valuesToo: false,
};

/**
 * `onlyFields`: a filter set from outside the grid, e.g. the fields that changed.
 * `valueFilter`: a value picked in a row's summary; the grid shows the objects holding it, its
 * marks computed among them.
 */
export function useGridFilters(
  objects: readonly CrmObject[],
  onlyFields: ReadonlySet<string> | undefined,
  valueFilter: ValueFilter | undefined,
  /** Declared labels (entity schema), which Filter fields matches too. */
  labelOf?: ((field: string) => string | undefined) | undefined,
) {
  const whole = useMemo(() => buildFieldRows(objects), [objects]);
  const table = useMemo<FieldTable>(() => {
    if (!valueFilter) return whole;
    return buildFieldRows(objectsHolding(whole.found, valueFilter));
  }, [whole, valueFilter]);
  // "Compare to one object": an index into this table's objects, forgotten with the table.
  const [picked, setPicked] = useState<{ table: FieldTable; object: number }>();
  const referenceObject = picked?.table === table ? picked.object : undefined;
  const reference = useMemo(
    () =>
      referenceObject === undefined ? undefined : referenceMarks(table.found, referenceObject),
    [table, referenceObject],
  );
  const setReference = useCallback(
    (object: number | undefined) => setPicked(object === undefined ? undefined : { table, object }),
    [table],
  );
  const [filters, setFilters] = useState<GridFilters>(NO_FILTERS);
  // The box shows every keystroke at once; the rows follow when React has time.
  const text = useDeferredValue(filters.text);
  const { onlyDiffering, hideEmpty, valuesToo } = filters;
  const rows = useMemo(() => {
    // Against a reference, "differing" means differing from it.
    let filtered = filterRows(table, {
      onlyDiffering: onlyDiffering && !reference,
      hideEmpty,
      text,
      valuesToo,
      labelOf,
    });
    if (reference && onlyDiffering) filtered = rowsDifferingFrom(filtered, reference);
    return onlyFields ? filtered.filter((row) => onlyFields.has(row.field)) : filtered;
  }, [table, onlyDiffering, hideEmpty, text, valuesToo, labelOf, onlyFields, reference]);
  const updateFilters = useCallback(
    (change: Partial<GridFilters>) => setFilters((current) => ({ ...current, ...change })),
    [],
  );
  return {
    table,
    objectCount: whole.found.length,
    reference,
    setReference,
    rows,
    filters,
    updateFilters,
    pending: text !== filters.text,
  };
}
