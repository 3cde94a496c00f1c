// Timing helpers. Medians, not means: one GC pause or a neighbour's test run must not move a
// figure. Comparisons alternate their order run by run, so drift (thermal, load) hits both.

export type Unit = 'ms' | 's' | 'kB' | 'cells' | '×';

/** One line of the results table. `value` is the median (or the one figure) in `unit`. */
export interface Measurement {
  what: string;
  value: number;
  unit: Unit;
  runs: number;
  /** Absent for a figure reported for information only. */
  budget?: number;
  /** The side-by-side figures behind a ratio or difference, or what else the figure depends on. */
  comparison?: string;
  /** A condition besides the budget that must hold (e.g. zero 429s); false fails the line. */
  conditionMet?: boolean;
}

/** A measurement that could not be taken: the run reports it and exits non-zero. */
export interface FailedMeasurement {
  what: string;
  error: string;
}

export type Outcome = Measurement | FailedMeasurement;

export const isFailed = (outcome: Outcome): outcome is FailedMeasurement => 'error' in outcome;

/** undefined for a figure with no budget. */
export const meetsBudget = (m: Measurement): boolean | undefined =>
  m.budget === undefined ? undefined : m.value <= m.budget && m.conditionMet !== false;

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new Error('median of no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

// Results land here so the optimiser cannot drop a call whose value nobody reads.
let sink: unknown;
export const keepAlive = () => sink;

export function timeOnce(work: () => unknown): number {
  const started = performance.now();
  sink = work();
  return performance.now() - started;
}

/** `runs` timings of `work` after `warmup` untimed calls (so the JIT has compiled it). */
export function sample(work: () => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) sink = work();
  return Array.from({ length: runs }, () => timeOnce(work));
}

/** Two kinds of work timed in the same loop, alternating which goes first. */
export function sampleSideBySide(
  a: () => unknown,
  b: () => unknown,
  runs: number,
  warmup = 3,
): { a: number[]; b: number[] } {
  for (let i = 0; i < warmup; i++) {
    sink = a();
    sink = b();
  }
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      times.a.push(timeOnce(a));
      times.b.push(timeOnce(b));
    } else {
      times.b.push(timeOnce(b));
      times.a.push(timeOnce(a));
    }
  }
  return times;
}

export const round = (value: number, digits = 1): number => {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
};
