import { queryOptions } from '@tanstack/react-query';
import type { ObjectType } from '../../../proxy/contract';
import { getEntitySchema } from '../../lib/api/crm-reads';

/** The panel's button after a failure; the failure names it as the way to ask again. */
export const READ_SCHEMA_AGAIN = 'Read the schema again';

export const entitySchemaQuery = (integrationId: string, objectType: ObjectType) =>
  queryOptions({
    queryKey: ['entity-schema', integrationId, objectType],
    queryFn: ({ signal }) =>
      getEntitySchema({ integrationId, objectType }, signal, READ_SCHEMA_AGAIN),
    // A schema changes when an admin edits the integration, not between two fetches.
    staleTime: 5 * 60_000,
    // The proxy already retried what a retry can fix; a missing scope will not appear by itself.
    retry: false,
  });
