import { queryOptions } from '@tanstack/react-query';
import type { EntitiesRequest } from '../../../proxy/contract';
import { postEntities } from '../../lib/api/api-client';

/**
 * One call of at most 100 ids. The key carries every input. Never served from cache: the
 * point of this tool is to see what Gong holds now, after the latest upload.
 */
export const entitiesBatchQuery = (request: EntitiesRequest, signal: AbortSignal) =>
  queryOptions({
    queryKey: ['crm-entities', request.integrationId, request.objectType, request.objectsCrmIds],
    queryFn: () => postEntities(request, signal),
    staleTime: 0,
    gcTime: 0,
    // The proxy already retries what is worth retrying and paces Gong's rate limit.
    retry: false,
  });
