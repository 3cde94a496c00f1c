// Pacing as Gong sees it, over real sockets: many callers at once through one proxy, against a
// stand-in Gong that answers at once, and one that answers like Gong over the internet (latency
// and arrival jitter). What must hold: every caller answered in full, Gong's 429s (if any)
// retried to success, never passed on. How fast is a figure of `npm run bench`, not a test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTEMPTS_HEADER } from './contract';
import { SANDBOX_INTEGRATION_ID, type StandIn, sampleIds } from './stand-in/stand-in-gong';
import { type GongPair, startGongPair, type TestProxy } from './test-support';

const body = (ids: string[]) => ({
  integrationId: SANDBOX_INTEGRATION_ID,
  objectType: 'CONTACT',
  objectsCrmIds: ids,
});

/** Each caller its own 5 ids: the answers must hold exactly those, each a stored contact. */
const idsOf = (caller: number) => sampleIds('CONTACT', 200).slice(caller * 5, caller * 5 + 5);

interface Answered {
  status: number;
  attempts: number;
  ids: string[];
}

async function callAll(proxy: TestProxy, callers: number): Promise<Answered[]> {
  return Promise.all(
    Array.from({ length: callers }, async (_, caller) => {
      const response = await proxy.postEntities(body(idsOf(caller)));
      const json = (await response.json()) as { crmObjectsMap?: Record<string, unknown> };
      const map = json.crmObjectsMap ?? {};
      return {
        status: response.status,
        attempts: Number(response.headers.get(ATTEMPTS_HEADER)),
        ids: Object.keys(map).filter((id) => map[id] !== null),
      };
    }),
  );
}

/** What must hold after a run: all answered in full, and Gong took one call per caller. */
function expectNothingLost(answers: Answered[], standIn: StandIn) {
  expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
  answers.forEach((answer, caller) => {
    expect(answer.ids.sort()).toEqual(idsOf(caller).sort());
  });
  const gong = standIn.calls.map((call) => call.status);
  expect(gong.filter((status) => status === 200)).toHaveLength(answers.length);
  expect(gong.filter((status) => status !== 200 && status !== 429)).toEqual([]);
  // Every 429 was retried by the proxy: attempts add up to the calls Gong saw.
  expect(answers.reduce((sum, a) => sum + a.attempts, 0)).toBe(gong.length);
}

describe('pacing against a Gong that answers at once', () => {
  let pair: GongPair;
  beforeAll(async () => {
    pair = await startGongPair({
      token: 'pacing-token',
      standInRateLimit: 3,
      proxy: { rateLimitPerSecond: 3, maxWaiting: 12 },
    });
  });
  afterAll(() => pair.close());

  it('answers 10 concurrent callers in full, any 429 retried', async () => {
    pair.standIn.reset();
    const answers = await callAll(pair.proxy, 10);
    expectNothingLost(answers, pair.standIn);
    // Paced, not merely retried: unpaced, 10 calls at once would draw 7 × 429 at first alone.
    expect(pair.standIn.calls.length).toBeLessThan(17);
  }, 60_000);

  it('refuses with 503 once the waiting queue is full, answering every caller', async () => {
    // Let the previous test's calls leave the window (1 s plus a margin of 1 s at most), so
    // exactly 3 may start at once.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    pair.standIn.reset();
    const statuses = await Promise.all(
      Array.from({ length: 18 }, (_, caller) =>
        pair.proxy.postEntities(body(idsOf(caller))).then((r) => r.status),
      ),
    );
    // 3 start at once, 12 wait, the rest are told the queue is full.
    expect(statuses.filter((status) => status === 200)).toHaveLength(15);
    expect(statuses.filter((status) => status === 503)).toHaveLength(3);
    expect(pair.standIn.calls.filter((call) => call.status === 200)).toHaveLength(15);
  }, 60_000);
});

describe('pacing against a Gong with latency and arrival jitter', () => {
  let pair: GongPair;
  beforeAll(async () => {
    pair = await startGongPair({
      token: 'pacing-latency-token',
      standInRateLimit: 3,
      standInDelays: { latency: { min: 200, max: 800 }, arrivalJitter: { min: 30, max: 150 } },
      proxy: { rateLimitPerSecond: 3 },
    });
  });
  afterAll(() => pair.close());

  it('answers 15 concurrent callers in full, any 429 retried to success', async () => {
    pair.standIn.reset();
    const answers = await callAll(pair.proxy, 15);
    expectNothingLost(answers, pair.standIn);
  }, 60_000);

  it('retries a 429 that Gong sends while calls are in flight, and widens its margin', async () => {
    pair.standIn.reset();
    const before = pair.proxy.limiter.marginMs;
    pair.standIn.injectFaults({ kind: 'rate-limit', retryAfterSeconds: 1 });
    const answers = await callAll(pair.proxy, 4);
    expectNothingLost(answers, pair.standIn);
    expect(answers.some((answer) => answer.attempts >= 2)).toBe(true);
    // Widened by the 429, then narrowed by at most the few calls that went through.
    expect(pair.proxy.limiter.marginMs).toBeGreaterThan(before);
  }, 60_000);
});
