import './field-grid.css';
import type { FieldRow, FieldTable } from '../../diff/field-rows';
import type { GridMarks } from '../../diff/grid-marks';
import type { ValueFilter } from '../../diff/value-summary';
import { GridEmptyState } from './grid-empty-state';
import { GridTable } from './grid-table';

export interface FieldGridProps {
  /** The model from buildFieldRows: found objects (the columns). */
  table: FieldTable;
  /** The rows to show: filterRows(table, …). */
  rows: readonly FieldRow[];
  /** Changes, schema findings, the reference object: everything marked besides the values. */
  marks: GridMarks;
  /** What to say when no object is found, and why. */
  empty: { title: string; hint: string };
  /** A value picked in a row's summary: show only the objects holding it. */
  onValueFilter: (filter: ValueFilter) => void;
  /** "Compare to one object": the index of the reference object, or undefined to stop. */
  onReference: (object: number | undefined) => void;
}

/** The grid of fields × found objects, or why there is none. */
export function FieldGrid({
  table,
  rows,
  marks,
  empty,
  onValueFilter,
  onReference,
}: FieldGridProps) {
  return (
    <div className="fg">
      {table.found.length === 0 ? (
        <GridEmptyState {...empty} />
      ) : (
        <GridTable
          found={table.found}
          rows={rows}
          marks={marks}
          onValueFilter={onValueFilter}
          onReference={onReference}
        />
      )}
    </div>
  );
}
