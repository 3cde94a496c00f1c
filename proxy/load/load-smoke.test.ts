// A short version of `npm run load` (a): correctness only, never timing, on a shared machine.
// A small queue makes the proxy refuse some callers, so the 503 path is exercised too. How many
// calls Gong refused with 429, and the busiest second at Gong, depend on how busy the machine
// is: they are figures of `npm run load`, not assertions here.
import { describe, expect, it } from 'vitest';
import { runPacedLoad } from './paced-run';

describe('load smoke', () => {
  it('answers 50 concurrent clients for 5 s, loses nothing, retries any 429, and stays up', async () => {
    const result = await runPacedLoad({
      clients: 50,
      firingMs: 5_000,
      drainMs: 20_000,
      maxWaiting: 12,
    });
    // Every request answered, 503s say the queue is full, the proxy still answers afterwards.
    expect(result.problems).toEqual([]);
    // 50 clients against 3 running + 12 waiting: both answers must have happened.
    expect(result.statuses['200']).toBeGreaterThan(0);
    expect(result.statuses['503']).toBeGreaterThan(0);
    expect(Object.keys(result.statuses).sort()).toEqual(['200', '503']);
    // Gong took exactly one call per 200; whatever it refused was retried, never passed on.
    expect(result.gongStatuses['200']).toBe(result.statuses['200']);
    expect(result.gongCalls).toBe((result.statuses['200'] ?? 0) + result.refused);
  }, 60_000);
});
