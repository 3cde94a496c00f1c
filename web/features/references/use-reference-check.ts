// The reference check of the result on screen: which cells reference what, a run per referenced
// type (the fetch's own loop, given by the page), and what that says about each object.
import { useCallback, useMemo, useState } from 'react';
import { integrationIdSchema, type ObjectType, type SchemaField } from '../../../proxy/contract';
import type { CellReference } from '../../diff/grid-marks';
import type { CrmObject } from '../../lib/json/json-value';
import type { CrmQuery } from '../../model/query';
import {
  danglingCells,
  referenceCells,
  referenceCounts,
  referenceFields,
  referenceTargets,
} from '../../model/references';
import type { Run } from '../../model/run';
import { picklistsOf, type VisibilityFlag, visibilityFlags } from '../../model/visibility';
import { gridReferencesOf, lookupOf } from './reference-lookup';

/** The page's runs for the check: useFetchRuns, given by the page that composes features. */
export interface ReferenceRuns {
  readonly runs: readonly Run[];
  start: (queries: readonly CrmQuery[]) => void;
  cancel: () => void;
}

export interface ReferenceCheckInput {
  /** The result's run id: a check belongs to the result it was started on. */
  readonly resultId: number | undefined;
  readonly integrationId: string;
  readonly objectType: ObjectType;
  readonly objects: readonly CrmObject[];
  /** The entity schema's fields, when it could be read. */
  readonly schema: readonly SchemaField[] | undefined;
  readonly fetch: ReferenceRuns;
  /** Opens a referenced object in a new query of its type. */
  readonly onOpen: (query: CrmQuery) => void;
}

const NO_RUNS: readonly Run[] = [];

export function useReferenceCheck(input: ReferenceCheckInput) {
  const { resultId, integrationId, objectType, objects, schema, fetch, onOpen } = input;
  const [checkedFor, setCheckedFor] = useState<number | undefined>(undefined);
  const started = checkedFor !== undefined && checkedFor === resultId;
  const runs = started ? fetch.runs : NO_RUNS;
  const busy = runs.some((run) => run.finishedAt === undefined);

  const fields = useMemo(() => referenceFields(objectType, schema), [objectType, schema]);
  const cells = useMemo(() => referenceCells(objects, fields), [objects, fields]);
  const lookup = useMemo(() => lookupOf(runs), [runs]);
  const counts = useMemo(() => referenceCounts(cells, lookup), [cells, lookup]);
  const dangling = useMemo(() => danglingCells(cells, lookup), [cells, lookup]);

  const open = useCallback(
    (reference: CellReference) => {
      const to = reference.to as ObjectType;
      onOpen({ integrationId, objectType: to, ids: [reference.id] });
    },
    [integrationId, onOpen],
  );
  const grid = useMemo(() => gridReferencesOf(cells, lookup, open), [cells, lookup, open]);

  const picklists = useMemo(() => (schema ? picklistsOf(schema) : undefined), [schema]);
  const flags = useMemo(() => {
    const accountFound = (id: string) => {
      const answer = lookup('ACCOUNT', id);
      return answer === undefined ? undefined : answer !== null;
    };
    const byObject = new Map<string, VisibilityFlag[]>();
    for (const object of objects) {
      if (!object.fields) continue;
      const found = visibilityFlags(objectType, object.fields, { picklists, accountFound });
      if (found.length > 0) byObject.set(object.id, found);
    }
    return byObject;
  }, [objects, objectType, picklists, lookup]);

  // "Only objects with a reason" narrows the grid's columns; the page applies it.
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const shown = useCallback(
    (all: readonly CrmObject[]) => (onlyFlagged ? all.filter((o) => flags.has(o.id)) : all),
    [onlyFlagged, flags],
  );

  // An opened bare Gong answer names no integration: there is nothing to ask Gong about.
  const checkable = resultId !== undefined && integrationIdSchema.safeParse(integrationId).success;
  const check = () => {
    if (!checkable) return;
    setCheckedFor(resultId);
    const queries = [...referenceTargets(cells)].map(([to, ids]) => ({
      integrationId,
      objectType: to,
      ids,
    }));
    fetch.start(queries);
  };

  return {
    objectType,
    checkable,
    fields,
    cells,
    counts,
    dangling,
    started,
    busy,
    runs,
    grid,
    flags,
    onlyFlagged,
    setOnlyFlagged,
    shown,
    check,
  };
}

export type ReferenceCheck = ReturnType<typeof useReferenceCheck>;
