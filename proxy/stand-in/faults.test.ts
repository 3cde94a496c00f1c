import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SLOW_BODY_CHUNKS } from './faults';
import { type StandIn, sampleIds, startStandIn } from './stand-in-gong';
import { getEntities, send, TEST_AUTH } from './test-client';

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn({ auth: TEST_AUTH, rateLimitPerSecond: null });
});
beforeEach(() => standIn.reset());
afterAll(() => standIn.close());

const ids = sampleIds('DEAL', 100);
const fetchDeals = () => getEntities(standIn.url, 'DEAL', ids);
const statuses = () => standIn.calls.map((call) => call.status);

describe('injected faults', () => {
  it('applies queued faults to the next /v2 calls in order, then answers normally', async () => {
    standIn.injectFaults(
      { kind: 'status', status: 500 },
      {
        kind: 'status',
        status: 503,
        body: 'upstream down',
        headers: { 'content-type': 'text/plain' },
      },
    );
    await send(`${standIn.url}/not-gong`); // not /v2: takes no fault
    const first = await fetchDeals();
    const second = await fetchDeals();
    const third = await fetchDeals();
    expect(first.status).toBe(500);
    expect(JSON.parse(first.text)).toMatchObject({ errors: ['Internal Server Error'] });
    expect(second).toMatchObject({ status: 503, text: 'upstream down' });
    expect(second.headers['content-type']).toBe('text/plain');
    expect(third.status).toBe(200);
    expect(statuses()).toEqual([404, 500, 503, 200]);
  });

  it('rate-limit: 429 in Gong error shape with the given Retry-After', async () => {
    standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 1200 });
    const reply = await fetchDeals();
    expect(reply.status).toBe(429);
    expect(reply.headers['retry-after']).toBe('1200');
    expect(JSON.parse(reply.text)).toMatchObject({ errors: ['API request limit exceeded'] });
  });

  it('hang: never answers, and close() still ends the connection', async () => {
    const hungStandIn = await startStandIn({ auth: TEST_AUTH });
    hungStandIn.injectFaults({ kind: 'hang' });
    const pending = getEntities(hungStandIn.url, 'DEAL', ids);
    const timedOut = await Promise.race([
      pending.then(() => false),
      new Promise((resolve) => setTimeout(() => resolve(true), 300)),
    ]);
    expect(timedOut).toBe(true);
    await hungStandIn.close();
    const reply = await pending;
    expect(reply.status).toBe(0);
    expect(reply.error).toBeDefined();
    expect(hungStandIn.calls[0]?.status).toBe(0);
  });

  it('reset: the connection drops before any status line', async () => {
    standIn.injectFaults({ kind: 'reset' });
    const reply = await fetchDeals();
    expect(reply.status).toBe(0);
    expect(reply.error).toMatch(/socket hang up|ECONNRESET/);
  });

  it('reset-mid-body: 200 headers and part of the body, then the connection drops', async () => {
    standIn.injectFaults({ kind: 'reset-mid-body' });
    const reply = await fetchDeals();
    expect(reply.status).toBe(200);
    expect(reply.error).toBeDefined();
    const promised = Number(reply.headers['content-length']);
    expect(reply.text.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(reply.text)).toBeLessThan(promised);
  });

  it('slow-body: the correct answer, dribbled in chunks', async () => {
    standIn.injectFaults({ kind: 'slow-body', chunkDelayMs: 30 });
    const started = performance.now();
    const reply = await fetchDeals();
    const elapsed = performance.now() - started;
    expect(reply.status).toBe(200);
    expect(reply.error).toBeUndefined();
    expect(Object.keys(JSON.parse(reply.text).crmObjectsMap)).toEqual(ids);
    expect(reply.chunkTimes.length).toBeGreaterThanOrEqual(SLOW_BODY_CHUNKS / 2);
    expect(elapsed).toBeGreaterThanOrEqual(SLOW_BODY_CHUNKS * 30 * 0.9);
  });

  it('html-200: a 200 HTML page', async () => {
    standIn.injectFaults({ kind: 'html-200' });
    const reply = await fetchDeals();
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.text).toMatch(/^<!DOCTYPE html>/);
  });

  it('truncated-json: 200 JSON whose body is cut in half', async () => {
    standIn.injectFaults({ kind: 'truncated-json' });
    const reply = await fetchDeals();
    const whole = await fetchDeals();
    expect(reply.status).toBe(200);
    expect(reply.error).toBeUndefined();
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(() => JSON.parse(reply.text)).toThrow(SyntaxError);
    const sameId = (text: string) => text.replace(/^\{"requestId":"\w+"/, '');
    expect(whole.text.startsWith(`{"requestId":"${JSON.parse(whole.text).requestId}"`)).toBe(true);
    expect(sameId(whole.text).startsWith(sameId(reply.text))).toBe(true);
    const half = Math.floor(Buffer.byteLength(whole.text) / 2);
    expect(Buffer.byteLength(reply.text)).toBeGreaterThanOrEqual(half - 3);
    expect(Buffer.byteLength(reply.text)).toBeLessThanOrEqual(half + 3);
  });

  it('wrong-shape: 200 valid JSON that is not Gong shape', async () => {
    standIn.injectFaults({ kind: 'wrong-shape' });
    const reply = await fetchDeals();
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toEqual({ data: [] });
  });

  it('reset() drops queued faults', async () => {
    standIn.injectFaults({ kind: 'status', status: 500 });
    standIn.reset();
    expect((await fetchDeals()).status).toBe(200);
  });
});
