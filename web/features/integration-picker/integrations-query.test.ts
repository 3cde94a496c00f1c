// Opening the picker asks Gong through askForIntegrations: here against the real proxy and the
// stand-in Gong, over sockets.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_INTEGRATION_ID } from '../../../proxy/stand-in/stand-in-gong';
import { failNextCall, pageProxyForThisFile } from '../../test-support';
import { askForIntegrations, integrationsQuery } from './integrations-query';

const servers = pageProxyForThisFile();
const client = new QueryClient();
const state = () => client.getQueryState(integrationsQuery.queryKey);
const listCalls = () =>
  servers().standIn.calls.filter((call) => call.path === '/v2/crm/integrations');

afterEach(() => client.clear());

describe('askForIntegrations', () => {
  // Found in review: after a failure, opening the list never asked Gong again.
  it('asks again after a failure, and names Try again in the failure', async () => {
    failNextCall(servers());
    await askForIntegrations(client);
    expect(state()?.error?.message).toBe(
      'Gong failed (503). Gong said: Service Unavailable. Try again may help.',
    );
    await askForIntegrations(client);
    expect(listCalls()).toHaveLength(4);
    expect(state()?.status).toBe('success');
    expect(state()?.data?.integrations.map((entry) => entry.integrationId)).toContain(
      SANDBOX_INTEGRATION_ID,
    );
  });

  it('does not ask again while a fresh list is at hand or a call is under way', async () => {
    await Promise.all([askForIntegrations(client), askForIntegrations(client)]);
    await askForIntegrations(client);
    expect(listCalls()).toHaveLength(1);
  });
});
