import { queryOptions } from '@tanstack/react-query';
import { getConfig } from '../../lib/api/api-client';

export const configQuery = queryOptions({
  queryKey: ['proxy-config'],
  queryFn: ({ signal }) => getConfig(signal),
  staleTime: Number.POSITIVE_INFINITY,
  retry: 1,
});
