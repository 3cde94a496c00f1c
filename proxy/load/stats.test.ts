import { describe, expect, it } from 'vitest';
import { busiestWindow, countBy, latencies } from './stats';

describe('load statistics', () => {
  it('finds the busiest sliding second, a window being [t, t + 1000)', () => {
    expect(busiestWindow([])).toBe(0);
    expect(busiestWindow([0, 1000, 2000, 3000])).toBe(1);
    expect(busiestWindow([0, 400, 999, 1000, 1001])).toBe(4);
    expect(busiestWindow([5000, 0, 200, 5100, 5999, 5200])).toBe(4);
  });

  it('takes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(latencies(values)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(latencies([7])).toEqual({ count: 1, p50: 7, p95: 7, p99: 7, max: 7 });
    expect(latencies([])).toMatchObject({ count: 0, p50: 0, max: 0 });
  });

  it('counts values', () => {
    expect(countBy([200, 503, 200])).toEqual({ 200: 2, 503: 1 });
  });
});
