// A comparison as the grid draws it: the columns (current objects, plus disappeared ones),
// rows for removed fields too, and per cell what it was before.

import type { CrmFields, CrmObject } from '../lib/json/json-value';
import type { Comparison, ObjectDiff, ResultSide } from './compare-results';
import type { CellChange, GridChanges } from './grid-changes';

export interface CompareView {
  readonly objects: readonly CrmObject[];
  readonly changes: GridChanges;
  /** With "Only changes": the changed fields; the objects are already only changed ones. */
  readonly onlyFields: ReadonlySet<string> | undefined;
}

const ADDED: CellChange = { kind: 'added', before: undefined };

/**
 * `fields` plus the named fields as keys holding undefined: the grid gets a row for a field
 * that only the baseline had, and shows it absent now (undefined is how the grid reads absent).
 */
function withAbsent(fields: CrmFields, absent: Iterable<string>): CrmFields {
  const out: Record<string, unknown> = { ...fields };
  for (const field of absent) {
    // defineProperty: a field named __proto__ must stay a field.
    Object.defineProperty(out, field, { value: undefined, enumerable: true, writable: true });
  }
  return out as CrmFields;
}

function removedFields(diff: ObjectDiff): string[] {
  const removed: string[] = [];
  for (const [field, change] of diff.fields) if (change.kind === 'removed') removed.push(field);
  return removed;
}

/** The column for one id, or undefined when there is nothing to show for it. */
function columnOf(
  id: string,
  diff: ObjectDiff | undefined,
  current: ResultSide,
): CrmObject | undefined {
  if (diff?.kind === 'disappeared' && diff.before) {
    return { id, fields: withAbsent({}, Object.keys(diff.before)) };
  }
  const fields = current.results.get(id);
  // Not answered now, or only the baseline asked and had nothing.
  if (fields === undefined) return undefined;
  if (fields === null || diff?.kind !== 'changed') return { id, fields };
  const removed = removedFields(diff);
  return { id, fields: removed.length > 0 ? withAbsent(fields, removed) : fields };
}

function gridChanges(comparison: Comparison): GridChanges {
  // Stable objects per cell, so memoized cells do not redraw on every render.
  const removedCells = new Map<string, Map<string, CellChange>>();
  const removedCell = (diff: ObjectDiff, field: string): CellChange | undefined => {
    if (!diff.before || !Object.hasOwn(diff.before, field)) return undefined;
    let cells = removedCells.get(diff.id);
    if (!cells) {
      cells = new Map();
      removedCells.set(diff.id, cells);
    }
    let cell = cells.get(field);
    if (!cell) {
      cell = { kind: 'removed', before: diff.before[field] };
      cells.set(field, cell);
    }
    return cell;
  };
  return {
    cell(objectId, field) {
      const diff = comparison.objects.get(objectId);
      if (!diff) return undefined;
      if (diff.kind === 'changed') return diff.fields.get(field);
      if (diff.kind === 'disappeared') return removedCell(diff, field);
      return diff.after && Object.hasOwn(diff.after, field) ? ADDED : undefined;
    },
    column: (objectId) => comparison.objects.get(objectId)?.kind,
    field: (field) => comparison.changedFields.has(field),
  };
}

export function compareView(
  comparison: Comparison,
  current: ResultSide,
  onlyChanges: boolean,
): CompareView {
  const objects: CrmObject[] = [];
  for (const id of comparison.ids) {
    const diff = comparison.objects.get(id);
    if (onlyChanges && !diff) continue;
    const column = columnOf(id, diff, current);
    if (column) objects.push(column);
  }
  return {
    objects,
    changes: gridChanges(comparison),
    onlyFields: onlyChanges ? comparison.affectedFields : undefined,
  };
}
