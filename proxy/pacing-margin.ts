// How much wider than one second the proxy keeps its rate window. Gong counts a call when it
// arrives, which is some unknown time after the proxy sent it: the network's jitter (tens of
// ms over the internet), a stall on either side. The proxy cannot see arrival times; it sees
// Gong's 429s and its own event loop's stalls. So the margin widens on each of those and
// narrows slowly while calls go through: it settles just wide enough for the jitter at hand.

export interface MarginSettings {
  /** Where it starts: wide enough for internet jitter (30–150 ms) before any 429 taught it. */
  initialMs: number;
  /** Never narrower: a call's arrival always jitters a little. */
  minMs: number;
  /** Never wider: at 1 s the window is two seconds, half the speed, and still safe. */
  maxMs: number;
  /** Added on each 429. */
  widenMs: number;
  /** Taken off on each call Gong answered without 429. */
  narrowMs: number;
}

export const DEFAULT_MARGIN: MarginSettings = {
  initialMs: 150,
  minMs: 40,
  maxMs: 1000,
  widenMs: 100,
  narrowMs: 1,
};

// Measured (proxy/load/latency-pacing.ts, 6,000 ids, 0.2–0.8 s latency, 30–150 ms jitter, 5
// runs each): narrowing 2 ms a call reached 40 ms by the run's end and drew a 429 in 3 runs
// of 5, 1.07–1.17× the floor; 1 ms a call, 0 × 429 and 1.08–1.11×.

export class PacingMargin {
  #ms: number;
  readonly #settings: MarginSettings;

  constructor(settings: MarginSettings = DEFAULT_MARGIN) {
    this.#settings = settings;
    this.#ms = settings.initialMs;
  }

  get ms(): number {
    return this.#ms;
  }

  /** Gong refused a call: it counted more calls in a second than the window allowed for. */
  refused(): void {
    this.#ms = Math.min(this.#settings.maxMs, this.#ms + this.#settings.widenMs);
  }

  /**
   * The proxy's event loop stood still for `stallMs`: the machine is busy, and a Gong on it (or
   * the network) may be late by as much, so calls sent before the stall may arrive bunched
   * with the ones after it.
   */
  stalled(stallMs: number): void {
    this.#ms = Math.min(this.#settings.maxMs, Math.max(this.#ms, this.#settings.minMs + stallMs));
  }

  /** Gong took a call without 429. */
  answered(): void {
    this.#ms = Math.max(this.#settings.minMs, this.#ms - this.#settings.narrowMs);
  }
}
