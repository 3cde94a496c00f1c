import { describe, expect, it } from 'vitest';
import { QueueFullError, RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('lets the first calls through at once and holds the next until the window frees', async () => {
    let now = 0;
    const limiter = new RateLimiter({ perSecond: 2, maxWaiting: 5, marginMs: 0, now: () => now });
    await limiter.acquire();
    await limiter.acquire();
    let third = false;
    void limiter.acquire().then(() => {
      third = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(third).toBe(false);
    expect(limiter.waiting).toBe(1);
    now = 1000;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(third).toBe(true);
  });

  it('counts the window from when a call was really sent, not when it was granted', async () => {
    let now = 0;
    const limiter = new RateLimiter({ perSecond: 1, maxWaiting: 5, marginMs: 0, now: () => now });
    const slot = await limiter.acquire();
    now = 300;
    slot.markSent();
    now = 1100;
    let second = false;
    void limiter.acquire().then(() => {
      second = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Granted at 0 but sent at 300: the next call must wait until 1300, not 1000.
    expect(second).toBe(false);
    now = 1300;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(second).toBe(true);
  });

  it('refuses at once when the queue is full', async () => {
    const limiter = new RateLimiter({ perSecond: 1, maxWaiting: 1 });
    await limiter.acquire();
    const waiting = limiter.acquire();
    await expect(limiter.acquire()).rejects.toBeInstanceOf(QueueFullError);
    await waiting;
  });

  it('drops a waiting caller that aborts, so it holds no slot', async () => {
    const limiter = new RateLimiter({ perSecond: 1, maxWaiting: 3 });
    await limiter.acquire();
    const controller = new AbortController();
    const abandoned = limiter.acquire(controller.signal);
    controller.abort(new Error('caller left'));
    await expect(abandoned).rejects.toThrow('caller left');
    expect(limiter.waiting).toBe(0);
  });
});
