// Gong's daily allowance as the page reasons about it: what is left today, whether a run is
// big enough to ask first, and how to say it. Pure, so the fetch and the upload verification
// (and their tests) share one rule. No React here: usage-query.ts and quota-confirm.tsx are
// the hook and the dialog around it.
import type { UsageResponse } from '../../../proxy/contract';

// Gong answers 429 both for its per-second limit (Retry-After of a second or so) and, as far as
// anyone can tell, for a company's spent daily allowance, with no header saying which.
/** A Retry-After longer than this is not the per-second limit: the day's allowance is gone. */
export const DAILY_LIMIT_WAIT_SECONDS = 10 * 60;

export const isDailyLimitWait = (retryAfterSeconds: number) =>
  retryAfterSeconds > DAILY_LIMIT_WAIT_SECONDS;

/** A run that needs more than this share of what is left today asks first. */
export const CONFIRM_SHARE_OF_REMAINING = 0.1;

export const remainingCalls = (usage: UsageResponse) => Math.max(0, usage.dailyLimit - usage.calls);

/** True when `callsNeeded` is more than 10% of what is left of today's allowance. */
export function needsConfirmation(callsNeeded: number, usage: UsageResponse | undefined): boolean {
  if (usage === undefined || callsNeeded <= 0) return false;
  return callsNeeded > CONFIRM_SHARE_OF_REMAINING * remainingCalls(usage);
}

const count = (n: number) => n.toLocaleString('en-US');

/** "Gong calls today: 123 of 10,000 (this tool's; your integration's calls count too)". */
export function usageLine(usage: UsageResponse, mode: 'gong' | 'sandbox'): string {
  if (mode === 'sandbox') {
    return `Sandbox calls today: ${count(usage.calls)} of ${count(usage.dailyLimit)} (the built-in sample Gong's; none reach Gong)`;
  }
  return `Gong calls today: ${count(usage.calls)} of ${count(usage.dailyLimit)} (this tool's; your integration's calls count too)`;
}

/** What the confirm dialog says before a large run; `what` is e.g. "This fetch". */
export function confirmText(what: string, callsNeeded: number, usage: UsageResponse): string {
  const left = remainingCalls(usage);
  return `${what} makes ${count(callsNeeded)} call${callsNeeded === 1 ? '' : 's'} to Gong: more than 10% of the ${count(left)} left of today's ${count(usage.dailyLimit)} (your integration's calls count too).`;
}
