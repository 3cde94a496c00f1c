import { queryOptions } from '@tanstack/react-query';
import type { RequestStatusQuery } from '../../../proxy/contract';
import { getRequestStatus } from '../../lib/crm-reads';

export const requestStatusQuery = (query: RequestStatusQuery) =>
  queryOptions({
    queryKey: ['request-status', query.integrationId, query.clientRequestId],
    queryFn: ({ signal }) => getRequestStatus(query, signal),
    // An upload moves on (PENDING → DONE): every Check status asks Gong again.
    staleTime: 0,
    retry: false,
  });
