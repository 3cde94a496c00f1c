// The grid feature's main file: everything the page shows for one answer (filters, ids not
// found, the grid). It imports web/diff, web/lib and proxy/contract.ts, never another feature.
import { type ReactNode, type Ref, useMemo, useState } from 'react';
import type { GridView } from '../../diff/field-rows';
import { type FillSort, nextFillSort, sortByFillRate } from '../../diff/fill-rate';
import type { GridMarks } from '../../diff/grid-marks';
import type { CrmObject } from '../../lib/json/json-value';
import { GridControls } from './grid-controls';
import { GridEmptyState } from './grid-empty-state';
import { type GridHandle, GridTable } from './grid-table';
import { NotFoundList } from './not-found-list';
import { ProblemsFilter } from './problems-filter';
import { useGridFilters } from './use-grid-filters';
import './field-grid.css';

export interface ResultsGridProps {
  objects: readonly CrmObject[];
  /** What the grid marks: a comparison's changes, a schema check's problems. */
  marks: GridMarks;
  /** Shows only these fields, on top of the grid's own filters. */
  onlyFields?: ReadonlySet<string> | undefined;
  /** Actions on the filtered view, drawn beside the filters. */
  toolbar?: (view: GridView) => ReactNode;
  /** What to say when there is no object to show, and why. */
  empty: { title: string; hint: string };
  /** Lets the page move the grid's active cell (a dangling reference's jump). */
  handle?: Ref<GridHandle> | undefined;
}

/** Everything the page shows for one answer: filters, ids not found, and the grid. */
export function ResultsGrid(props: ResultsGridProps) {
  const { objects, marks, onlyFields, toolbar, empty, handle } = props;
  const {
    table,
    rows: filtered,
    filters,
    updateFilters,
    pending,
  } = useGridFilters(objects, onlyFields);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const problems = marks.schema?.problemFields;
  const [fillSort, setFillSort] = useState<FillSort>('none');
  const rows = useMemo(
    () =>
      sortByFillRate(
        onlyProblems && problems ? filtered.filter((row) => problems.has(row.field)) : filtered,
        fillSort,
      ),
    [filtered, onlyProblems, problems, fillSort],
  );
  return (
    <section className="fg-view" aria-label="Fields" aria-busy={pending}>
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
          {toolbar?.({ found: table.found, rows })}
        </GridControls>
      )}
      <div className="fg">
        <NotFoundList ids={table.notFound} />
        {table.found.length === 0 ? (
          <GridEmptyState {...empty} />
        ) : (
          <GridTable
            found={table.found}
            rows={rows}
            marks={marks}
            fillSort={fillSort}
            onFillSort={() => setFillSort(nextFillSort)}
            handle={handle}
          />
        )}
      </div>
    </section>
  );
}
