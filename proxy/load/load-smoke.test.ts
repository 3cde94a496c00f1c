// A short version of `npm run load` (a): correctness only, never timing, on a shared machine.
// A small queue makes the proxy refuse some callers, so the 503 path is exercised too.
import { describe, expect, it } from 'vitest';
import { runPacedLoad } from './paced-run';

describe('load smoke', () => {
  it('answers 50 concurrent clients for 5 s, never passing 3 calls/s at Gong, and stays up', async () => {
    const result = await runPacedLoad({
      clients: 50,
      firingMs: 5_000,
      drainMs: 20_000,
      maxWaiting: 12,
    });
    expect(result.problems).toEqual([]);
    // 50 clients against 3 running + 12 waiting: both answers must have happened.
    expect(result.statuses['200']).toBeGreaterThan(0);
    expect(result.statuses['503']).toBeGreaterThan(0);
    expect(Object.keys(result.statuses).sort()).toEqual(['200', '503']);
    expect(result.gongCalls).toBe(result.statuses['200']);
    expect(result.busiestSecond).toBeLessThanOrEqual(3);
  }, 60_000);
});
