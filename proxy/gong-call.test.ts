import { describe, expect, test } from 'vitest';
import { entitiesResponseSchema } from './contract';
import { callGong } from './gong-call';
import type { UpstreamRequest, UpstreamResponse } from './gong-client';
import { RateLimiter } from './rate-limiter';

const tooMany = (retryAfter: string): UpstreamResponse => ({
  status: 429,
  headers: { 'retry-after': retryAfter },
  body: Buffer.from('{"requestId":"r","errors":["API limit reached"]}'),
});

/** Gong answering 429 forever with the given Retry-After values in turn; sleeps take no time. */
async function callAgainstEndless429(retryAfters: string[]) {
  let sent = 0;
  const waits: number[] = [];
  const outcome = await callGong(
    {
      send: async () => {
        // Without a floor on the wait this loop never ended: stop it so the test fails instead.
        if (sent >= 1000) throw new Error('still retrying after 1,000 calls');
        return tooMany(retryAfters[sent++ % retryAfters.length] as string);
      },
      limiter: new RateLimiter({ perSecond: 1_000_000, maxWaiting: 10 }),
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
    { path: '/v2/crm/entities', query: {}, timeoutMs: 1000 } satisfies UpstreamRequest,
    entitiesResponseSchema,
  );
  return { outcome, sent, waited: waits.reduce((sum, ms) => sum + ms, 0) };
}

describe('a 429 whose Retry-After asks for no wait at all', () => {
  test.each([
    ['0', ['0']],
    ['0 and a date in the past', ['0', 'Thu, 01 Jan 1970 00:00:00 GMT']],
  ])('%s: waits a second each time and gives up within the 60 s budget', async (_label, values) => {
    const { outcome, sent, waited } = await callAgainstEndless429(values);
    expect(outcome.status).toBe(429);
    expect(sent).toBe(61);
    expect(waited).toBe(60_000);
  });
});
