import { describe, expect, it } from 'vitest';
import {
  confirmText,
  isDailyLimitWait,
  needsConfirmation,
  remainingCalls,
  usageLine,
} from './quota';

const usage = (calls: number, dailyLimit = 10_000) => ({ day: '2026-12-02', calls, dailyLimit });

describe('quota', () => {
  it('asks first when a run needs more than 10% of what is left today', () => {
    expect(needsConfirmation(1000, usage(0))).toBe(false);
    expect(needsConfirmation(1001, usage(0))).toBe(true);
    expect(needsConfirmation(10, usage(9_900))).toBe(false);
    expect(needsConfirmation(11, usage(9_900))).toBe(true);
    // Nothing left (or more used than the limit, with the integration's calls): any run asks.
    expect(needsConfirmation(1, usage(10_000))).toBe(true);
    expect(remainingCalls(usage(12_000))).toBe(0);
    // Unknown usage, or no calls at all: nothing to ask.
    expect(needsConfirmation(5000, undefined)).toBe(false);
    expect(needsConfirmation(0, usage(10_000))).toBe(false);
  });

  it('says the count as the issue words it, and the sandbox as the sandbox', () => {
    expect(usageLine(usage(123), 'gong')).toBe(
      "Gong calls today: 123 of 10,000 (this tool's; your integration's calls count too)",
    );
    expect(usageLine(usage(4), 'sandbox')).toMatch(/^Sandbox calls today: 4 of 10,000 /);
  });

  it('says how many calls a run makes and how many are left', () => {
    expect(confirmText('This fetch', 1000, usage(9_000))).toBe(
      "This fetch makes 1,000 calls to Gong: more than 10% of the 1,000 left of today's 10,000 (your integration's calls count too).",
    );
  });

  it('reads a Retry-After over 10 minutes as the daily limit', () => {
    expect(isDailyLimitWait(600)).toBe(false);
    expect(isDailyLimitWait(601)).toBe(true);
  });
});
