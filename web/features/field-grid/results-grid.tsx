import { type ReactNode, useMemo, useState } from 'react';
import type { GridView } from '../../diff/field-rows';
import type { GridChanges } from '../../diff/grid-changes';
import type { GridMarks, GridSchema } from '../../diff/grid-marks';
import type { ValueFilter } from '../../diff/value-summary';
import { useMediaQuery } from '../../lib/browser/use-media-query';
import type { CrmObject } from '../../lib/json/json-value';
import { FieldGrid } from './field-grid';
import { GridControls } from './grid-controls';
import { GridLegend } from './grid-legend';
import { NotFoundList } from './not-found-list';
import { ObjectRowsTable } from './object-rows-table';
import { ProblemsFilter } from './problems-filter';
import { ResultActions } from './result-actions';
import { useGridFilters } from './use-grid-filters';
import { ValueFilterNote } from './value-filter-note';

export interface ResultsGridProps {
  objects: readonly CrmObject[];
  /** When comparing with a baseline, what changed. */
  changes?: GridChanges | undefined;
  /** Shows only these fields, on top of the grid's own filters. */
  onlyFields?: ReadonlySet<string> | undefined;
  /** Actions on the result and the filtered view (share, compare, export): one toolbar row. */
  toolbar?: (view: GridView) => ReactNode;
  /** When the integration's entity schema could be read: labels, types and problems. */
  schema?: GridSchema | undefined;
  /** What to say when there is no object to show, and why. */
  empty: { title: string; hint: string };
}

/** Everything the page shows for one answer: filters, ids not found, and the grid. */
export function ResultsGrid(props: ResultsGridProps) {
  const { objects, changes, onlyFields, toolbar, schema, empty } = props;
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
  const [objectsAsRows, setObjectsAsRows] = useState(false);
  // From 1280 px every action is a button in view; narrower, they sit in one overflow menu.
  const wide = useMediaQuery('(min-width: 1280px)');
  const problems = schema?.problemFields;
  const rows = useMemo(
    () => (onlyProblems && problems ? filtered.filter((row) => problems.has(row.field)) : filtered),
    [filtered, onlyProblems, problems],
  );
  // The one way marks reach the cells: every kind of mark is a part of this object.
  const marks = useMemo<GridMarks>(
    () => ({ changes, schema, reference }),
    [changes, schema, reference],
  );
  return (
    <section className="fg-view" aria-label="Fields" aria-busy={pending}>
      {toolbar && (
        <ResultActions wide={wide}>
          {toolbar({ found: table.found, rows, objectsAsRows })}
        </ResultActions>
      )}
      {table.found.length === 0 && <NotFoundList ids={table.notFound} />}
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
          <NotFoundList ids={table.notFound} />
          <GridLegend />
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
        <FieldGrid
          table={table}
          rows={rows}
          marks={marks}
          empty={empty}
          onValueFilter={setValueFilter}
          onReference={setReference}
        />
      )}
    </section>
  );
}
