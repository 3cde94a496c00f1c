import { QueryClient } from '@tanstack/react-query';
import { afterEach, expect, it, vi } from 'vitest';
import { requestStatusQuery } from './request-status-query';

afterEach(() => {
  vi.unstubAllGlobals();
});

// Found in review: the panel told people to press Retry failed, a button it does not have.
it('a failure names the panel’s own Check status button', async () => {
  vi.stubGlobal(
    'fetch',
    async () => new Response('{"requestId":"r","errors":["Service Unavailable"]}', { status: 503 }),
  );
  const asking = new QueryClient().fetchQuery(
    requestStatusQuery({ integrationId: '1', clientRequestId: 'c' }),
  );
  await expect(asking).rejects.toThrow(
    'Gong failed (503). Gong said: Service Unavailable. Check status may help.',
  );
});
