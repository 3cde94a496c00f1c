// The grid feature's main file: everything the page shows for one answer (filters, the grid).
// It imports web/diff, web/lib and proxy/contract.ts, never another feature.
import { type ReactNode, type Ref, useMemo, useState } from 'react';
import type { GridView } from '../../diff/field-rows';
import { type FillSort, nextFillSort, sortByFillRate } from '../../diff/fill-rate';
import type { GridMarks } from '../../diff/grid-marks';
import type { ValueFilter } from '../../diff/value-summary';
import { useMediaQuery } from '../../lib/browser/use-media-query';
import type { CrmObject } from '../../lib/json/json-value';
import { GridControls } from './grid-controls';
import { GridEmptyState } from './grid-empty-state';
import { type GridHandle, GridTable } from './grid-table';
import { ObjectRowsTable } from './object-rows-table';
import { ProblemsFilter } from './problems-filter';
import { ResultActions } from './result-actions';
import { useGridFilters } from './use-grid-filters';
import { ValueFilterNote } from './value-filter-note';
import './field-grid.css';

export interface ResultsGridProps {
  objects: readonly CrmObject[];
  /** What the grid marks: a comparison's changes, a schema check's problems. */
  marks: GridMarks;
  /** Shows only these fields, on top of the grid's own filters. */
  onlyFields?: ReadonlySet<string> | undefined;
  /** Actions on the result and the filtered view (share, compare, export): one toolbar row. */
  toolbar?: (view: GridView) => ReactNode;
  /** What to say when there is no object to show, and why. */
  empty: { title: string; hint: string };
  /** Lets the page move the grid's active cell (a dangling reference's jump). */
  handle?: Ref<GridHandle> | undefined;
}

/** Everything the page shows for one answer: filters and the grid. */
export function ResultsGrid(props: ResultsGridProps) {
  const { objects, onlyFields, toolbar, empty, handle } = props;
  const { schema } = props.marks;
  const [valueFilter, setValueFilter] = useState<ValueFilter>();
  // "Amount · CURRENCY": Filter fields finds a field by its declared label as well.
  const labelOf = useMemo(
    () => (schema ? (field: string) => schema.row(field)?.summary : undefined),
    [schema],
  );
  const {
    table,
    objectCount,
    reference,
    setReference,
    rows: filtered,
    filters,
    updateFilters,
    pending,
  } = useGridFilters(objects, onlyFields, valueFilter, labelOf);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [fillSort, setFillSort] = useState<FillSort>('none');
  const [objectsAsRows, setObjectsAsRows] = useState(false);
  // From 1280 px every action is a button in view; narrower, they sit in one overflow menu.
  const wide = useMediaQuery('(min-width: 1280px)');
  const problems = schema?.problemFields;
  const rows = useMemo(
    () =>
      sortByFillRate(
        onlyProblems && problems ? filtered.filter((row) => problems.has(row.field)) : filtered,
        fillSort,
      ),
    [filtered, onlyProblems, problems, fillSort],
  );
  // The one way marks reach the cells: every kind of mark is a part of this object.
  const marks = useMemo<GridMarks>(() => ({ ...props.marks, reference }), [props.marks, reference]);
  return (
    <section className="fg-view" aria-label="Fields" aria-busy={pending}>
      {toolbar && (
        <ResultActions wide={wide}>
          {toolbar({ found: table.found, rows, objectsAsRows })}
        </ResultActions>
      )}
      {table.found.length > 0 && (
        <GridControls
          filters={filters}
          onChange={updateFilters}
          shown={rows.length}
          total={table.rows.length}
        >
          {problems && (
            <ProblemsFilter
              checked={onlyProblems}
              onChange={setOnlyProblems}
              count={problems.size}
            />
          )}
          <label className="fg-check">
            <input
              type="checkbox"
              checked={objectsAsRows}
              onChange={(event) => setObjectsAsRows(event.target.checked)}
            />
            Objects as rows
          </label>
        </GridControls>
      )}
      {valueFilter && (
        <ValueFilterNote
          filter={valueFilter}
          shown={table.found.length}
          total={objectCount}
          onClear={() => setValueFilter(undefined)}
        />
      )}
      {objectsAsRows && table.found.length > 0 ? (
        <ObjectRowsTable found={table.found} rows={rows} marks={marks} />
      ) : (
        <div className="fg">
          {table.found.length === 0 ? (
            <GridEmptyState {...empty} />
          ) : (
            <GridTable
              found={table.found}
              rows={rows}
              marks={marks}
              onValueFilter={setValueFilter}
              onReference={setReference}
              fillSort={fillSort}
              onFillSort={() => setFillSort(nextFillSort)}
              handle={handle}
            />
          )}
        </div>
      )}
    </section>
  );
}
