// Gong counts calls per company in any one-second window (3/s by default) and answers 429 past
// it. Every upstream attempt, retries included, takes a slot here, so no caller, however many
// run at once, can push the company over its limit.

export class QueueFullError extends Error {
  constructor(readonly waiting: number) {
    super(`too many calls are already waiting for Gong (${waiting}); try again in a moment`);
    this.name = 'QueueFullError';
  }
}

export interface RateLimiterOptions {
  perSecond: number;
  /** Calls that may wait for a slot before new ones are refused. */
  maxWaiting: number;
  /** Added to the window: arrival times at Gong jitter by network delay. */
  marginMs?: number;
  now?: () => number;
}

/** A granted start. `markSent` moves it to when the call really left, as Gong will count it. */
export interface Slot {
  markSent: () => void;
}

interface Start {
  at: number;
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
  readonly #now: () => number;
  /** The most recent starts, at most `perSecond` kept. */
  readonly #starts: Start[] = [];
  readonly #waiting: Waiter[] = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(options: RateLimiterOptions) {
    this.#perSecond = options.perSecond;
    this.#maxWaiting = options.maxWaiting;
    this.#windowMs = 1000 + (options.marginMs ?? 25);
    this.#now = options.now ?? (() => performance.now());
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** Resolves when a call may start now; rejects at once when the queue is full. */
  acquire(signal?: AbortSignal): Promise<Slot> {
    if (signal?.aborted) return Promise.reject(signal.reason);
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
          reject(signal.reason);
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.#waiting.push(waiter);
      this.#schedule();
    });
  }

  #delayUntilFree(): number {
    if (this.#starts.length < this.#perSecond) return 0;
    const oldest = Math.min(...this.#starts.map((start) => start.at));
    return Math.max(0, oldest + this.#windowMs - this.#now());
  }

  #record(): Slot {
    const start: Start = { at: this.#now() };
    this.#starts.push(start);
    if (this.#starts.length > this.#perSecond) this.#starts.shift();
    // A busy event loop can hold a granted call back for tens of ms before it is written.
    return {
      markSent: () => {
        start.at = Math.max(start.at, this.#now());
      },
    };
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
