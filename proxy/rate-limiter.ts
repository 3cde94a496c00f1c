import { DEFAULT_MARGIN, type MarginSettings, PacingMargin } from './pacing-margin';

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
  /**
   * A fixed margin added to the one-second window, for tests that need exact arithmetic. By
   * default the margin adapts (PacingMargin): wider after a 429 or a stall, narrower while
   * calls go through.
   */
  marginMs?: number;
  margin?: MarginSettings;
  now?: () => number;
}

/** A timer this late means the event loop stood still (GC, a busy machine), not jitter. */
export const STALL_MS = 50;

/**
 * A granted start. `markSent` when the request has been written; `markDone` when the attempt
 * ended, saying how: `answered` (Gong took it), `refused` (Gong's 429) or `failed` (no answer,
 * sent or not). Only the first call of each counts.
 */
export interface Slot {
  markSent: () => void;
  markDone: (outcome?: 'answered' | 'refused' | 'failed') => void;
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

/**
 * Counts each call in the window from when it was sent, plus the margin: Gong counts it on
 * arrival, a little later. This keeps as many calls in flight as the rate and Gong's latency
 * need (at 0.8 s latency and 3/s, about 2.4): nothing here waits for an answer. An earlier
 * design counted from the answer (capped at 1 s), safe on a starved machine but a whole
 * latency slower per window: 1.59× the floor at 0.2–0.8 s latency.
 */
export class RateLimiter {
  readonly #perSecond: number;
  readonly #maxWaiting: number;
  readonly #margin: PacingMargin;
  readonly #now: () => number;
  /** Starts still inside the window, and granted calls not sent yet. */
  #starts: Start[] = [];
  readonly #waiting: Waiter[] = [];
  #timer: NodeJS.Timeout | undefined;
  /** When the timer should fire: how late it fires tells of a stall. */
  #timerDue = 0;

  constructor(options: RateLimiterOptions) {
    this.#perSecond = options.perSecond;
    this.#maxWaiting = options.maxWaiting;
    const fixed = options.marginMs;
    this.#margin = new PacingMargin(
      fixed === undefined
        ? (options.margin ?? DEFAULT_MARGIN)
        : {
            initialMs: fixed,
            minMs: fixed,
            maxMs: fixed,
            widenMs: 0,
            narrowFactor: 1,
            stallMemoryMs: 1,
          },
    );
    this.#now = options.now ?? (() => performance.now());
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  /** The margin now, in ms: for the bench and the load report. */
  get marginMs(): number {
    return this.#margin.at(this.#now());
  }

  get #windowMs(): number {
    return 1000 + this.#margin.at(this.#now());
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
   * When this call counts: from sending. Until sent, a granted call may leave at any moment,
   * so it counts as now; a call that ended unsent (say, the connection was refused) counts
   * from then. `final` once that time can no longer move.
   */
  #countedAt(start: Start, now: number): { at: number; final: boolean } {
    if (start.sent !== undefined) return { at: start.sent, final: true };
    return start.done === undefined ? { at: now, final: false } : { at: start.done, final: true };
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
      markDone: (outcome = 'failed') => {
        if (start.done !== undefined) return;
        start.done = this.#now();
        if (outcome === 'answered') this.#margin.answered();
        if (outcome === 'refused') this.#margin.refused();
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
    this.#timerDue = this.#now() + delay;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const late = this.#now() - this.#timerDue;
      if (late >= STALL_MS) this.#margin.stalled(late, this.#now());
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
