import { describe, expect, it } from 'vitest';
import { AUTO_CHECK_CALLS, callsOf, startsByItself } from './reference-check-plan';

const done = { batches: [{ status: 'done' }, { status: 'done' }] };
const usage = (calls: number) => ({ day: '2026-12-03', calls, dailyLimit: 10_000 });

describe('the verification reference check', () => {
  it('counts calls of at most 100 ids per type', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i));
    expect(callsOf(new Map([['ACCOUNT', ids(100)]]))).toBe(1);
    expect(
      callsOf(
        new Map([
          ['ACCOUNT', ids(101)],
          ['DEAL', ids(1)],
        ]),
      ),
    ).toBe(3);
    expect(callsOf(new Map())).toBe(0);
  });

  it('starts by itself when small, after a verification whose calls all answered', () => {
    expect(startsByItself(done, 1, usage(0))).toBe(true);
    expect(startsByItself(done, AUTO_CHECK_CALLS, undefined)).toBe(true);
    expect(startsByItself(done, AUTO_CHECK_CALLS + 1, usage(0))).toBe(false);
    expect(startsByItself(done, 0, usage(0))).toBe(false);
  });

  it('waits for its button after a failed or canceled call, or when the quota rule would ask', () => {
    expect(
      startsByItself({ batches: [{ status: 'done' }, { status: 'failed' }] }, 1, undefined),
    ).toBe(false);
    expect(startsByItself({ batches: [{ status: 'canceled' }] }, 1, undefined)).toBe(false);
    // 9,950 spent: 6 calls are more than 10% of the 50 left; of 100 left they are not.
    expect(startsByItself(done, 6, usage(9_950))).toBe(false);
    expect(startsByItself(done, 6, usage(9_900))).toBe(true);
  });
});
