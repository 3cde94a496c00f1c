import { QueryClient } from '@tanstack/react-query';
import { expect, it } from 'vitest';
import { failNextCall, pageProxyForThisFile } from '../../test-support';
import { requestStatusQuery } from './request-status-query';

const servers = pageProxyForThisFile();

// Found in review: the panel told people to press Retry failed, a button it does not have.
it('a failure names the panel’s own Check status button', async () => {
  failNextCall(servers());
  const asking = new QueryClient().fetchQuery(
    requestStatusQuery({ integrationId: '1', clientRequestId: 'c' }),
  );
  await expect(asking).rejects.toThrow(
    'Gong failed (503). Gong said: Service Unavailable. Check status may help.',
  );
});
