/**
 * Gong's documented default limit is "3 API calls per second". The stand-in models it as a
 * sliding window: a call is admitted while fewer than `limit` calls were admitted in the
 * last 1000 ms. Refused calls do not count, so a client that waits as told gets through.
 */
export interface RateWindow {
  /** Admits and counts the call, or returns false when it is over the limit. */
  tryAdmit(now: number): boolean;
  /** Counts a call that was answered regardless of the limit (an injected fault). */
  count(now: number): void;
  clear(): void;
}

const WINDOW_MS = 1000;

export function createRateWindow(limitPerSecond: number | null): RateWindow {
  let admitted: number[] = [];
  const prune = (now: number) => {
    const firstInside = admitted.findIndex((at) => at > now - WINDOW_MS);
    admitted = firstInside === -1 ? [] : admitted.slice(firstInside);
  };
  return {
    tryAdmit(now) {
      if (limitPerSecond === null) return true;
      prune(now);
      if (admitted.length >= limitPerSecond) return false;
      admitted.push(now);
      return true;
    },
    count(now) {
      if (limitPerSecond !== null) admitted.push(now);
    },
    clear() {
      admitted = [];
    },
  };
}
