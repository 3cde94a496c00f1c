// How much wider than one second the proxy keeps its rate window. Gong counts a call when it
// arrives, which is some unknown time after the proxy sent it: the network's jitter (tens of
// ms over the internet), a stall on either side. The proxy cannot see arrival times; it sees
// Gong's 429s and its own event loop's stalls. So the margin widens on each 429 and narrows
// slowly while calls go through: it settles just wide enough for the jitter at hand. A stall
// widens it for a moment only: it says the machine is busy now, not that the network is slow.

export interface MarginSettings {
  /** Where it starts: wide enough for internet jitter (30–150 ms) before any 429 taught it. */
  initialMs: number;
  /** Never narrower: a call's arrival always jitters a little. */
  minMs: number;
  /** Never wider: at 1 s the window is two seconds, half the speed, and still safe. */
  maxMs: number;
  /** Added on each 429. */
  widenMs: number;
  /** The share of the margin above `minMs` kept on each call Gong took without 429. */
  narrowFactor: number;
  /** How long a stall's widening lasts, fading to nothing. */
  stallMemoryMs: number;
}

// Measured with proxy/load/latency-pacing.ts (6,000 ids, 0.2–0.8 s latency, 30–150 ms jitter,
// 5 runs each, on a 2-core machine at load 10–20). Narrowing 2 ms a call from 150 drew a 429 in
// 3 runs of 5 (1.07–1.17× the floor), 1 ms a call none (1.08–1.11×). But a widening outlives
// the 429 that caused it: +100 ms narrowed 1 ms a call costs 100 calls at a third of 100 ms,
// over 3 s of a run, and in `npm run load` 5 × 429 held the margin near 600 ms (1.9 calls/s).
// So: start at 130 (just above the 120 ms spread of 30–150 ms jitter), widen 50 per 429, and
// narrow by a share of the excess, which settles near the jitter's spread: 1.09–1.11×, one
// run of 5 with 2 × 429 at 1.18×.
export const DEFAULT_MARGIN: MarginSettings = {
  initialMs: 130,
  minMs: 40,
  maxMs: 1000,
  widenMs: 50,
  narrowFactor: 0.995,
  stallMemoryMs: 2000,
};

export class PacingMargin {
  #ms: number;
  #stall = { ms: 0, at: 0 };
  readonly #settings: MarginSettings;

  constructor(settings: MarginSettings = DEFAULT_MARGIN) {
    this.#settings = settings;
    this.#ms = settings.initialMs;
  }

  /** The margin at `now` (ms, the limiter's clock): what 429s taught, plus a recent stall. */
  at(now: number): number {
    const { ms, at } = this.#stall;
    const fading = ms * Math.max(0, 1 - (now - at) / this.#settings.stallMemoryMs);
    return Math.min(this.#settings.maxMs, Math.max(this.#ms, this.#settings.minMs + fading));
  }

  /** What 429s taught, without any stall. */
  get learnedMs(): number {
    return this.#ms;
  }

  /** Gong refused a call: it counted more calls in a second than the window allowed for. */
  refused(): void {
    this.#ms = Math.min(this.#settings.maxMs, this.#ms + this.#settings.widenMs);
  }

  /**
   * The proxy's event loop stood still for `stallMs` until `now`: the machine is busy, and a
   * Gong on it (or the network) may be late by as much for a while.
   */
  stalled(stallMs: number, now: number): void {
    if (
      stallMs >=
      this.#stall.ms * Math.max(0, 1 - (now - this.#stall.at) / this.#settings.stallMemoryMs)
    ) {
      this.#stall = { ms: stallMs, at: now };
    }
  }

  /** Gong took a call without 429. */
  answered(): void {
    const { minMs, narrowFactor } = this.#settings;
    this.#ms = Math.max(minMs, minMs + (this.#ms - minMs) * narrowFactor);
  }
}
