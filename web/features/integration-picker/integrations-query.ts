import { type QueryClient, queryOptions } from '@tanstack/react-query';
import { getIntegrations } from '../../lib/api/crm-reads';

/** The hint's button after a failure; the failure names it as the way to ask again. */
export const TRY_AGAIN = 'Try again';

export const integrationsQuery = queryOptions({
  queryKey: ['crm-integrations'],
  queryFn: ({ signal }) => getIntegrations(signal, TRY_AGAIN),
  // An account's integrations change when an admin registers one: rarely.
  staleTime: 10 * 60_000,
  // Typing the id always works, so a failure is shown rather than retried by itself; the person
  // asks again by opening the list or with Try again.
  retry: false,
});

/**
 * Asks Gong for the list unless a fresh one is at hand: the first time, after a failure, or once
 * it is stale. A call under way is joined, not repeated. A failure stays in the query's state,
 * where the hint shows it.
 */
export async function askForIntegrations(client: QueryClient): Promise<void> {
  await client.query(integrationsQuery).catch(() => undefined);
}
