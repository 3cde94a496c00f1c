import { queryOptions } from '@tanstack/react-query';
import { getIntegrations } from '../../lib/crm-reads';

export const integrationsQuery = queryOptions({
  queryKey: ['crm-integrations'],
  queryFn: ({ signal }) => getIntegrations(signal),
  // An account's integrations change when an admin registers one: rarely.
  staleTime: 10 * 60_000,
  // Typing the id always works, so a failure is shown once rather than retried.
  retry: false,
});
