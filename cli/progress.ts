// Progress of the calls to Gong, on stderr and only when stderr is a terminal: a CI log or a
// pipe gets nothing but the results (stdout) and the errors (stderr).
import type { UsageResponse } from '../proxy/contract';

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  /** The calls the objects take, known once the file is read. */
  plan(calls: number): void;
  done(calls: number): void;
  /** Clears the progress line, before results or errors are written. */
  clear(): void;
}

const NO_PROGRESS: Progress = { plan() {}, done() {}, clear() {} };

export function secondsText(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.ceil(seconds))} s`;
  return `${Math.ceil(seconds / 60)} min`;
}

/**
 * `calls done/total · about N s left`. The time left assumes the pace so far, or the rate
 * limit's pace before the first answer: most of a long run is waiting for Gong's rate limit.
 */
export function progressText(done: number, total: number, elapsedMs: number, perSecond: number) {
  const left = total - done;
  if (left === 0) return `${done}/${total} calls to Gong`;
  const msPerCall = done > 0 ? elapsedMs / done : 1000 / perSecond;
  return `${done}/${total} calls to Gong · about ${secondsText((left * msPerCall) / 1000)} left`;
}

export function createProgress(
  stream: ProgressStream,
  perSecond: number,
  now: () => number = () => performance.now(),
): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  let total = 0;
  let started = 0;
  let shown = false;
  const show = (text: string) => {
    // \r and "erase to end of line": the line is rewritten in place.
    stream.write(`\r\u001b[Kcrm-inspector: ${text}`);
    shown = true;
  };
  return {
    plan(calls) {
      total = calls;
      started = now();
      show(progressText(0, total, 0, perSecond));
    },
    done(calls) {
      show(progressText(calls, total, now() - started, perSecond));
    },
    clear() {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}

/**
 * After a run, on a terminal: today's calls as counted on this machine (proxy/daily-usage.ts).
 * Gong tells no one what is left, and the company's integrations spend the same allowance.
 */
export function usageText(usage: UsageResponse, host: string): string {
  const count = (n: number) => n.toLocaleString('en');
  const where = host === 'sandbox' ? 'to the sandbox' : 'to Gong';
  return `${count(usage.calls)} calls ${where} today (${usage.day} UTC) from this machine, of ${count(usage.dailyLimit)} a day; your integrations spend the same allowance`;
}
