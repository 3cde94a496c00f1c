// The entity schema of the shown result's integration and object type, and the result held
// against it. Read once Gong found an object: before that there is nothing to check, and the
// fetch's own calls go first within Gong's 3 calls per second.
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { integrationIdSchema } from '../../../proxy/contract';
import type { CrmObject } from '../../lib/json/json-value';
import { declaredFields } from '../../lib/values/schema-check';
import type { Run } from '../../model/run';
import { entitySchemaQuery } from './schema-query';
import { checkObjects } from './schema-report';
import { gridSchemaOf } from './schema-view';

/** `fromFile`: the result was opened from a file, which promises no call to Gong. */
export function useSchemaCheck(run: Run | null, objects: readonly CrmObject[], fromFile: boolean) {
  const integrationId = run?.integrationId ?? '';
  const objectType = run?.objectType ?? 'DEAL';
  const anyFound = useMemo(() => objects.some((object) => object.fields !== null), [objects]);
  // An opened bare Gong answer names no integration: there is no schema to ask for.
  const applicable = anyFound && integrationIdSchema.safeParse(integrationId).success;
  // For a file, a schema this page read earlier still serves; a new one is read when asked for.
  const query = useQuery({
    ...entitySchemaQuery(integrationId, objectType),
    enabled: applicable && !fromFile,
  });
  const declared = useMemo(
    () => (applicable && query.data ? declaredFields(query.data.fields) : undefined),
    [applicable, query.data],
  );
  // While a long fetch lands call after call, the check may lag a render behind the grid.
  const checked = useDeferredValue(objects);
  const report = useMemo(
    () => (declared ? checkObjects(declared, checked) : undefined),
    [declared, checked],
  );
  const grid = useMemo(() => (report ? gridSchemaOf(report) : undefined), [report]);
  const notAsked = applicable && query.isPending && query.fetchStatus === 'idle';
  return { applicable, notAsked, objectType, query, declared, report, grid };
}

export type SchemaCheck = ReturnType<typeof useSchemaCheck>;
