// Pacing as Gong sees it: the stand-in records when each call arrived, and no one-second window
// may hold more calls than the limit, however many callers run at once.
import { describe, expect, it } from 'vitest';
import { SANDBOX_INTEGRATION_ID, sampleIds } from './stand-in/stand-in-gong';
import { gongPairForThisFile } from './test-pair';

const TOKEN = 'pacing-token';

const pair = gongPairForThisFile({
  token: TOKEN,
  standInRateLimit: 3,
  proxy: {
    rateLimitPerSecond: 3,
    maxWaiting: 12,
  },
});

const body = (index: number) => ({
  integrationId: SANDBOX_INTEGRATION_ID,
  objectType: 'CONTACT',
  objectsCrmIds: sampleIds('CONTACT', 40).slice(index * 2, index * 2 + 2),
});

/** The largest number of calls that arrived within any 1000 ms window. */
function busiestWindow(arrivals: number[]): number {
  const sorted = [...arrivals].sort((a, b) => a - b);
  let most = 0;
  for (let start = 0, end = 0; end < sorted.length; end += 1) {
    while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= 1000) start += 1;
    most = Math.max(most, end - start + 1);
  }
  return most;
}

describe('pacing', () => {
  it('keeps 10 concurrent callers within 3 calls per second at Gong, with no 429', async () => {
    pair.standIn.reset();
    const statuses = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        pair.proxy.postEntities(body(index)).then((r) => r.status),
      ),
    );
    expect(statuses).toEqual(Array(10).fill(200));
    expect(pair.standIn.calls.map((call) => call.status)).toEqual(Array(10).fill(200));
    expect(busiestWindow(pair.standIn.calls.map((call) => call.receivedAt))).toBe(3);
  });

  it('refuses with 503 once the waiting queue is full, answering every caller', async () => {
    // Let the previous test's calls leave the window, so exactly 3 may start at once.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    pair.standIn.reset();
    const statuses = await Promise.all(
      Array.from({ length: 18 }, (_, index) =>
        pair.proxy.postEntities(body(index)).then((r) => r.status),
      ),
    );
    // 3 start at once, 12 wait, the rest are told the queue is full.
    expect(statuses.filter((status) => status === 200)).toHaveLength(15);
    expect(statuses.filter((status) => status === 503)).toHaveLength(3);
    expect(busiestWindow(pair.standIn.calls.map((call) => call.receivedAt))).toBeLessThanOrEqual(3);
    expect(pair.standIn.calls.every((call) => call.status === 200)).toBe(true);
  }, 30_000);
});
