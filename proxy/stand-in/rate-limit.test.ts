import { afterEach, describe, expect, it } from 'vitest';
import { createRateWindow } from './rate-window';
import { type StandIn, sampleIds, startStandIn } from './stand-in-gong';
import { getEntities, send, TEST_AUTH } from './test-client';

describe('sliding one-second window', () => {
  it('admits N calls in any 1000 ms, and not refused ones', () => {
    const window = createRateWindow(3);
    expect([0, 100, 200, 300, 999].map((at) => window.tryAdmit(at))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    // At 1000 the call made at 0 has left the window; the one at 100 has not.
    expect(window.tryAdmit(1000)).toBe(true);
    expect(window.tryAdmit(1050)).toBe(false);
    expect(window.tryAdmit(1100)).toBe(true);
  });

  it('never refuses when unlimited', () => {
    const window = createRateWindow(null);
    expect(Array.from({ length: 50 }, () => window.tryAdmit(0)).every(Boolean)).toBe(true);
  });
});

describe('stand-in rate limit', () => {
  let standIn: StandIn | undefined;
  afterEach(() => standIn?.close());
  const ids = sampleIds('ACCOUNT', 3);

  it('answers 429 with Retry-After past 3 calls per second by default', async () => {
    // A frozen clock: on a busy machine five concurrent calls can arrive more than 1 s apart.
    let clock = 1_000_000;
    standIn = await startStandIn({ auth: TEST_AUTH, retryAfterSeconds: 2, now: () => clock });
    const url = standIn.url;
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => getEntities(url, 'ACCOUNT', ids)),
    );
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = replies.find((reply) => reply.status === 429);
    expect(limited?.headers['retry-after']).toBe('2');
    expect(JSON.parse(limited?.text ?? '')).toMatchObject({
      requestId: expect.stringMatching(/^[0-9a-z]{19}$/),
      errors: ['API request limit exceeded'],
    });

    clock += 1050;
    expect((await getEntities(url, 'ACCOUNT', ids)).status).toBe(200);
  });

  it('counts only /v2 calls that passed auth', async () => {
    standIn = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: 1, now: () => 1_000_000 });
    await send(`${standIn.url}/favicon.ico`);
    await send(`${standIn.url}/v2/crm/integrations`);
    expect((await getEntities(standIn.url, 'ACCOUNT', ids)).status).toBe(200);
    expect((await getEntities(standIn.url, 'ACCOUNT', ids)).status).toBe(429);
  });

  it('does not limit when rateLimitPerSecond is null', async () => {
    standIn = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: null });
    const url = standIn.url;
    const replies = await Promise.all(
      Array.from({ length: 12 }, () => getEntities(url, 'ACCOUNT', ids)),
    );
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
  });
});
