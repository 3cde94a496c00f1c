import './field-grid.css';
import type { FieldRow, FieldTable } from '../../diff/field-rows';
import type { GridChanges } from '../../diff/grid-changes';
import { GridEmptyState } from './grid-empty-state';
import type { GridSchema } from './grid-schema';
import { GridTable } from './grid-table';
import { NotFoundList } from './not-found-list';

export interface FieldGridProps {
  /** The model from buildFieldRows: found objects (the columns) and ids Gong did not find. */
  table: FieldTable;
  /** The rows to show: filterRows(table, …). */
  rows: readonly FieldRow[];
  /** When comparing with a baseline, what changed. */
  changes?: GridChanges | undefined;
  /** When the integration's entity schema could be read: labels, types and problems. */
  schema?: GridSchema | undefined;
  /** What to say when no object is found, and why. */
  empty: { title: string; hint: string };
}

/** Ids Gong did not find, then the grid of fields × found objects (or why there is none). */
export function FieldGrid({ table, rows, changes, schema, empty }: FieldGridProps) {
  return (
    <div className="fg">
      <NotFoundList ids={table.notFound} />
      {table.found.length === 0 ? (
        <GridEmptyState {...empty} />
      ) : (
        <GridTable found={table.found} rows={rows} changes={changes} schema={schema} />
      )}
    </div>
  );
}
