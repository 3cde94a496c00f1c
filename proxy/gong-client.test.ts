import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { Secret } from './config';
import { sendToGong, UpstreamFailure } from './gong-client';

test('a header Node cannot send fails that call alone, and leaves no timer behind', async () => {
  const target = {
    baseUrl: new URL('http://127.0.0.1:9'),
    authorization: new Secret('Bearer tok\u200bx'),
  };
  const call = sendToGong(target, { path: '/v2/crm/integrations', query: {}, timeoutMs: 50 });
  await expect(call).rejects.toBeInstanceOf(UpstreamFailure);
  await expect(call).rejects.toMatchObject({ kind: 'unsendable' });
  await expect(call).rejects.not.toThrow(/tok/);
  // The timeout used to fire here on a request that was never made, and end the process.
  await sleep(150);
});
