// The grid feature's main file: everything the page shows for one answer (filters, ids not
// found, the grid). It imports web/diff, web/lib and proxy/contract.ts, never another feature.
import { type ReactNode, useMemo, useState } from 'react';
import type { GridView } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';
import type { CrmObject } from '../../lib/json/json-value';
import { GridControls } from './grid-controls';
import { GridEmptyState } from './grid-empty-state';
import { GridTable } from './grid-table';
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
}

/** Everything the page shows for one answer: filters, ids not found, and the grid. */
export function ResultsGrid(props: ResultsGridProps) {
  const { objects, marks, onlyFields, toolbar, empty } = props;
  const {
    table,
    rows: filtered,
    filters,
    updateFilters,
    pending,
  } = useGridFilters(objects, onlyFields);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const problems = marks.schema?.problemFields;
  const rows = useMemo(
    () => (onlyProblems && problems ? filtered.filter((row) => problems.has(row.field)) : filtered),
    [filtered, onlyProblems, problems],
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
          <GridTable found={table.found} rows={rows} marks={marks} />
        )}
      </div>
    </section>
  );
}
