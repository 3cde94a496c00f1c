// What the reference check's runs answered, as one lookup by type and id, and the grid's view of
// each reference cell. Pure: the hook memoizes these per result and per answer.
import type { ObjectType } from '../../../proxy/contract';
import type { CellReference, GridReferences } from '../../diff/grid-marks';
import type { CrmFields } from '../../lib/json/json-value';
import {
  displayName,
  isReadable,
  type ReferenceCell,
  type ReferenceLookup,
  referenceState,
} from '../../model/references';
import type { Run } from '../../model/run';

/** Gong's answers per type; an id no call answered yet stays undefined (unchecked). */
export function lookupOf(runs: readonly Run[]): ReferenceLookup {
  const byType = new Map<ObjectType, ReadonlyMap<string, CrmFields | null>>();
  for (const run of runs) byType.set(run.objectType, run.results);
  return (to, id) => byType.get(to)?.get(id);
}

const cellKey = (objectId: string, field: string) => `${objectId}\u0000${field}`;

function cellReference(cell: ReferenceCell, lookup: ReferenceLookup): CellReference {
  const state = referenceState(cell, lookup);
  const target = `${cell.to} ${cell.id}`;
  let text = `→ ${target}`;
  if (state === 'unreadable') text += `: Gong’s Get CRM objects cannot read ${cell.to}`;
  else if (state === 'not-in-gong') text += ': not in Gong';
  else if (state === 'found' && isReadable(cell.to)) {
    const fields = lookup(cell.to, cell.id);
    const name = fields ? displayName(fields) : undefined;
    text += name ? `: ${name}` : ': found';
  }
  return { state, to: cell.to, id: cell.id, text, openable: isReadable(cell.to) };
}

/** The grid's marks for the reference cells; `open` starts the new query. */
export function gridReferencesOf(
  cells: readonly ReferenceCell[],
  lookup: ReferenceLookup,
  open: (reference: CellReference) => void,
): GridReferences {
  const byCell = new Map<string, CellReference>();
  for (const cell of cells)
    byCell.set(cellKey(cell.objectId, cell.field), cellReference(cell, lookup));
  return { cell: (objectId, field) => byCell.get(cellKey(objectId, field)), open };
}
