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

/** One call against Gong answering 200 with `body`. */
function callAnswering(body: Buffer) {
  return callGong(
    {
      send: async () => ({ status: 200, headers: { 'content-type': 'application/json' }, body }),
      limiter: new RateLimiter({ perSecond: 1_000_000, maxWaiting: 10 }),
    },
    { path: '/v2/crm/entities', query: {}, timeoutMs: 1000 },
    entitiesResponseSchema,
  );
}

describe("the check of Gong's 200 answer", () => {
  const answer = '{"requestId":"r1","crmObjectsMap":{"a":{"name":"Zoë 東京"},"b":null}}';

  test('passes a good answer on byte for byte, a byte-order mark included', async () => {
    for (const body of [Buffer.from(answer), Buffer.from(`\ufeff${answer}`)]) {
      const outcome = await callAnswering(body);
      expect(outcome.status).toBe(200);
      expect(outcome.body).toEqual(body);
    }
  });

  test('refuses bytes that are not UTF-8, which the page could only show as U+FFFD', async () => {
    const body = Buffer.concat([Buffer.from(answer.slice(0, 40)), Buffer.from([0xff, 0xfe, 0xc3])]);
    const broken = Buffer.concat([body, Buffer.from(answer.slice(40))]);
    const outcome = await callAnswering(broken);
    expect(outcome.status).toBe(502);
    expect(String(outcome.body)).toMatch(/not valid UTF-8/);
  });
});
