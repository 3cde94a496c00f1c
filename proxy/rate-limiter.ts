// Gong counts calls per company in any one-second window (3/s by default) and answers 429 past
// it. Every upstream attempt, retries included, takes a slot here, so no caller, however many
// run at once, can push the company over its limit.

export class QueueFullError extends Error {
  constructor(readonly waiting: number) {
    super(`too many calls are already waiting for Gong (${waiting}); try again in a moment`);
    this.name = 'QueueFullError';
  }
}

/**
 * Why a caller's signal fired, as an Error. @hono/node-server aborts with a string ("Error:
 * aborted"); thrown as is, it would skip the app's onError (which answers a caller that went
 * away quietly) and be logged as an unexpected failure.
 */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason : new Error(`the caller went away (${String(reason)})`);
}

export interface RateLimiterOptions {
  perSecond: number;
  /** Calls that may wait for a slot before new ones are refused. */
  maxWaiting: number;
  /** Added to the window: arrival times at Gong jitter by network delay. */
  marginMs?: number;
  /**
   * Gong counts a call when it arrives: after we sent it, before it answered. So a sent call
   * counts from its answer, or from this long after sending when the answer takes longer. A
   * stall on the way (a GC pause, a busy machine, a slow network) then cannot bunch two
   * seconds' calls into one at Gong; it costs Gong's latency once per window. 0: from sending.
   */
  arrivalBoundMs?: number;
  now?: () => number;
}

/**
 * Counting from sending plus 25 ms let a stand-in stalled 120 ms see 4 calls in a second and
 * answer 429 (npm run load); a bound of 250 ms still failed on a loaded 2-core machine.
 */
export const DEFAULT_ARRIVAL_BOUND_MS = 1000;

/**
 * A granted start. `markSent` when the request has been written, `markDone` when the attempt
 * ended (answered, or failed whether sent or not). Only the first call of each counts.
 */
export interface Slot {
  markSent: () => void;
  markDone: () => void;
}

interface Start {
  granted: number;
  sent?: number;
  done?: number;
}

interface Waiter {
  resolve: (slot: Slot) => void;
  reject: (error: Error) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

export class RateLimiter {
  readonly #perSecond: number;
  readonly #maxWaiting: number;
  readonly #windowMs: number;
  readonly #arrivalBoundMs: number;
  readonly #now: () => number;
  /** Starts still inside the window, and granted calls not sent yet. */
  #starts: Start[] = [];
  readonly #waiting: Waiter[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(options: RateLimiterOptions) {
    this.#perSecond = options.perSecond;
    this.#maxWaiting = options.maxWaiting;
    this.#windowMs = 1000 + (options.marginMs ?? 25);
    this.#arrivalBoundMs = options.arrivalBoundMs ?? DEFAULT_ARRIVAL_BOUND_MS;
    this.#now = options.now ?? (() => performance.now());
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves when a call may start now; rejects at once when the queue is full. */
  acquire(signal?: AbortSignal): Promise<Slot> {
    if (signal?.aborted) return Promise.reject(abortError(signal));
    if (this.#waiting.length === 0 && this.#delayUntilFree() === 0) {
      return Promise.resolve(this.#record());
    }
    if (this.#waiting.length >= this.#maxWaiting) {
      return Promise.reject(new QueueFullError(this.#waiting.length));
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        // A caller that went away must not keep a slot others are waiting for.
        waiter.onAbort = () => {
          const index = this.#waiting.indexOf(waiter);
          if (index >= 0) this.#waiting.splice(index, 1);
          reject(abortError(signal));
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiting.push(waiter);
      this.#schedule();
    });
  }

  /**
   * When Gong may have counted this call, at the latest. Until sent, a granted call may leave
   * at any moment, so it counts as now; likewise a sent call until it is answered, up to the
   * arrival bound. `final` once that time can no longer move.
   */
  #countedAt(start: Start, now: number): { at: number; final: boolean } {
    if (start.sent === undefined) {
      return start.done === undefined ? { at: now, final: false } : { at: start.done, final: true };
    }
    const bound = start.sent + this.#arrivalBoundMs;
    if (start.done !== undefined) return { at: Math.min(start.done, bound), final: true };
    return { at: Math.min(now, bound), final: now >= bound };
  }

  /**
   * How long until a call may start: until the `perSecond`-th latest start leaves the window.
   * Latest as Gong counts them, not as granted: a call granted first (say, waiting for a new
   * TLS connection to Gong) may arrive after calls granted later.
   */
  #delayUntilFree(): number {
    // Fewer starts than the limit, expired ones included: free, and nothing worth pruning yet.
    if (this.#starts.length < this.#perSecond) return 0;
    const now = this.#now();
    const counted = this.#starts.map((start) => this.#countedAt(start, now));
    this.#starts = this.#starts.filter((_start, index) => {
      const { at, final } = counted[index] as { at: number; final: boolean };
      return !final || at + this.#windowMs > now;
    });
    if (this.#starts.length < this.#perSecond) return 0;
    const latestFirst = this.#starts.map((start) => this.#countedAt(start, now).at);
    latestFirst.sort((a, b) => b - a);
    const limiting = latestFirst[this.#perSecond - 1] ?? now;
    return Math.max(0, limiting + this.#windowMs - now);
  }

  #record(): Slot {
    const start: Start = { granted: this.#now() };
    this.#starts.push(start);
    // A busy event loop can hold a granted call back for tens of ms before it is written.
    return {
      markSent: () => {
        if (start.sent !== undefined) return;
        start.sent = Math.max(start.granted, this.#now());
        this.#reschedule();
      },
      markDone: () => {
        if (start.done !== undefined) return;
        start.done = this.#now();
        this.#reschedule();
      },
    };
  }

  /** A start's counted time moved: the next slot may free sooner than the timer thinks. */
  #reschedule(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#schedule();
  }

  #schedule(): void {
    if (this.#timer !== undefined) return;
    const delay = this.#delayUntilFree();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#release();
    }, delay);
  }

  #release(): void {
    while (this.#waiting.length > 0 && this.#delayUntilFree() === 0) {
      const waiter = this.#waiting.shift() as Waiter;
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.resolve(this.#record());
    }
    if (this.#waiting.length > 0) this.#schedule();
  }
}
