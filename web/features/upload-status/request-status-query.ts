import { queryOptions } from '@tanstack/react-query';
import type { RequestStatusQuery } from '../../../proxy/contract';
import { getRequestStatus } from '../../lib/api/crm-reads';

/** The panel's button; a failure names it as the way to ask again. */
export const CHECK_STATUS = 'Check status';

export const requestStatusQuery = (query: RequestStatusQuery) =>
  queryOptions({
    queryKey: ['request-status', query.integrationId, query.clientRequestId],
    queryFn: ({ signal }) => getRequestStatus(query, signal, CHECK_STATUS),
    // An upload moves on (PENDING → DONE): every Check status asks Gong again.
    staleTime: 0,
    retry: false,
  });
