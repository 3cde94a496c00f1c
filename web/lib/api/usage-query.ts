// Today's calls to Gong (GET /api/usage), read when the page opens and again whenever something
// that called Gong ends: `refresh` is for the caller's "run finished" event.
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { UsageResponse } from '../../../proxy/contract';
import { getUsage } from './api-client';

export const usageQuery = queryOptions({
  queryKey: ['proxy-usage'],
  queryFn: ({ signal }) => getUsage(signal),
  retry: 1,
});

/**
 * Whether a query that just settled may have called Gong, so the count needs reading again:
 * anything but the proxy's own config and usage, and the fetch run's calls of 100 ids (the run
 * tells its end once, rather than every call).
 */
export const spendsGongCalls = (queryKey: readonly unknown[]) =>
  !['proxy-usage', 'proxy-config', 'crm-entities'].includes(String(queryKey[0]));

export interface Usage {
  /** Undefined until read, or when it could not be: then nothing asks before a run. */
  usage: UsageResponse | undefined;
  refresh: () => void;
}

export function useUsage(): Usage {
  const { data } = useQuery(usageQuery);
  const client = useQueryClient();
  const refresh = useCallback(() => {
    void client.invalidateQueries({ queryKey: usageQuery.queryKey });
  }, [client]);
  return { usage: data, refresh };
}
