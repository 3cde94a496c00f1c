// Opening the picker asks Gong through askForIntegrations, against canned proxy answers.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askForIntegrations, integrationsQuery } from './integrations-query';

const LIST =
  '{"requestId":"r1","integrations":[{"integrationId":42,"name":"CRM","ownerEmail":""}]}';
const FAILED = '{"requestId":"r503","errors":["Service Unavailable"]}';

/** Answers the proxy gives in turn; the last one repeats. Returns the paths asked for. */
function answers(...replies: { status: number; body: string }[]) {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (path: string) => {
    const reply = replies[Math.min(calls.length, replies.length - 1)];
    calls.push(path);
    return new Response(reply?.body, { status: reply?.status });
  });
  return calls;
}

const client = new QueryClient();
const state = () => client.getQueryState(integrationsQuery.queryKey);

afterEach(() => {
  client.clear();
  vi.unstubAllGlobals();
});

describe('askForIntegrations', () => {
  // Found in review: after a failure, opening the list never asked Gong again.
  it('asks again after a failure, and names Try again in the failure', async () => {
    const calls = answers({ status: 503, body: FAILED }, { status: 200, body: LIST });
    await askForIntegrations(client);
    expect(state()?.error?.message).toBe(
      'Gong failed (503). Gong said: Service Unavailable. Try again may help.',
    );
    await askForIntegrations(client);
    expect(calls).toEqual(['/api/crm/integrations', '/api/crm/integrations']);
    expect(state()?.status).toBe('success');
    expect(state()?.data?.integrations.map((entry) => entry.integrationId)).toEqual(['42']);
  });

  it('does not ask again while a fresh list is at hand or a call is under way', async () => {
    const calls = answers({ status: 200, body: LIST });
    await Promise.all([askForIntegrations(client), askForIntegrations(client)]);
    await askForIntegrations(client);
    expect(calls).toHaveLength(1);
  });
});
