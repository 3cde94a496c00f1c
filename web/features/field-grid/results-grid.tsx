import type { CrmObject } from '../../lib/json-value';
import { FieldGrid } from './field-grid';
import { GridControls } from './grid-controls';
import { useGridFilters } from './use-grid-filters';

/** Everything the page shows for one answer: filters, ids not found, and the grid. */
export function ResultsGrid({ objects }: { objects: readonly CrmObject[] }) {
  const { table, rows, filters, updateFilters, pending } = useGridFilters(objects);
  return (
    <section className="fg-view" aria-label="Fields" aria-busy={pending}>
      {table.found.length > 0 && (
        <GridControls
          filters={filters}
          onChange={updateFilters}
          shown={rows.length}
          total={table.rows.length}
        />
      )}
      <FieldGrid table={table} rows={rows} />
    </section>
  );
}
